//! The run's shared words as a heap that every process allocates from and gives back to.
//!
//! A block is two header words — its size and whether it is in use — then its payload,
//! zeroed when handed out; a block is named by its payload's first word. The process that
//! creates a Queue or a Lock holds its block until the Python object is dropped (see
//! `threading._Hold`); then the block joins the free list, its first payload word linking
//! to the next free block. The list is kept in address order, so a freed block merges with
//! free neighbours (a thousand small locks given back make room for a big queue), and one
//! at the end of the used words gives them back to the bump pointer. A request takes a free
//! block of its size or splits one up to four times larger, else moves the bump pointer.
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
    with_free_list(words, || insert_merged(words, block, size));
    true
}

/// Puts the free `block` of `size` words in the list at its address, merged with the free
/// blocks right before and after it; a free block that ends at the bump pointer goes back
/// to it. Merged-over headers and links are zeroed: a free payload is zero but its link.
fn insert_merged(words: &impl SharedWords, block: u32, size: u32) {
    let (mut block, mut size) = (block, size);
    // `link` is the word that links to `next`, `prev_link` the one that links to `prev`
    // (a free block's link is its first payload word).
    let (mut prev, mut prev_link) = (0, 0);
    let mut link = header::FREE_LIST;
    let mut next = words.load(link) as u32;
    while next != 0 && next < block {
        (prev, prev_link, link) = (next, link, next);
        next = words.load(next) as u32;
    }
    if next != 0 && block + size + HEADER == next {
        // The next free block starts right after this one: this one grows over it.
        size += HEADER + words.load(size_word(next)) as u32;
        let after = words.load(next) as u32;
        for w in [size_word(next), in_use_word(next), next] {
            words.store(w, 0);
        }
        next = after;
    }
    if prev != 0 && prev + words.load(size_word(prev)) as u32 + HEADER == block {
        // This block starts right after the previous free one: that one grows over it.
        size += HEADER + words.load(size_word(prev)) as u32;
        for w in [size_word(block), in_use_word(block)] {
            words.store(w, 0);
        }
        (block, link) = (prev, prev_link);
    }
    if next == 0 {
        // The last block before the bump pointer: its words go back to it, zeroed first, as
        // from the moment they are back an allocation may take them without the lock.
        for w in [size_word(block), in_use_word(block), block] {
            words.store(w, 0);
        }
        let end = (block + size) as i32;
        if words
            .compare_exchange(header::NEXT_WORD, end, (block - HEADER) as i32)
            .is_ok()
        {
            words.store(link, 0);
            return;
        }
    }
    words.store(size_word(block), size as i32);
    words.store(block, next as i32);
    words.store(link, block as i32);
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
        let w = region(1 << 11);
        let mut blocks = Vec::new();
        while let Some(b) = alloc(&w, 1 << 11, 30) {
            blocks.push(b);
        }
        assert!(blocks.len() > 20);
        for _ in 0..1000 {
            let b = blocks.pop().unwrap();
            assert!(release(&w, b));
            blocks.push(alloc(&w, 1 << 11, 30).expect("a freed block is reused"));
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
        // All given back: one free run of words, which went back to the bump pointer.
        assert_eq!(w.load(header::FREE_LIST), 0);
        assert_eq!(w.load(header::NEXT_WORD), header::FIRST_FREE);
    }

    #[test]
    fn freed_neighbours_merge_into_room_for_a_bigger_block() {
        let w = region(1 << 12);
        let small: Vec<u32> = (0..10).map(|_| alloc(&w, 4096, 10).unwrap()).collect();
        let guard = alloc(&w, 4096, 4).unwrap();
        for (i, b) in small.iter().enumerate() {
            w.store(b + 3, i as i32 + 1);
        }
        for i in [3, 7, 0, 9, 5, 1, 8, 2, 6, 4] {
            assert!(release(&w, small[i]));
        }
        // Ten blocks and the nine headers between them: one block, handed out zeroed.
        let big = alloc(&w, 4096, 10 * 10 + 9 * HEADER).unwrap();
        assert_eq!(big, small[0]);
        assert!((big..big + 118).all(|k| w.load(k) == 0));
        assert_eq!(w.load(header::FREE_LIST), 0);
        assert!(guard > big + 118);
    }

    #[test]
    fn the_last_blocks_freed_go_back_to_the_bump_pointer() {
        let w = region(1 << 12);
        let a = alloc(&w, 4096, 20).unwrap();
        let b = alloc(&w, 4096, 30).unwrap();
        let c = alloc(&w, 4096, 5).unwrap();
        assert!(release(&w, b));
        assert_eq!(w.load(header::FREE_LIST), b as i32);
        assert!(release(&w, c));
        // c merged with b, and the two went back: a is the last block in use.
        assert_eq!(w.load(header::FREE_LIST), 0);
        assert_eq!(w.load(header::NEXT_WORD), (a + 20) as i32);
        assert_eq!(alloc(&w, 4096, 40), Some(b));
    }
}
