//! The run's shared words as a heap that every process allocates from and gives back to.
//!
//! A block is two header words — its size and whether it is in use — then its payload,
//! zeroed when handed out; a block is named by its payload's first word. The process that
//! creates a Queue or a Lock holds its block until the Python object is dropped (see
//! `threading._Hold`); then the block joins the free list, its first payload word linking
//! to the next free block. A request takes a free block of its size or splits one up to
//! four times larger, else moves the bump pointer.
//!
//! The free list is guarded by a spin lock in the region's header; what it guards is a few
//! loads and stores, so no process waits long.

use crate::kernel::header;
use crate::shm::SharedWords;

/// Header words before a block's payload.
const HEADER: u32 = 2;

fn size_word(block: u32) -> u32 {
    block - 2
}

fn in_use_word(block: u32) -> u32 {
    block - 1
}

/// A new block of `n` zeroed words; `None` when the region of `len` words is full.
pub fn alloc(words: &impl SharedWords, len: usize, n: u32) -> Option<u32> {
    if let Some(block) = reuse(words, n) {
        return Some(block);
    }
    loop {
        let at = words.load(header::NEXT_WORD);
        let end = (at as usize).saturating_add((HEADER + n) as usize);
        if end > len || end > i32::MAX as usize {
            return None;
        }
        if words
            .compare_exchange(header::NEXT_WORD, at, end as i32)
            .is_ok()
        {
            let block = at as u32 + HEADER;
            words.store(size_word(block), n as i32);
            words.store(in_use_word(block), 1);
            return Some(block);
        }
    }
}

/// Gives `block` back; true when it was in use (a second release does nothing).
pub fn release(words: &impl SharedWords, block: u32) -> bool {
    if words.compare_exchange(in_use_word(block), 1, 0).is_err() {
        return false;
    }
    let size = words.load(size_word(block)) as u32;
    for w in block..block + size {
        words.store(w, 0);
    }
    with_free_list(words, || {
        words.store(block, words.load(header::FREE_LIST));
        words.store(header::FREE_LIST, block as i32);
    });
    true
}

/// A free block for a request of `n` words: one of that size, or the tail of one up to four
/// times larger.
fn reuse(words: &impl SharedWords, n: u32) -> Option<u32> {
    if words.load(header::FREE_LIST) == 0 {
        return None;
    }
    with_free_list(words, || {
        let mut link = header::FREE_LIST;
        let mut block = words.load(link) as u32;
        while block != 0 {
            let size = words.load(size_word(block)) as u32;
            let next = words.load(block);
            if size == n {
                words.store(link, next);
                words.store(block, 0);
                words.store(in_use_word(block), 1);
                return Some(block);
            }
            if size > n + HEADER && size / 4 <= n {
                // The free block keeps its head (and its link); its tail is handed out.
                // Only a request of a good part of it splits it, so small blocks do not
                // eat up the big ones that queues come back for.
                let rest = size - n - HEADER;
                words.store(size_word(block), rest as i32);
                let tail = block + rest + HEADER;
                words.store(size_word(tail), n as i32);
                words.store(in_use_word(tail), 1);
                return Some(tail);
            }
            link = block;
            block = next as u32;
        }
        None
    })
}

fn with_free_list<T>(words: &impl SharedWords, f: impl FnOnce() -> T) -> T {
    while words.compare_exchange(header::FREE_LOCK, 0, 1).is_err() {
        std::hint::spin_loop();
    }
    let r = f();
    words.store(header::FREE_LOCK, 0);
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shm::native::NativeWords;

    fn region(len: usize) -> NativeWords {
        let w = NativeWords::new(len);
        header::init(&w);
        w
    }

    #[test]
    fn freed_blocks_are_reused_zeroed_and_split() {
        let w = region(1 << 12);
        let a = alloc(&w, 4096, 100).unwrap();
        let b = alloc(&w, 4096, 10).unwrap();
        w.store(a + 5, 7);
        assert!(release(&w, a));
        // Same size: the same block, zeroed.
        let c = alloc(&w, 4096, 100).unwrap();
        assert_eq!(c, a);
        assert_eq!(w.load(a + 5), 0);
        assert!(release(&w, c));
        // Much smaller: not from the big free block, which stays whole for its size.
        let d = alloc(&w, 4096, 10).unwrap();
        assert!(d > b);
        // A good part of it: its tail; the rest stays free for the next one.
        let e = alloc(&w, 4096, 50).unwrap();
        assert!(e > a && e + 50 == a + 100);
        let f = alloc(&w, 4096, 40).unwrap();
        assert!(f >= a && f + 40 <= e - HEADER);
    }

    #[test]
    fn a_block_is_given_back_once() {
        let w = region(1 << 12);
        let a = alloc(&w, 4096, 8).unwrap();
        assert!(release(&w, a));
        assert!(!release(&w, a));
        assert_eq!(alloc(&w, 4096, 8), Some(a));
        assert_ne!(alloc(&w, 4096, 8), Some(a));
    }

    #[test]
    fn a_full_region_takes_back_what_is_freed() {
        let w = region(1 << 10);
        let mut blocks = Vec::new();
        while let Some(b) = alloc(&w, 1 << 10, 30) {
            blocks.push(b);
        }
        assert!(blocks.len() > 20);
        for _ in 0..1000 {
            let b = blocks.pop().unwrap();
            assert!(release(&w, b));
            blocks.push(alloc(&w, 1 << 10, 30).expect("a freed block is reused"));
        }
    }

    #[test]
    fn threads_allocating_and_freeing_never_share_a_block() {
        let w = std::sync::Arc::new(region(1 << 16));
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let w = w.clone();
                std::thread::spawn(move || {
                    for i in 0..2000u32 {
                        let n = 1 + (i * 7 + t) % 13;
                        let b = alloc(&*w, 1 << 16, n).unwrap();
                        for k in 0..n {
                            assert_eq!(w.load(b + k), 0, "handed out zeroed");
                            w.store(b + k, (t + 1) as i32);
                        }
                        for k in 0..n {
                            assert_eq!(w.load(b + k), (t + 1) as i32, "nobody else wrote here");
                        }
                        assert!(release(&*w, b));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
}
