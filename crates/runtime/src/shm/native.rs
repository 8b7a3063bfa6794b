//! Native threads' shared region: atomics, and waits that park the thread.
//!
//! A wait checks the word under the parking mutex and sleeps on a condition variable; a wake
//! takes the same mutex before notifying. A store that happens between a waiter's check and
//! its sleep therefore cannot lose the wake-up: the waker blocks on the mutex until the waiter
//! sleeps. As with `Atomics.notify`, a wake ends the wait even if the word is unchanged.

use super::{SharedWords, WaitResult};
use std::sync::atomic::{AtomicI32, Ordering::SeqCst};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

struct Parked {
    waiting: Vec<u32>,
    wakes: Vec<u32>,
}

pub struct NativeWords {
    words: Vec<AtomicI32>,
    /// Per word, the threads waiting on it and the wakes so far.
    parked: Mutex<Parked>,
    wakeup: Condvar,
}

impl NativeWords {
    pub fn new(len: usize) -> NativeWords {
        NativeWords {
            words: (0..len).map(|_| AtomicI32::new(0)).collect(),
            parked: Mutex::new(Parked {
                waiting: vec![0; len],
                wakes: vec![0; len],
            }),
            wakeup: Condvar::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl SharedWords for NativeWords {
    fn load(&self, i: u32) -> i32 {
        self.words[i as usize].load(SeqCst)
    }

    fn store(&self, i: u32, v: i32) {
        self.words[i as usize].store(v, SeqCst)
    }

    fn compare_exchange(&self, i: u32, current: i32, new: i32) -> Result<i32, i32> {
        self.words[i as usize].compare_exchange(current, new, SeqCst, SeqCst)
    }

    fn add(&self, i: u32, delta: i32) -> i32 {
        self.words[i as usize].fetch_add(delta, SeqCst)
    }

    fn wait(&self, i: u32, expected: i32, timeout: Option<f64>) -> WaitResult {
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
        let mut parked = self.parked.lock().unwrap_or_else(|p| p.into_inner());
        if self.load(i) != expected {
            return WaitResult::NotEqual;
        }
        parked.waiting[i as usize] += 1;
        let wakes = parked.wakes[i as usize];
        let result = loop {
            let (guard, timed_out) = match deadline {
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    let (g, r) = self
                        .wakeup
                        .wait_timeout(parked, left)
                        .unwrap_or_else(|p| p.into_inner());
                    (g, r.timed_out())
                }
                None => (
                    self.wakeup.wait(parked).unwrap_or_else(|p| p.into_inner()),
                    false,
                ),
            };
            parked = guard;
            if self.load(i) != expected || parked.wakes[i as usize] != wakes {
                break WaitResult::Woken;
            }
            if timed_out {
                break WaitResult::TimedOut;
            }
        };
        parked.waiting[i as usize] -= 1;
        result
    }

    fn wake(&self, i: u32, _count: u32) -> u32 {
        let mut parked = self.parked.lock().unwrap_or_else(|p| p.into_inner());
        let n = parked.waiting[i as usize];
        if n > 0 {
            parked.wakes[i as usize] = parked.wakes[i as usize].wrapping_add(1);
            // One condition variable serves every word: wake all, each re-checks its word.
            self.wakeup.notify_all();
        }
        n
    }
}
