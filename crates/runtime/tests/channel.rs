//! The message ring under seeded schedules (FIFO per producer, nothing lost or duplicated,
//! no lost wake-ups, a full ring holds producers back) and under real threads.
// Real threads: not on wasm32, where tests/browser_shm.rs checks the browser backend.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use mpplay_runtime::channel::{Channel, TooLarge, Transfer};
use mpplay_runtime::primitives::{Attempt, Lock};
use mpplay_runtime::shm::native::NativeWords;
use mpplay_runtime::shm::sim::SimWords;
use mpplay_runtime::shm::SharedWords;
use std::sync::Arc;
use support::{channel_schedules, message, parse};

#[test]
fn producers_and_consumers_under_a_thousand_seeded_schedules() {
    channel_schedules(&SimWords::new(Channel::words_needed(64) as usize), 0..1000);
}

#[test]
fn a_message_larger_than_the_ring_is_refused() {
    let mem = SimWords::new(Channel::words_needed(16) as usize);
    let ch = Channel::at(0);
    ch.init(&mem, 16);
    let mut wake = Vec::new();
    assert_eq!(
        ch.try_put(&mem, 1, &[0u8; 40], None, &mut wake),
        Err(TooLarge)
    );
}

#[test]
fn a_ring_whose_lock_is_held_answers_busy_not_full_or_empty() {
    let mem = SimWords::new(Channel::words_needed(64) as usize);
    let ch = Channel::at(0);
    ch.init(&mem, 64);
    let mut wake = Vec::new();
    // Another process in the middle of its own put: the ring's lock is the channel's first
    // words.
    assert_eq!(Lock::at(0).try_acquire(&mem, 7), Attempt::Acquired);
    assert!(matches!(
        ch.try_put(&mem, 1, b"item", None, &mut wake),
        Ok(Transfer::Busy { .. })
    ));
    assert!(matches!(
        ch.try_get(&mem, 2, &mut wake),
        Transfer::Busy { .. }
    ));
    let _ = Lock::at(0).release(&mem);
    assert_eq!(
        ch.try_put(&mem, 1, b"item", None, &mut wake),
        Ok(Transfer::Done(()))
    );
    assert_eq!(
        ch.try_get(&mem, 2, &mut wake),
        Transfer::Done(b"item".to_vec())
    );
    // Empty is a wait on the put sequence, which a non-blocking get gives up on.
    assert!(matches!(
        ch.try_get(&mem, 2, &mut wake),
        Transfer::Wait { .. }
    ));
}

#[test]
fn queue_stress_on_real_threads() {
    let mem = Arc::new(NativeWords::new(Channel::words_needed(256) as usize));
    let ch = Channel::at(0);
    ch.init(&*mem, 256);
    let per = 3000;
    let wait_and_wake = |mem: &NativeWords, wake: &mut Vec<u32>| {
        for w in wake.drain(..) {
            mem.wake(w, u32::MAX);
        }
    };
    let producers: Vec<_> = (0..2)
        .map(|p| {
            let mem = mem.clone();
            std::thread::spawn(move || {
                let mut wake = Vec::new();
                for s in 0..per {
                    loop {
                        let r = ch
                            .try_put(&*mem, p + 1, &message(p as usize, s), Some(8), &mut wake)
                            .expect("fits");
                        wait_and_wake(&mem, &mut wake);
                        match r {
                            Transfer::Done(()) => break,
                            Transfer::Wait { word, expected }
                            | Transfer::Busy { word, expected } => {
                                mem.wait(word, expected, Some(1.0));
                            }
                        }
                    }
                }
            })
        })
        .collect();
    let consumers: Vec<_> = (0..2)
        .map(|c| {
            let mem = mem.clone();
            std::thread::spawn(move || {
                let mut wake = Vec::new();
                let mut got = Vec::new();
                for _ in 0..per {
                    loop {
                        let r = ch.try_get(&*mem, 10 + c, &mut wake);
                        wait_and_wake(&mem, &mut wake);
                        match r {
                            Transfer::Done(m) => {
                                got.push(parse(&m));
                                break;
                            }
                            Transfer::Wait { word, expected }
                            | Transfer::Busy { word, expected } => {
                                mem.wait(word, expected, Some(1.0));
                            }
                        }
                    }
                }
                got
            })
        })
        .collect();
    for p in producers {
        p.join().expect("producer");
    }
    let mut all: Vec<(usize, usize)> = Vec::new();
    for c in consumers {
        let got = c.join().expect("consumer");
        // Each consumer sees each producer's messages in order.
        for p in 0..2 {
            let seqs: Vec<usize> = got
                .iter()
                .filter(|(q, _)| *q == p)
                .map(|(_, s)| *s)
                .collect();
            assert!(
                seqs.windows(2).all(|w| w[0] < w[1]),
                "consumer saw producer {p} out of order"
            );
        }
        all.extend(got);
    }
    all.sort();
    let want: Vec<(usize, usize)> = (0..2).flat_map(|p| (0..per).map(move |s| (p, s))).collect();
    assert_eq!(all, want);
}
