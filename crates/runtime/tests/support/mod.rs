//! Seeded schedules of the primitives and the channel, written once over `&dyn SharedWords`
//! so every backend runs the same checks: the simulator's words (tests/primitives.rs,
//! tests/channel.rs) and the browser's SharedArrayBuffer (tests/browser_shm.rs).
//!
//! A schedule never blocks: a parked process is runnable again once its word no longer
//! holds the value it waits on, and the seed picks who moves next.

// Each test crate uses only some of these.
#![allow(dead_code)]

use mpplay_runtime::channel::{Channel, Transfer};
use mpplay_runtime::primitives::{Attempt, Event, Lock, Semaphore};
use mpplay_runtime::shm::SharedWords;
use std::ops::Range;

/// xorshift64*: the schedule's coin.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

/// What a simulated process is doing.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Step {
    Acquire {
        registered: bool,
    },
    Parked {
        word: u32,
        expected: i32,
        registered: bool,
    },
    Inside(u32),
    Release,
    Done,
}

/// For each seed, runs `procs` processes that each enter a section `rounds` times,
/// `capacity` at a time (a Lock at word 0 when 1, else a Semaphore at word 2), picking who
/// moves next from the seed; checks the capacity and that everyone finishes. Uses words 0–3.
pub fn section_schedules(
    mem: &dyn SharedWords,
    seeds: Range<u64>,
    procs: usize,
    rounds: usize,
    capacity: i32,
) {
    for seed in seeds {
        for w in 0..4 {
            mem.store(w, 0);
        }
        section_schedule(mem, seed, procs, rounds, capacity);
    }
}

fn section_schedule(mem: &dyn SharedWords, seed: u64, procs: usize, rounds: usize, capacity: i32) {
    let lock = Lock::at(0);
    let sem = Semaphore::at(2);
    sem.init(mem, capacity);
    let mut steps = vec![Step::Acquire { registered: false }; procs];
    let mut done_rounds = vec![0usize; procs];
    let mut inside = 0;
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut moves = 0;
    while steps.iter().any(|s| *s != Step::Done) {
        moves += 1;
        assert!(moves < 1_000_000, "seed {seed}: no progress");
        // A parked process is runnable only once its word changed (a wake-up happened).
        let runnable: Vec<usize> = (0..procs)
            .filter(|&p| match steps[p] {
                Step::Done => false,
                Step::Parked { word, expected, .. } => mem.load(word) != expected,
                _ => true,
            })
            .collect();
        assert!(
            !runnable.is_empty(),
            "seed {seed}: every process waits (lost wake-up)"
        );
        let p = runnable[rng.below(runnable.len())];
        steps[p] = match steps[p] {
            Step::Acquire { registered } | Step::Parked { registered, .. } => {
                let attempt = if capacity == 1 {
                    (lock.try_acquire(mem, p as i32 + 1), false)
                } else {
                    sem.try_acquire(mem, registered)
                };
                match attempt {
                    (Attempt::Acquired, _) => {
                        inside += 1;
                        assert!(
                            inside <= capacity,
                            "seed {seed}: {inside} inside, capacity {capacity}"
                        );
                        if capacity == 1 {
                            assert_eq!(lock.holder(mem), Some(p as i32 + 1));
                        }
                        Step::Inside(2)
                    }
                    (Attempt::Wait { word, expected }, reg) => Step::Parked {
                        word,
                        expected,
                        registered: reg,
                    },
                }
            }
            Step::Inside(0) => Step::Release,
            Step::Inside(n) => Step::Inside(n - 1),
            Step::Release => {
                inside -= 1;
                if capacity == 1 {
                    lock.release(mem).expect("held");
                } else {
                    sem.release(mem, None).expect("unbounded");
                }
                done_rounds[p] += 1;
                if done_rounds[p] == rounds {
                    Step::Done
                } else {
                    Step::Acquire { registered: false }
                }
            }
            Step::Done => Step::Done,
        };
    }
    assert_eq!(inside, 0);
    if capacity == 1 {
        assert_eq!(mem.load(lock.state), Lock::UNLOCKED);
    } else {
        assert_eq!(sem.value(mem), capacity);
        assert_eq!(mem.load(sem.waiters), 0, "seed {seed}: waiter count leaked");
    }
}

/// For each seed, five waiters pass an Event at word 0 while a controller sets it at a random
/// moment: nobody passes it clear, nobody is told to wait once it is set. Uses word 0.
pub fn event_schedules(mem: &dyn SharedWords, seeds: Range<u64>) {
    for seed in seeds {
        mem.store(0, 0);
        let ev = Event::at(0);
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        // Five waiters; a controller that sets the event at a random moment.
        let mut passed = [false; 5];
        let set_at = 1 + rng.below(20);
        let mut moves = 0;
        while passed.iter().any(|p| !p) {
            moves += 1;
            assert!(moves < 10_000, "seed {seed}: waiters never released");
            if moves == set_at {
                ev.set(mem);
            }
            let w = rng.below(5);
            if passed[w] {
                continue;
            }
            match ev.try_wait(mem) {
                Attempt::Acquired => {
                    assert!(ev.is_set(mem), "seed {seed}: passed a clear event");
                    passed[w] = true;
                }
                Attempt::Wait { word, expected } => {
                    assert_eq!(mem.load(word), expected);
                    if moves > set_at {
                        panic!("seed {seed}: told to wait after the event was set");
                    }
                }
            }
        }
        ev.clear(mem);
        assert!(!ev.is_set(mem));
        assert_eq!(
            ev.set(mem),
            Some(0),
            "setting a clear event wakes its waiters"
        );
        assert_eq!(ev.set(mem), None, "setting a set event wakes nobody");
    }
}

/// Message `seq` of `producer`; varying lengths exercise padding and wrap-around.
pub fn message(producer: usize, seq: usize) -> Vec<u8> {
    let mut m = format!("p{producer}:{seq}:").into_bytes();
    m.extend(std::iter::repeat_n(b'x', seq % 7));
    m
}

/// The (producer, seq) of a `message`.
pub fn parse(m: &[u8]) -> (usize, usize) {
    let s = String::from_utf8_lossy(m);
    let mut parts = s.split(':');
    let p = parts.next().unwrap_or("p0")[1..].parse().unwrap_or(0);
    let q = parts.next().unwrap_or("0").parse().unwrap_or(0);
    (p, q)
}

/// For each seed, two producers and two consumers move a dozen messages each through a
/// channel at word 0 with a 64-byte ring and maxsize 3: FIFO per producer, nothing lost or
/// duplicated, no lost wake-ups. Needs `Channel::words_needed(64)` words.
pub fn channel_schedules(mem: &dyn SharedWords, seeds: Range<u64>) {
    for seed in seeds {
        let (producers, consumers, per) = (2usize, 2usize, 12usize);
        let ch = Channel::at(0);
        ch.init(mem, 64);
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
                        mem,
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
                    Transfer::Wait { word, expected } | Transfer::Busy { word, expected } => {
                        parked[i] = Some((word, expected))
                    }
                }
                assert!(ch.len(mem) <= 3, "seed {seed}: more items than maxsize");
            } else {
                match ch.try_get(mem, i as i32 + 1, &mut wake) {
                    Transfer::Done(m) => {
                        received.push(parse(&m));
                        parked[i] = None;
                    }
                    Transfer::Wait { word, expected } | Transfer::Busy { word, expected } => {
                        parked[i] = Some((word, expected))
                    }
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
        assert!(ch.is_empty(mem));
    }
}
