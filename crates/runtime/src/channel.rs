//! A bounded ring buffer of messages (serialized bytes) in shared words: the transport of
//! Queue, JoinableQueue, SimpleQueue and Pipe.
//!
//! Layout from `base` (words):
//!
//! ```text
//!  +0 +1   lock (state, owner)          +5  put_seq: bumped by each put (getters wait on it)
//!  +2      head: byte offset of the     +6  get_seq: bumped by each get (putters wait on it)
//!          oldest message               +7  capacity in bytes (a multiple of 4)
//!  +3      used bytes                   +8  closed: no more messages will come
//!  +4      items                        +9… data: the ring, 4 bytes per word
//! ```
//!
//! A message is a length word then its bytes padded to a word boundary, so every message
//! starts on a word and wraps word by word. Operations are attempts: they answer done, or
//! which word to wait on, plus the words the caller must wake.

use crate::primitives::{Attempt, Lock};
use crate::shm::SharedWords;

/// A message that can never fit in the ring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge;

/// The answer of a put or get attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Transfer<T> {
    Done(T),
    /// The ring is full (a put) or empty (a get): wait while `word` holds `expected`, then
    /// try again, or give up if the caller's deadline has passed.
    Wait {
        word: u32,
        expected: i32,
    },
    /// Another process holds the ring's lock for the instant of its own transfer: wait
    /// while `word` holds `expected` and try again. This says nothing about full or empty,
    /// so even a non-blocking caller waits it out (a `put_nowait` on an unbounded queue
    /// must not raise Full because a neighbour was putting at the same moment).
    Busy {
        word: u32,
        expected: i32,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct Channel {
    base: u32,
    lock: Lock,
}

const HEAD: u32 = 2;
const USED: u32 = 3;
const ITEMS: u32 = 4;
const PUT_SEQ: u32 = 5;
const GET_SEQ: u32 = 6;
const CAPACITY: u32 = 7;
const CLOSED: u32 = 8;
const DATA: u32 = 9;

impl Channel {
    /// Words a channel with `capacity_bytes` of ring needs.
    pub fn words_needed(capacity_bytes: u32) -> u32 {
        DATA + capacity_bytes.div_ceil(4)
    }

    pub fn at(base: u32) -> Channel {
        Channel {
            base,
            lock: Lock::at(base),
        }
    }

    pub fn init(&self, mem: &dyn SharedWords, capacity_bytes: u32) {
        for w in 0..DATA {
            mem.store(self.base + w, 0);
        }
        mem.store(self.base + CAPACITY, (capacity_bytes / 4 * 4) as i32);
    }

    /// No more messages will come: getters of an empty channel get EOF.
    pub fn close(&self, mem: &dyn SharedWords) {
        mem.store(self.base + CLOSED, 1);
    }

    pub fn is_closed(&self, mem: &dyn SharedWords) -> bool {
        mem.load(self.base + CLOSED) != 0
    }

    /// Messages in the ring.
    pub fn len(&self, mem: &dyn SharedWords) -> usize {
        mem.load(self.base + ITEMS) as usize
    }

    pub fn is_empty(&self, mem: &dyn SharedWords) -> bool {
        self.len(mem) == 0
    }

    fn word(&self, mem: &dyn SharedWords, offset: u32) -> u32 {
        let cap = mem.load(self.base + CAPACITY) as u32;
        self.base + DATA + (offset % cap) / 4
    }

    /// Releases the lock, adding its wake-up (if any) to `wake`.
    fn unlock(&self, mem: &dyn SharedWords, wake: &mut Vec<u32>) {
        if let Ok(Some(w)) = self.lock.release(mem) {
            wake.push(w);
        }
    }

    /// One attempt to append a message, refused while the ring is full or holds `max_items`.
    /// Words to wake are pushed onto `wake`.
    pub fn try_put(
        &self,
        mem: &dyn SharedWords,
        pid: i32,
        message: &[u8],
        max_items: Option<u32>,
        wake: &mut Vec<u32>,
    ) -> Result<Transfer<()>, TooLarge> {
        let cap = mem.load(self.base + CAPACITY) as u32;
        let need = 4 + (message.len() as u32).div_ceil(4) * 4;
        if need > cap {
            return Err(TooLarge);
        }
        if let Attempt::Wait { word, expected } = self.lock.try_acquire(mem, pid) {
            return Ok(Transfer::Busy { word, expected });
        }
        let used = mem.load(self.base + USED) as u32;
        let items = mem.load(self.base + ITEMS) as u32;
        if used + need > cap || max_items.is_some_and(|m| items >= m) {
            let seen = mem.load(self.base + GET_SEQ);
            self.unlock(mem, wake);
            return Ok(Transfer::Wait {
                word: self.base + GET_SEQ,
                expected: seen,
            });
        }
        let head = mem.load(self.base + HEAD) as u32;
        let start = head + used;
        mem.store(self.word(mem, start), message.len() as i32);
        for (k, chunk) in message.chunks(4).enumerate() {
            let mut b = [0u8; 4];
            b[..chunk.len()].copy_from_slice(chunk);
            mem.store(
                self.word(mem, start + 4 + 4 * k as u32),
                i32::from_le_bytes(b),
            );
        }
        mem.store(self.base + USED, (used + need) as i32);
        mem.store(self.base + ITEMS, (items + 1) as i32);
        mem.add(self.base + PUT_SEQ, 1);
        self.unlock(mem, wake);
        wake.push(self.base + PUT_SEQ);
        Ok(Transfer::Done(()))
    }

    /// Bumps the put sequence so waiting getters look again (the channel was closed); the
    /// word to wake.
    pub fn wake_getters(&self, mem: &dyn SharedWords) -> u32 {
        mem.add(self.base + PUT_SEQ, 1);
        self.base + PUT_SEQ
    }

    /// One attempt to take the oldest message; waits while the ring is empty.
    pub fn try_get(
        &self,
        mem: &dyn SharedWords,
        pid: i32,
        wake: &mut Vec<u32>,
    ) -> Transfer<Vec<u8>> {
        if let Attempt::Wait { word, expected } = self.lock.try_acquire(mem, pid) {
            return Transfer::Busy { word, expected };
        }
        let items = mem.load(self.base + ITEMS) as u32;
        if items == 0 {
            let seen = mem.load(self.base + PUT_SEQ);
            self.unlock(mem, wake);
            return Transfer::Wait {
                word: self.base + PUT_SEQ,
                expected: seen,
            };
        }
        let cap = mem.load(self.base + CAPACITY) as u32;
        let head = mem.load(self.base + HEAD) as u32;
        let len = mem.load(self.word(mem, head)) as usize;
        let mut message = Vec::with_capacity(len);
        for k in 0..len.div_ceil(4) {
            let w = mem
                .load(self.word(mem, head + 4 + 4 * k as u32))
                .to_le_bytes();
            let take = (len - 4 * k).min(4);
            message.extend_from_slice(&w[..take]);
        }
        let need = 4 + (len as u32).div_ceil(4) * 4;
        mem.store(self.base + HEAD, ((head + need) % cap) as i32);
        let used = mem.load(self.base + USED) as u32;
        mem.store(self.base + USED, (used - need) as i32);
        mem.store(self.base + ITEMS, (items - 1) as i32);
        mem.add(self.base + GET_SEQ, 1);
        self.unlock(mem, wake);
        wake.push(self.base + GET_SEQ);
        Transfer::Done(message)
    }
}
