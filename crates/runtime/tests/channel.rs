//! The message ring under seeded schedules (FIFO per producer, nothing lost or duplicated,
//! no lost wake-ups, a full ring holds producers back) and under real threads.
// Real threads: not on wasm32, where tests/browser_shm.rs checks the browser backend.
#![cfg(not(target_arch = "wasm32"))]

use mpplay_runtime::channel::{Channel, TooLarge, Transfer};
use mpplay_runtime::shm::native::NativeWords;
use mpplay_runtime::shm::sim::SimWords;
use mpplay_runtime::shm::SharedWords;
use std::sync::Arc;

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

fn message(producer: usize, seq: usize) -> Vec<u8> {
    // Varying lengths exercise padding and wrap-around.
    let mut m = format!("p{producer}:{seq}:").into_bytes();
    m.extend(std::iter::repeat_n(b'x', seq % 7));
    m
}

fn parse(m: &[u8]) -> (usize, usize) {
    let s = String::from_utf8_lossy(m);
    let mut parts = s.split(':');
    let p = parts.next().unwrap_or("p0")[1..].parse().unwrap_or(0);
    let q = parts.next().unwrap_or("0").parse().unwrap_or(0);
    (p, q)
}

#[test]
fn producers_and_consumers_under_a_thousand_seeded_schedules() {
    for seed in 0..1000u64 {
        let (producers, consumers, per) = (2usize, 2usize, 12usize);
        let mem = SimWords::new(Channel::words_needed(64) as usize);
        let ch = Channel::at(0);
        ch.init(&mem, 64);
        let max_items = Some(3);
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut sent = vec![0usize; producers];
        // Parked processes: (word, expected) they wait on.
        let mut parked: Vec<Option<(u32, i32)>> = vec![None; producers + consumers];
        let mut received: Vec<(usize, usize)> = Vec::new();
        let total = producers * per;
        let mut moves = 0;
        while received.len() < total {
            moves += 1;
            assert!(moves < 200_000, "seed {seed}: no progress");
            let runnable: Vec<usize> = (0..producers + consumers)
                .filter(|&i| i >= producers || sent[i] < per)
                .filter(|&i| parked[i].is_none_or(|(w, e)| mem.load(w) != e))
                .collect();
            assert!(
                !runnable.is_empty(),
                "seed {seed}: everyone waits (lost wake-up)"
            );
            let i = runnable[rng.below(runnable.len())];
            let mut wake = Vec::new();
            if i < producers {
                match ch
                    .try_put(
                        &mem,
                        i as i32 + 1,
                        &message(i, sent[i]),
                        max_items,
                        &mut wake,
                    )
                    .expect("fits")
                {
                    Transfer::Done(()) => {
                        sent[i] += 1;
                        parked[i] = None;
                    }
                    Transfer::Wait { word, expected } => parked[i] = Some((word, expected)),
                }
                assert!(ch.len(&mem) <= 3, "seed {seed}: more items than maxsize");
            } else {
                match ch.try_get(&mem, i as i32 + 1, &mut wake) {
                    Transfer::Done(m) => {
                        received.push(parse(&m));
                        parked[i] = None;
                    }
                    Transfer::Wait { word, expected } => parked[i] = Some((word, expected)),
                }
            }
        }
        // FIFO per producer, nothing lost or duplicated.
        for p in 0..producers {
            let seqs: Vec<usize> = received
                .iter()
                .filter(|(q, _)| *q == p)
                .map(|(_, s)| *s)
                .collect();
            assert_eq!(
                seqs,
                (0..per).collect::<Vec<_>>(),
                "seed {seed}: producer {p} out of order"
            );
        }
        assert!(ch.is_empty(&mem));
    }
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
                            Transfer::Wait { word, expected } => {
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
                            Transfer::Wait { word, expected } => {
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
