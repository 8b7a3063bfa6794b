//! The primitives under many seeded schedules of the simulator (every interleaving of
//! attempts the scheduler can pick) and under real threads.
// Real threads: not on wasm32, where tests/browser_shm.rs checks the browser backend.
#![cfg(not(target_arch = "wasm32"))]

use mpplay_runtime::primitives::{Attempt, Lock, Semaphore};
use mpplay_runtime::shm::native::NativeWords;
use mpplay_runtime::shm::sim::SimWords;
use mpplay_runtime::shm::SharedWords;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// xorshift64*: the schedule's coin.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
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

/// Runs `procs` processes that each enter a section `rounds` times, `capacity` at a time,
/// picking who moves next from the seed; checks the capacity and that everyone finishes.
fn simulate(seed: u64, procs: usize, rounds: usize, capacity: i32) {
    let mem = SimWords::new(8);
    let lock = Lock::at(0);
    let sem = Semaphore::at(2);
    sem.init(&mem, capacity);
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
                    (lock.try_acquire(&mem, p as i32 + 1), false)
                } else {
                    sem.try_acquire(&mem, registered)
                };
                match attempt {
                    (Attempt::Acquired, _) => {
                        inside += 1;
                        assert!(
                            inside <= capacity,
                            "seed {seed}: {inside} inside, capacity {capacity}"
                        );
                        if capacity == 1 {
                            assert_eq!(lock.holder(&mem), Some(p as i32 + 1));
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
                    lock.release(&mem).expect("held");
                } else {
                    sem.release(&mem, None).expect("unbounded");
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
        assert_eq!(sem.value(&mem), capacity);
        assert_eq!(mem.load(sem.waiters), 0, "seed {seed}: waiter count leaked");
    }
}

#[test]
fn lock_under_a_thousand_seeded_schedules() {
    for seed in 0..1000 {
        simulate(seed, 4, 5, 1);
    }
}

#[test]
fn semaphore_under_a_thousand_seeded_schedules() {
    for seed in 0..1000 {
        simulate(seed, 6, 4, 3);
    }
}

#[test]
fn releasing_an_unlocked_lock_is_an_error() {
    let mem = SimWords::new(2);
    assert!(Lock::at(0).release(&mem).is_err());
    let sem = Semaphore::at(0);
    let mem = SimWords::new(2);
    sem.init(&mem, 1);
    assert!(
        sem.release(&mem, Some(1)).is_err(),
        "bounded semaphore over its bound"
    );
}

/// Takes a primitive on real threads, waiting for real.
fn acquire_blocking(mem: &NativeWords, attempt: &mut dyn FnMut() -> Attempt) {
    loop {
        match attempt() {
            Attempt::Acquired => return,
            Attempt::Wait { word, expected } => {
                mem.wait(word, expected, None);
            }
        }
    }
}

#[test]
fn lock_stress_on_real_threads() {
    let mem = Arc::new(NativeWords::new(2));
    let lock = Lock::at(0);
    // Incremented with a non-atomic read-modify-write: any overlap would lose updates.
    let counter = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (mem, counter) = (mem.clone(), counter.clone());
            std::thread::spawn(move || {
                for _ in 0..5000 {
                    acquire_blocking(&mem, &mut || lock.try_acquire(&*mem, t + 1));
                    let v = counter.load(Ordering::Relaxed);
                    std::hint::spin_loop();
                    counter.store(v + 1, Ordering::Relaxed);
                    if let Some(w) = lock.release(&*mem).expect("held") {
                        mem.wake(w, 1);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    assert_eq!(counter.load(Ordering::Relaxed), 20_000);
    assert_eq!(mem.load(lock.state), Lock::UNLOCKED);
}

#[test]
fn semaphore_stress_on_real_threads() {
    let mem = Arc::new(NativeWords::new(2));
    let sem = Semaphore::at(0);
    sem.init(&*mem, 2);
    let inside = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..6)
        .map(|_| {
            let (mem, inside) = (mem.clone(), inside.clone());
            std::thread::spawn(move || {
                for _ in 0..2000 {
                    let mut registered = false;
                    acquire_blocking(&mem, &mut || {
                        let (a, r) = sem.try_acquire(&*mem, registered);
                        registered = r;
                        a
                    });
                    let n = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    assert!(n <= 2, "{n} inside a semaphore of 2");
                    inside.fetch_sub(1, Ordering::SeqCst);
                    if let Some(w) = sem.release(&*mem, None).expect("unbounded") {
                        mem.wake(w, 1);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    assert_eq!(sem.value(&*mem), 2);
}

#[test]
fn a_wait_times_out() {
    let mem = NativeWords::new(1);
    let t = std::time::Instant::now();
    assert_eq!(
        mem.wait(0, 0, Some(0.05)),
        mpplay_runtime::shm::WaitResult::TimedOut
    );
    assert!(t.elapsed().as_secs_f64() >= 0.04);
    assert_eq!(
        mem.wait(0, 7, Some(1.0)),
        mpplay_runtime::shm::WaitResult::NotEqual
    );
}

#[test]
fn event_holds_waiters_until_set_under_seeded_schedules() {
    use mpplay_runtime::primitives::Event;
    for seed in 0..1000u64 {
        let mem = SimWords::new(1);
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
                ev.set(&mem);
            }
            let w = rng.below(5);
            if passed[w] {
                continue;
            }
            match ev.try_wait(&mem) {
                Attempt::Acquired => {
                    assert!(ev.is_set(&mem), "seed {seed}: passed a clear event");
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
        ev.clear(&mem);
        assert!(!ev.is_set(&mem));
        assert_eq!(
            ev.set(&mem),
            Some(0),
            "setting a clear event wakes its waiters"
        );
        assert_eq!(ev.set(&mem), None, "setting a set event wakes nobody");
    }
}

#[test]
fn event_wakes_real_threads() {
    use mpplay_runtime::primitives::Event;
    let mem = Arc::new(NativeWords::new(1));
    let ev = Event::at(0);
    let waiters: Vec<_> = (0..3)
        .map(|_| {
            let mem = mem.clone();
            std::thread::spawn(move || acquire_blocking(&mem, &mut || ev.try_wait(&*mem)))
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(20));
    if let Some(w) = ev.set(&*mem) {
        mem.wake(w, u32::MAX);
    }
    for t in waiters {
        t.join().expect("a waiter passed the set event");
    }
}
