//! Named shared memory blocks (`multiprocessing.shared_memory`): a directory in the region's
//! header maps a name (by its 64-bit hash) to a block of words, so any process of the run
//! can attach to a block by the name another gave it. Bytes are packed four to a word.

use crate::kernel::{header, Kernel};
use crate::shm::SharedWords;

/// A named block: its first word and its size in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub at: u32,
    pub size: u32,
}

/// Why a name could not be added.
#[derive(Debug, PartialEq, Eq)]
pub enum AddError {
    Exists,
    DirectoryFull,
    RegionFull,
}

fn hash(name: &str) -> (i32, i32) {
    // FNV-1a, 64 bits: names are few and short.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    (h as u32 as i32, (h >> 32) as u32 as i32)
}

fn slots() -> impl Iterator<Item = u32> {
    (0..header::NAME_SLOTS).map(|i| header::NAMES + 4 * i)
}

/// Runs `f` holding the directory's spin lock (its critical sections are a few loads).
fn locked<T>(k: &Kernel, f: impl FnOnce() -> T) -> T {
    while k.words.compare_exchange(header::NAMES_LOCK, 0, 1).is_err() {
        std::hint::spin_loop();
    }
    let r = f();
    k.words.store(header::NAMES_LOCK, 0);
    r
}

fn slot_of(k: &Kernel, name: &str) -> Option<u32> {
    let (lo, hi) = hash(name);
    slots()
        .find(|&s| k.words.load(s + 2) != 0 && k.words.load(s) == lo && k.words.load(s + 1) == hi)
}

pub fn find(k: &Kernel, name: &str) -> Option<Block> {
    locked(k, || {
        slot_of(k, name).map(|s| Block {
            at: k.words.load(s + 2) as u32,
            size: k.words.load(s + 3) as u32,
        })
    })
}

/// Makes a zeroed block of `size` bytes under `name`.
pub fn add(k: &Kernel, name: &str, size: u32) -> Result<Block, AddError> {
    locked(k, || {
        if slot_of(k, name).is_some() {
            return Err(AddError::Exists);
        }
        let free = slots()
            .find(|&s| k.words.load(s + 2) == 0)
            .ok_or(AddError::DirectoryFull)?;
        let at = k
            .alloc_words(size.div_ceil(4).max(1))
            .ok_or(AddError::RegionFull)?;
        for w in at..at + size.div_ceil(4) {
            k.words.store(w, 0);
        }
        let (lo, hi) = hash(name);
        k.words.store(free, lo);
        k.words.store(free + 1, hi);
        k.words.store(free + 3, size as i32);
        k.words.store(free + 2, at as i32);
        Ok(Block { at, size })
    })
}

/// Forgets `name` and gives its block back; false when there is no such name.
pub fn remove(k: &Kernel, name: &str) -> bool {
    let block = locked(k, || {
        let s = slot_of(k, name)?;
        let at = k.words.load(s + 2) as u32;
        k.words.store(s + 2, 0);
        Some(at)
    });
    match block {
        Some(at) => {
            k.release_words(at);
            true
        }
        None => false,
    }
}

/// `n` bytes from byte `offset` of the block at word `at`.
pub fn read(k: &Kernel, at: u32, offset: u32, n: u32) -> Vec<u8> {
    (offset..offset + n)
        .map(|i| (k.words.load(at + i / 4) as u32 >> (8 * (i % 4))) as u8)
        .collect()
}

/// Writes `data` from byte `offset`; a word shared with bytes outside `data` is updated
/// with compare-and-swap, so writers of neighbouring bytes do not undo each other.
pub fn write(k: &Kernel, at: u32, offset: u32, data: &[u8]) {
    let mut i = 0usize;
    while i < data.len() {
        let byte = offset + i as u32;
        let w = at + byte / 4;
        let first = byte % 4;
        let count = (4 - first as usize).min(data.len() - i);
        let mut mask = 0u32;
        let mut bits = 0u32;
        for j in 0..count {
            let shift = 8 * (first + j as u32);
            mask |= 0xff << shift;
            bits |= (data[i + j] as u32) << shift;
        }
        if mask == u32::MAX {
            k.words.store(w, bits as i32);
        } else {
            let mut current = k.words.load(w);
            loop {
                let new = ((current as u32 & !mask) | bits) as i32;
                match k.words.compare_exchange(w, current, new) {
                    Ok(_) => break,
                    Err(actual) => current = actual,
                }
            }
        }
        i += count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kernel::tests::kernel;

    #[test]
    fn names_find_their_blocks_and_go_at_remove() {
        let k = kernel();
        let a = add(&k, "psm_one", 10).unwrap();
        assert_eq!(add(&k, "psm_one", 3), Err(AddError::Exists));
        let b = add(&k, "other", 1).unwrap();
        assert_eq!(find(&k, "psm_one"), Some(a));
        assert_eq!(find(&k, "other"), Some(b));
        assert!(remove(&k, "psm_one"));
        assert_eq!(find(&k, "psm_one"), None);
        assert!(!remove(&k, "psm_one"));
    }

    #[test]
    fn bytes_round_trip_at_any_offset() {
        let k = kernel();
        let b = add(&k, "bytes", 11).unwrap();
        assert_eq!(read(&k, b.at, 0, 11), vec![0; 11]);
        write(&k, b.at, 3, b"hello");
        write(&k, b.at, 9, &[255, 7]);
        assert_eq!(read(&k, b.at, 0, 11), b"\0\0\0hello\0\xff\x07".to_vec());
        write(&k, b.at, 0, &[1, 2, 3, 4]);
        assert_eq!(read(&k, b.at, 2, 4), vec![3, 4, b'e', b'l']);
    }
}
