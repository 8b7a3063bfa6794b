//! The simulator's shared region: plain cells. Everything runs on one thread, so there is
//! never a real wait; the simulator parks a process on (word, expected) itself and re-runs
//! its attempt when another process wakes that word.

use super::{SharedWords, WaitResult};
use std::cell::Cell;

pub struct SimWords {
    words: Vec<Cell<i32>>,
}

impl SimWords {
    pub fn new(len: usize) -> SimWords {
        SimWords {
            words: (0..len).map(|_| Cell::new(0)).collect(),
        }
    }
}

impl SharedWords for SimWords {
    fn load(&self, i: u32) -> i32 {
        self.words[i as usize].get()
    }

    fn store(&self, i: u32, v: i32) {
        self.words[i as usize].set(v)
    }

    fn compare_exchange(&self, i: u32, current: i32, new: i32) -> Result<i32, i32> {
        let w = &self.words[i as usize];
        let v = w.get();
        if v == current {
            w.set(new);
            Ok(v)
        } else {
            Err(v)
        }
    }

    fn add(&self, i: u32, delta: i32) -> i32 {
        let w = &self.words[i as usize];
        let v = w.get();
        w.set(v.wrapping_add(delta));
        v
    }

    /// Never blocks: a single thread cannot wait for itself. Reports whether it would have.
    fn wait(&self, i: u32, expected: i32, _timeout: Option<f64>) -> WaitResult {
        if self.load(i) != expected {
            WaitResult::NotEqual
        } else {
            WaitResult::TimedOut
        }
    }

    fn wake(&self, _i: u32, _count: u32) -> u32 {
        0
    }
}
