//! Lock and Semaphore, each one algorithm over shared words, as non-blocking attempts.
//!
//! An attempt answers `Attempt::Acquired`, or `Attempt::Wait` naming the word to wait on and
//! the value it must still hold; the executor waits its own way (`Atomics.wait`, a parked
//! thread, or parking the process in the simulator) and calls the attempt again. A release
//! answers which word to wake, if anyone may be waiting on it.

use crate::shm::SharedWords;

/// What an acquire attempt answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    Acquired,
    /// Wait while `word` holds `expected`, then try again.
    Wait {
        word: u32,
        expected: i32,
    },
}

/// Releasing something not held (Python: "semaphore or lock released too many times").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleasedTooManyTimes;

/// A mutual-exclusion lock in two words at `base`.
#[derive(Clone, Copy, Debug)]
pub struct Lock {
    /// The state word: `UNLOCKED`, `LOCKED`, or `CONTENDED` (locked and someone may wait).
    pub state: u32,
    /// The holder's pid (0 when unlocked), for the views and deadlock reports.
    pub owner: u32,
}

impl Lock {
    pub const UNLOCKED: i32 = 0;
    pub const LOCKED: i32 = 1;
    pub const CONTENDED: i32 = 2;

    /// A lock using the words `base` and `base + 1`.
    pub fn at(base: u32) -> Lock {
        Lock {
            state: base,
            owner: base + 1,
        }
    }

    /// One attempt to take the lock for `pid`.
    pub fn try_acquire(&self, mem: &dyn SharedWords, pid: i32) -> Attempt {
        // Fast path: uncontended.
        if mem
            .compare_exchange(self.state, Self::UNLOCKED, Self::LOCKED)
            .is_ok()
        {
            mem.store(self.owner, pid);
            return Attempt::Acquired;
        }
        self.acquire_contended(mem, pid)
    }

    fn acquire_contended(&self, mem: &dyn SharedWords, pid: i32) -> Attempt {
        loop {
            match mem.load(self.state) {
                Self::UNLOCKED => {
                    // Taken as CONTENDED: others may still wait, so our release must wake.
                    if mem
                        .compare_exchange(self.state, Self::UNLOCKED, Self::CONTENDED)
                        .is_ok()
                    {
                        mem.store(self.owner, pid);
                        return Attempt::Acquired;
                    }
                }
                Self::LOCKED => {
                    if mem
                        .compare_exchange(self.state, Self::LOCKED, Self::CONTENDED)
                        .is_ok()
                    {
                        return Attempt::Wait {
                            word: self.state,
                            expected: Self::CONTENDED,
                        };
                    }
                }
                _ => {
                    return Attempt::Wait {
                        word: self.state,
                        expected: Self::CONTENDED,
                    }
                }
            }
        }
    }

    /// Releases the lock; `Ok(Some(word))` when a waiter may need waking.
    pub fn release(&self, mem: &dyn SharedWords) -> Result<Option<u32>, ReleasedTooManyTimes> {
        if mem.load(self.state) == Self::UNLOCKED {
            return Err(ReleasedTooManyTimes);
        }
        mem.store(self.owner, 0);
        if mem.add(self.state, -1) != Self::LOCKED {
            mem.store(self.state, Self::UNLOCKED);
            return Ok(Some(self.state));
        }
        Ok(None)
    }

    /// The holder's pid, if locked.
    pub fn holder(&self, mem: &dyn SharedWords) -> Option<i32> {
        if mem.load(self.state) == Self::UNLOCKED {
            None
        } else {
            Some(mem.load(self.owner)).filter(|p| *p != 0)
        }
    }
}

/// A counting semaphore in two words at `base`: the free permits and the waiter count.
#[derive(Clone, Copy, Debug)]
pub struct Semaphore {
    pub count: u32,
    /// How many processes wait for a permit (so a release wakes only when someone waits).
    pub waiters: u32,
}

impl Semaphore {
    pub fn at(base: u32) -> Semaphore {
        Semaphore {
            count: base,
            waiters: base + 1,
        }
    }

    /// Sets the initial number of permits.
    pub fn init(&self, mem: &dyn SharedWords, value: i32) {
        mem.store(self.count, value);
        mem.store(self.waiters, 0);
    }

    /// One attempt to take a permit. `registered` says whether this process already counts
    /// as a waiter (it was told to wait before); the answer says whether it still does.
    pub fn try_acquire(&self, mem: &dyn SharedWords, registered: bool) -> (Attempt, bool) {
        loop {
            let c = mem.load(self.count);
            if c > 0 {
                if mem.compare_exchange(self.count, c, c - 1).is_ok() {
                    if registered {
                        mem.add(self.waiters, -1);
                    }
                    return (Attempt::Acquired, false);
                }
                continue;
            }
            if !registered {
                mem.add(self.waiters, 1);
                // A release may have happened between the load and the registration.
                if mem.load(self.count) > 0 {
                    return self.try_acquire(mem, true);
                }
            }
            return (
                Attempt::Wait {
                    word: self.count,
                    expected: 0,
                },
                true,
            );
        }
    }

    /// Gives up waiting (a timeout): the process no longer counts as a waiter.
    pub fn cancel_wait(&self, mem: &dyn SharedWords) {
        mem.add(self.waiters, -1);
    }

    /// Returns a permit; `Some(word)` when a waiter should be woken. `bound` makes it a
    /// BoundedSemaphore.
    pub fn release(
        &self,
        mem: &dyn SharedWords,
        bound: Option<i32>,
    ) -> Result<Option<u32>, ReleasedTooManyTimes> {
        if let Some(b) = bound {
            loop {
                let c = mem.load(self.count);
                if c >= b {
                    return Err(ReleasedTooManyTimes);
                }
                if mem.compare_exchange(self.count, c, c + 1).is_ok() {
                    break;
                }
            }
        } else {
            mem.add(self.count, 1);
        }
        Ok(if mem.load(self.waiters) > 0 {
            Some(self.count)
        } else {
            None
        })
    }

    pub fn value(&self, mem: &dyn SharedWords) -> i32 {
        mem.load(self.count)
    }
}

/// An event: one word, clear or set. Waiters wait while it is clear; `set` wakes them all.
#[derive(Clone, Copy, Debug)]
pub struct Event {
    /// `Event::CLEAR` or `Event::SET`.
    pub flag: u32,
}

impl Event {
    pub const CLEAR: i32 = 0;
    pub const SET: i32 = 1;

    pub fn at(word: u32) -> Event {
        Event { flag: word }
    }

    pub fn is_set(&self, mem: &dyn SharedWords) -> bool {
        mem.load(self.flag) == Self::SET
    }

    /// Sets the flag; `Some(word)` to wake every waiter when it was clear.
    pub fn set(&self, mem: &dyn SharedWords) -> Option<u32> {
        match mem.compare_exchange(self.flag, Self::CLEAR, Self::SET) {
            Ok(_) => Some(self.flag),
            Err(_) => None,
        }
    }

    pub fn clear(&self, mem: &dyn SharedWords) {
        mem.store(self.flag, Self::CLEAR);
    }

    /// One attempt to pass `wait()`: through when set, else wait while the flag is clear.
    pub fn try_wait(&self, mem: &dyn SharedWords) -> Attempt {
        if self.is_set(mem) {
            Attempt::Acquired
        } else {
            Attempt::Wait {
                word: self.flag,
                expected: Self::CLEAR,
            }
        }
    }
}
