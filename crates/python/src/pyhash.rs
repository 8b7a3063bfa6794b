//! CPython 3.11-compatible hashing and set tables.
//!
//! This module has two jobs:
//!
//! 1. Compute exactly the values CPython 3.11 (64-bit build, `PYTHONHASHSEED=0`)
//!    returns from `hash()` for ints, floats, complex numbers, `str`, `bytes`,
//!    tuples and frozensets (`sys.hash_info`: width 64, modulus `2**61 - 1`,
//!    inf 314159, nan 0, imag 1000003, algorithm `siphash13`, cutoff 0, and an
//!    all-zero hash secret because the seed is 0).
//! 2. Provide [`SetTable`], an open-addressing table that follows
//!    `Objects/setobject.c` of CPython 3.11 step by step (initial size 8,
//!    9 linear probes, perturb shift 5, dummy entries, the resize rules, the
//!    `set.pop()` finger and the way `copy`/`|`/`&`/`-`/`^` and the
//!    `*_update` methods build their results), so that iterating one of our
//!    sets yields the elements in exactly CPython's order.
//!
//! # How CPython builds sets (what callers must replicate)
//!
//! Iteration order depends not only on the elements but on *how* the set was
//! built.  The methods of [`SetTable`] model the C functions; the interpreter
//! must pick the one CPython would use:
//!
//! * `set()`, set comprehensions, `set.add`, `set(list/tuple/str/range/
//!   generator/dict view)` and `frozenset(iterable)`: [`SetTable::new`] then
//!   [`SetTable::insert`] for every item in iteration order (duplicates are
//!   no-ops and keep the first object).
//! * `set(s)` / `frozenset(s)` / `s.copy()` / `set.update(s)` / `s |= t`
//!   where the argument is a set or frozenset: [`SetTable::copy`] or
//!   [`SetTable::merge_from`] (`set_merge`: one up-front resize, then a raw
//!   slot copy or clean re-insertion in the source's table order).
//!   `frozenset(f)` and `f.copy()` of an exact frozenset return `f` itself.
//! * `set(d)` / `set.update(d)` where `d` is an exact `dict`:
//!   [`SetTable::update_from_dict`] (pre-sizes the table, then inserts in dict
//!   order).  `set(d.keys())`, `set(d.values())`, `set(d.items())` are generic
//!   iterables (no pre-sizing): plain inserts in dict order.
//! * Set displays: `{a, b}` (at most 2 items, or any non-constant item) is
//!   `BUILD_SET`: inserts left to right.  A display with 3 or more items that
//!   are all constants (numbers, strings, bytes, tuples of constants, None,
//!   ...) is compiled by CPython 3.11 to `BUILD_SET 0; LOAD_CONST
//!   frozenset(...); SET_UPDATE`, where the constant frozenset was built by
//!   [`SetTable::frozenset_constant`].  So the display is
//!   `SetTable::new().merge_from(&SetTable::frozenset_constant(items))`,
//!   which for 5 or more elements gives a different table size (and
//!   sometimes a different order) than inserting the items one by one.
//!   `for x in {consts...}` and `x in {consts...}` (also in comprehensions)
//!   iterate/test the constant frozenset itself (AST optimizer), i.e.
//!   [`SetTable::frozenset_constant`] without the merge.
//! * `{*a, *b}` is `BUILD_SET 0` followed by one `SET_UPDATE` (=
//!   `set.update`) per starred item.
//! * Operators and methods: see [`SetTable::union`], [`SetTable::intersection`],
//!   [`SetTable::difference`], [`SetTable::symmetric_difference`] and the
//!   `*_update` / `*_iter` / `*_dict` variants; each documents the C function
//!   it models.
//!
//! Objects whose CPython hash is derived from their address (`None` in 3.11,
//! `object()`, functions, classes, `float('nan')`) cannot be reproduced; sets
//! containing them have an arbitrary order in CPython as well.

use num_bigint::BigInt;

/// `sys.hash_info.modulus`: the Mersenne prime `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// `sys.hash_info.hash_bits` used for numeric hashing (the exponent of the modulus).
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`: hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.nan`: the pre-3.10 hash of a NaN (3.10+ hashes NaN by identity).
pub const HASH_NAN: i64 = 0;
/// `sys.hash_info.imag`: multiplier for the imaginary part of complex hashes.
pub const HASH_IMAG: u64 = 1_000_003;

/// CPython never returns -1 from a hash function (it signals an error in C).
#[inline]
fn fix_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// Hash of a Python `int` that fits in an `i64` (also `bool`: `hash(True) == 1`).
///
/// `hash(v) == sign(v) * (|v| mod (2**61 - 1))`, except that -1 becomes -2.
pub fn hash_int_i64(v: i64) -> i64 {
    let r = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -r } else { r })
}

/// Hash of an arbitrary-precision Python `int`; equal to [`hash_int_i64`]
/// whenever the value fits in an `i64`.
pub fn hash_bigint(v: &BigInt) -> i64 {
    // 2**64 mod P fits easily; Horner from the most significant digit with
    // u128 intermediates (x < 2**61, so x * 2**64 + d < 2**125).
    let mut x: u128 = 0;
    for d in v.magnitude().iter_u64_digits().rev() {
        x = ((x << 64) | d as u128) % HASH_MODULUS as u128;
    }
    let r = x as i64;
    fix_minus_one(if v.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    })
}

/// `frexp` for finite, non-zero `v`: returns `(m, e)` with `0.5 <= |m| < 1`
/// and `v == m * 2**e`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first (2**64 is exact).
        let (m, e) = frexp(v * 18_446_744_073_709_551_616.0);
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble` for a finite or infinite value.  NaN returns
/// [`HASH_NAN`] (0); CPython 3.10+ actually hashes each NaN object by its
/// address, see [`hash_float_with_identity`].
///
/// Integral floats hash like the equal `int` (`hash(2.0) == hash(2)`),
/// `hash(-0.0) == 0`, `hash(inf) == 314159`, `hash(-inf) == -314159`.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return HASH_NAN;
    }
    hash_float_impl(v)
}

/// `_Py_HashDouble(inst, v)` including the 3.10+ NaN rule: a NaN hashes as
/// [`hash_pointer`]`(identity)`, where `identity` is the address / id of the
/// float object.  Non-NaN values ignore `identity`.
pub fn hash_float_with_identity(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        return hash_pointer(identity);
    }
    hash_float_impl(v)
}

fn hash_float_impl(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    // Process 28 bits at a time.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64; // integer part (m < 2**28)
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Reduce the exponent modulo HASH_BITS (61).
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let x = (x as i64).wrapping_mul(sign);
    fix_minus_one(x)
}

/// `_Py_HashPointer`: the default `object.__hash__` (`id` rotated right by 4
/// bits), also used for NaN floats.  -1 maps to -2.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = (addr as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

/// Hash of a `complex` (`complex_hash`): `hash(re) + 1000003 * hash(im)`
/// with wrap-around, -1 mapped to -2.  `identity` is only used for NaN
/// components (CPython hashes them by the complex object's address).
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_float_with_identity(re, identity) as u64;
    let hi = hash_float_with_identity(im, identity) as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi));
    fix_minus_one(combined as i64)
}

/// Incremental SipHash-1-3 with CPython's finalisation (`pyhash.c`).
struct Sip13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    tail: u64,
    ntail: u32,
    len: u64,
}

impl Sip13 {
    fn new(k0: u64, k1: u64) -> Self {
        Sip13 {
            v0: k0 ^ 0x736f_6d65_7073_6575,
            v1: k1 ^ 0x646f_7261_6e64_6f6d,
            v2: k0 ^ 0x6c79_6765_6e65_7261,
            v3: k1 ^ 0x7465_6462_7974_6573,
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        // HALF_ROUND(v0,v1,v2,v3,13,16)
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.rotate_left(32);
        // HALF_ROUND(v2,v1,v0,v3,17,21)
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.ntail);
        self.ntail += 1;
        self.len += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn write(&mut self, data: &[u8]) {
        let mut rest = data;
        if self.ntail == 0 {
            let mut chunks = rest.chunks_exact(8);
            for c in &mut chunks {
                let mut w = [0u8; 8];
                w.copy_from_slice(c);
                self.compress(u64::from_le_bytes(w));
                self.len += 8;
            }
            rest = chunks.remainder();
        }
        for &b in rest {
            self.write_u8(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.compress(b);
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        (self.v0 ^ self.v1) ^ (self.v2 ^ self.v3)
    }
}

/// `_Py_HashBytes` with key 0: empty input hashes to 0, otherwise
/// SipHash-1-3 of the bytes with -1 mapped to -2.
fn hash_bytes_like(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = Sip13::new(0, 0);
    h.write(data);
    fix_minus_one(h.finish() as i64)
}

/// Hash of a `bytes` / `bytearray`-derived immutable (`bytes`, and the
/// buffer of a `memoryview`) object: SipHash-1-3 over the bytes, `b''` -> 0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    hash_bytes_like(b)
}

/// Hash of a `str`: SipHash-1-3 over the PEP 393 representation (1 byte per
/// code point if all are < 256, 2 little-endian bytes if all are < 65536,
/// otherwise 4), `''` -> 0.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes_like(s.as_bytes());
    }
    hash_code_points_iter(s.chars().map(|c| c as u32))
}

/// Like [`hash_str`] for a string given as code points, which may include
/// lone surrogates (0xD800..=0xDFFF) that a Rust `&str` cannot hold.
pub fn hash_code_points(cps: &[u32]) -> i64 {
    hash_code_points_iter(cps.iter().copied())
}

fn hash_code_points_iter<I: Iterator<Item = u32> + Clone>(cps: I) -> i64 {
    let max = cps.clone().max().unwrap_or(0);
    let mut h = Sip13::new(0, 0);
    if max < 0x100 {
        for c in cps {
            h.write_u8(c as u8);
        }
    } else if max < 0x1_0000 {
        for c in cps {
            for b in (c as u16).to_le_bytes() {
                h.write_u8(b);
            }
        }
    } else {
        for c in cps {
            for b in c.to_le_bytes() {
                h.write_u8(b);
            }
        }
    }
    if h.len == 0 {
        return 0;
    }
    fix_minus_one(h.finish() as i64)
}

/// Hash of a tuple from its items' hashes (3.8+ xxHash-based `tuplehash`).
/// `hash(()) == 5740354900026072187`.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &h in item_hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// Hash of a frozenset from its (distinct) items' hashes, in any order
/// (`frozenset_hash`).  `hash(frozenset()) == 133146708735736`.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (item_hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

// ---------------------------------------------------------------------------
// Set table
// ---------------------------------------------------------------------------

/// `PySet_MINSIZE`.
const MINSIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    /// Never used since the last resize (`key == NULL`).
    Empty,
    /// Deleted entry (`key == dummy`, `hash == -1`).
    Dummy,
    /// Live entry.
    Active { hash: i64, key: K },
}

/// Open-addressing table with CPython 3.11 `setobject.c`'s algorithm, so that
/// iteration order matches CPython's for equal hashes and equal operation
/// histories.
///
/// Hashes passed in must be the Python hashes of the keys (never -1, as
/// produced by the functions of this module / `__hash__`).  Equality is
/// supplied per call as `eq(existing, probe) -> Result<bool, E>`, called with
/// the stored key first like `PyObject_RichCompareBool(startkey, key, Py_EQ)`,
/// and only for stored keys whose hash equals the probe's hash; the closure is
/// responsible for the identity shortcut (`a is b` implies equal).  An `Err`
/// aborts the operation and is returned unchanged (partially applied bulk
/// operations stay partially applied, as in CPython).  Since the table is
/// borrowed during the call, `eq` cannot mutate it (CPython's "restart if the
/// table changed" paths are unreachable).
///
/// `Clone` duplicates the exact layout (including dummies and the pop
/// finger); that is *not* what `set.copy()` does -- use [`SetTable::copy`].
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    /// `mask + 1` slots; always a power of two >= 8.
    slots: Vec<Slot<K>>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// `so->finger`: where `pop()` starts searching.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Iterator over the live entries of a [`SetTable`] in table order, yielding
/// `(key, hash)`.
pub struct Iter<'a, K> {
    inner: std::slice::Iter<'a, Slot<K>>,
    remaining: usize,
}

impl<'a, K> Iterator for Iter<'a, K> {
    type Item = (&'a K, i64);

    fn next(&mut self) -> Option<Self::Item> {
        for slot in self.inner.by_ref() {
            if let Slot::Active { hash, key } = slot {
                self.remaining = self.remaining.saturating_sub(1);
                return Some((key, *hash));
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K> ExactSizeIterator for Iter<'_, K> {}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

/// `set_insert_clean`: put a key known to be absent into a table without
/// dummies, at the first empty slot of its probe sequence.
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mask = slots.len().wrapping_sub(1);
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for idx in i..=i + probes {
            if let Some(slot) = slots.get_mut(idx) {
                if let Slot::Empty = slot {
                    *slot = Slot::Active { hash, key };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

impl<K> SetTable<K> {
    /// An empty set (`make_new_set`): 8 slots, finger 0.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// True if the set has no elements.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`); useful for tests and debugging.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_lookkey`: index of the live slot holding a key equal to `key`.
    fn find<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for idx in i..=i + probes {
                match self.slots.get(idx) {
                    None | Some(Slot::Empty) => return Ok(None),
                    Some(Slot::Active { hash: h, key: k }) if *h == hash && eq(k, key)? => {
                        return Ok(Some(idx));
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    /// `set_add_entry` (`set.add`): inserts `key` unless an equal key is
    /// present (then the stored key is kept and `key` is dropped).  Returns
    /// whether the key was newly added.  A new key goes into the *last* dummy
    /// slot seen on its probe path if any (no resize check then), otherwise
    /// into the first empty slot, after which the table is resized to
    /// `used*4` (`used*2` above 50000 elements) once `fill*5 >= mask*3`.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let target = 'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for idx in i..=i + probes {
                match self.slots.get(idx) {
                    None | Some(Slot::Empty) => break 'outer idx,
                    Some(Slot::Active { hash: h, key: k }) if *h == hash => {
                        if eq(k, &key)? {
                            return Ok(false);
                        }
                    }
                    Some(Slot::Dummy) => freeslot = Some(idx),
                    Some(Slot::Active { .. }) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        };
        if let Some(f) = freeslot {
            if let Some(slot) = self.slots.get_mut(f) {
                *slot = Slot::Active { hash, key };
                self.used += 1;
                return Ok(true);
            }
        }
        if let Some(slot) = self.slots.get_mut(target) {
            *slot = Slot::Active { hash, key };
        }
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        Ok(true)
    }

    /// `set_contains_entry` (`key in s`).
    pub fn contains<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.find(hash, key, eq)?.is_some())
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(match self.find(hash, key, eq)? {
            Some(idx) => match self.slots.get(idx) {
                Some(Slot::Active { key, .. }) => Some(key),
                _ => None,
            },
            None => None,
        })
    }

    /// `set_discard_entry` (`set.discard` / `set.remove`): replaces the
    /// entry by a dummy and returns the stored key.  Never resizes.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        let Some(idx) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        Ok(self.take_slot(idx).map(|(_, k)| k))
    }

    /// Turns slot `idx` into a dummy, returning its entry if it was live.
    fn take_slot(&mut self, idx: usize) -> Option<(i64, K)> {
        let slot = self.slots.get_mut(idx)?;
        if !matches!(slot, Slot::Active { .. }) {
            return None;
        }
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Active { hash, key } => {
                self.used -= 1;
                Some((hash, key))
            }
            _ => None,
        }
    }

    /// `set.pop()`: removes the first live entry at or after the finger
    /// (wrapping around) and moves the finger just past it.
    pub fn pop(&mut self) -> Option<K> {
        self.pop_with_hash().map(|(k, _)| k)
    }

    /// Like [`SetTable::pop`], also returning the stored hash.
    pub fn pop_with_hash(&mut self) -> Option<(K, i64)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut idx = self.finger & mask;
        while !matches!(self.slots.get(idx), Some(Slot::Active { .. })) {
            idx += 1;
            if idx > mask {
                idx = 0;
            }
        }
        let (hash, key) = self.take_slot(idx)?;
        self.finger = idx + 1;
        Some((key, hash))
    }

    /// Live entries `(key, hash)` in table order (= Python iteration order).
    pub fn iter(&self) -> Iter<'_, K> {
        Iter {
            inner: self.slots.iter(),
            remaining: self.used,
        }
    }

    /// Consumes the table, yielding `(key, hash)` in table order.
    pub fn into_entries(self) -> impl Iterator<Item = (K, i64)> {
        self.slots.into_iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((key, hash)),
            _ => None,
        })
    }

    /// `set_next` / the set iterator step: the first live entry at slot index
    /// `>= pos`, as `(index, key, hash)`.  A Python set iterator keeps
    /// `pos = index + 1` and raises "Set changed size during iteration" when
    /// `len()` differs from the length at iterator creation.
    pub fn entry_at(&self, pos: usize) -> Option<(usize, &K, i64)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active { hash, key } => Some((i, key, *hash)),
                _ => None,
            })
    }

    /// `set.clear()` (`set_clear_internal`): back to an empty 8-slot table.
    /// Like CPython, the pop finger is *not* reset.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MINSIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Replaces the contents (table, fill, used) with those of `other` but
    /// keeps this set's pop finger, like `set_swap_bodies` as used by
    /// `intersection_update` / `&=`.
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// `set_table_resize(so, minused)`: rebuild into the smallest power of two
    /// `> minused` (at least 8) by clean re-insertion in old table order,
    /// dropping dummies.  A dummy-free 8-slot table asked to stay at 8 slots
    /// is left untouched.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused && newsize < (1usize << (usize::BITS - 2)) {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// The "one big resize" that `set_merge` and `set_update_internal(dict)`
    /// do before adding `incoming` elements: if `(fill + incoming)*5 >=
    /// mask*3`, resize for `(used + incoming)*2`.
    pub fn presize(&mut self, incoming: usize) {
        if self.fill.saturating_add(incoming).saturating_mul(5) >= self.mask() * 3 {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2));
        }
    }

    /// Tail of `set_difference_update_internal`: if more than a quarter of
    /// the slots are dummies, rebuild (`used*4`, or `used*2` above 50000).
    /// Call after a bulk removal (`difference_update`, `-=`, `a - b` via the
    /// copy path) but *not* after `discard`/`remove`/`pop`/`^=`.
    pub fn shrink_after_bulk_discard(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        self.resize(if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        });
    }

    /// Hash of this set viewed as a frozenset.
    pub fn frozenset_hash(&self) -> i64 {
        let hashes: Vec<i64> = self.iter().map(|(_, h)| h).collect();
        hash_frozenset(&hashes)
    }

    /// Generic-iterable update (`set_update_internal` for anything that is
    /// neither a set nor an exact dict): inserts items in order.  The
    /// iterator may yield errors (unhashable item, failing `__next__`).
    pub fn update_from_iter<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            self.insert(h, k, eq)?;
        }
        Ok(())
    }

    /// `set_update_internal` for an exact `dict` (`set(d)`, `s.update(d)`,
    /// also `dict.keys()` views via `dictviews_to_set`): pre-size for
    /// `dict_len`, then insert the keys in dict order with their stored hashes.
    pub fn update_from_dict<E, I>(
        &mut self,
        dict_len: usize,
        keys: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        self.presize(dict_len);
        for (h, k) in keys {
            self.insert(h, k, eq)?;
        }
        Ok(())
    }

    /// `set_difference_update_internal` for a generic iterable (or dict):
    /// discard every item, then [`SetTable::shrink_after_bulk_discard`].
    pub fn difference_update_iter<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            self.remove(h, &k, eq)?;
        }
        self.shrink_after_bulk_discard();
        Ok(())
    }

    /// `set_difference_update_internal` for a set/frozenset `other`
    /// (`s.difference_update(t)`, `s -= t`).  `s -= s` clears `s`.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) {
            self.clear();
            return Ok(());
        }
        // (CPython first replaces a much larger `other` by the intersection;
        // the set of removed slots, hence the result, is the same.)
        for (k, h) in other.iter() {
            self.remove(h, k, eq)?;
        }
        self.shrink_after_bulk_discard();
        Ok(())
    }

    /// `set_symmetric_difference_update` body for items taken in the given
    /// order: each item is discarded if present, else added.  Use directly
    /// for an exact `dict` argument (dict order).  For a generic iterable,
    /// CPython first builds a temporary set from it and iterates *that* in
    /// table order: use [`SetTable::symmetric_difference_update`] on a table
    /// built with [`SetTable::update_from_iter`].  No shrink afterwards.
    pub fn symmetric_difference_update_items<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        for (h, k) in items {
            if self.remove(h, &k, eq)?.is_none() {
                self.insert(h, k, eq)?;
            }
        }
        Ok(())
    }
}

impl<K: Clone> SetTable<K> {
    /// `set_merge(so, other)` (`s.update(t)` / `s |= t` / `set(t)` for a set
    /// or frozenset `t`): nothing if `other` is `self` or empty; otherwise
    /// one up-front [`SetTable::presize`], then, if this table is empty, a
    /// verbatim slot copy when both tables have the same size and `other`
    /// has no dummies, else clean insertion in `other`'s table order; if this
    /// table is not empty, ordinary inserts in `other`'s table order.
    pub fn merge_from<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) || other.used == 0 {
            return Ok(());
        }
        self.presize(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            for (dst, src) in self.slots.iter_mut().zip(other.slots.iter()) {
                if let Slot::Active { hash, key } = src {
                    *dst = Slot::Active {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (k, h) in other.iter() {
                insert_clean(&mut self.slots, h, k.clone());
            }
            return Ok(());
        }
        for (k, h) in other.iter() {
            self.insert(h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// `set.copy()` / `set(s)` / `frozenset(s)` of a set `s`
    /// (`make_new_set(type, s)` = empty set + [`SetTable::merge_from`]).
    /// The copy may have a different size and order than `self`.
    pub fn copy(&self) -> SetTable<K> {
        let mut result = SetTable::new();
        let mut never = |_: &K, _: &K| -> Result<bool, std::convert::Infallible> { Ok(false) };
        // Merging into an empty table never compares keys.
        let _ = result.merge_from(self, &mut never);
        result
    }

    /// The constant frozenset CPython 3.11's compiler stores for a set
    /// display with >= 3 constant items (and for `x in {...}` / `for x in
    /// {...}`, also inside comprehensions): `PyFrozenSet_New(tuple_of_items)`
    /// (inserts in source order), then rebuilt once by
    /// `merge_consts_recursive` as `PyFrozenSet_New(tuple(first))`.
    ///
    /// When the code object is created, `intern_string_constants` interns
    /// the frozenset's top-level `str` items that consist only of ASCII
    /// letters, digits and `_`; if any of them is replaced by an *already
    /// interned, different* string object, the frozenset is rebuilt once
    /// more: apply [`SetTable::rebuilt`] to the result.  In CPython that
    /// happens when an equal string is interned and alive at compile time:
    /// in practice when the string is also an identifier in the module being
    /// compiled, a name of the builtins/stdlib loaded at startup (`list`,
    /// `a`, `b`, `x`, `_`, ...), or a name-like string constant of an
    /// already created code object (e.g. an earlier-compiled nested
    /// function).  `''` never triggers it.  A module imported from a `.pyc`
    /// goes through marshal, which rebuilds again (not modelled).
    pub fn frozenset_constant<E, I>(
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        let mut first = SetTable::new();
        for (h, k) in items {
            first.insert(h, k, eq)?;
        }
        Ok(first.rebuilt())
    }

    /// `PyFrozenSet_New(tuple(self))`: a fresh table built by inserting this
    /// table's entries in iteration order (the extra round of the constant
    /// frozenset rules in [`SetTable::frozenset_constant`]; also what
    /// unmarshalling a frozenset does).  No comparisons are needed because
    /// the keys are distinct.
    pub fn rebuilt(&self) -> SetTable<K> {
        let mut out = SetTable::new();
        let mut never = |_: &K, _: &K| -> Result<bool, std::convert::Infallible> { Ok(false) };
        for (k, h) in self.iter() {
            let _ = out.insert(h, k.clone(), &mut never);
        }
        out
    }

    /// `set_or` / `set.union(t)` for a set or frozenset `t`: a copy of
    /// `self` merged with `other` (`a | a` is just a copy).  For
    /// `set.union(*others)` with non-set arguments, apply
    /// [`SetTable::merge_from`] / [`SetTable::update_from_dict`] /
    /// [`SetTable::update_from_iter`] to the copy for each argument in turn
    /// (skipping arguments that are `self`).
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = self.copy();
        if std::ptr::eq(self, other) {
            return Ok(result);
        }
        result.merge_from(other, eq)?;
        Ok(result)
    }

    /// `set_intersection(so, other)` for a set or frozenset `other`
    /// (`a & b`, `a.intersection(b)`): `a & a` is a copy; otherwise a new set
    /// built by iterating the smaller operand (`other` on ties) in table
    /// order and inserting (that operand's objects) those contained in the
    /// larger.  `a.intersection(b, c)` is `(a & b) & c` step by step; `a &= b`
    /// is `a.replace_body(a.intersection(b))`.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (probe, walk) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (k, h) in walk.iter() {
            if probe.contains(h, k, eq)? {
                result.insert(h, k.clone(), eq)?;
            }
        }
        Ok(result)
    }

    /// `set_intersection(so, iterable)` for an argument that is not a set
    /// (including dicts and dict views): a new set of the iterable's items
    /// (its objects, in its order) that are in `self`; stops early once the
    /// result is as large as `self`, so later items are never hashed.
    pub fn intersection_iter<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut result = SetTable::new();
        for item in items {
            let (h, k) = item?;
            if self.contains(h, &k, eq)? {
                result.insert(h, k, eq)?;
                if result.used >= self.used {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `set_difference(so, other)` for a set or frozenset `other` (`a - b`,
    /// `a.difference(b)`): if `len(a) >> 2 > len(b)`, a copy of `a` followed
    /// by [`SetTable::difference_update`]; otherwise a fresh set built by
    /// inserting `a`'s entries not in `b`, in `a`'s table order.
    /// `a.difference(b, c, ...)` continues with `difference_update` (or
    /// [`SetTable::difference_update_iter`]) on the result for `c, ...`.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (k, h) in self.iter() {
            if !other.contains(h, k, eq)? {
                result.insert(h, k.clone(), eq)?;
            }
        }
        Ok(result)
    }

    /// `set_difference(so, d)` for an exact `dict` `d`: if `len(a) >> 2 >
    /// len(d)`, copy `a` and discard the dict's keys in dict order (then
    /// [`SetTable::shrink_after_bulk_discard`]); otherwise keep `a`'s entries
    /// for which `dict_contains(key, hash)` is false, in `a`'s table order.
    /// Only the branch that applies consumes `dict_keys` / calls
    /// `dict_contains`.
    pub fn difference_dict<E, I>(
        &self,
        dict_len: usize,
        dict_keys: I,
        dict_contains: &mut dyn FnMut(&K, i64) -> Result<bool, E>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = (i64, K)>,
    {
        if (self.used >> 2) > dict_len {
            let mut result = self.copy();
            result.difference_update_iter(dict_keys.into_iter().map(Ok), eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (k, h) in self.iter() {
            if !dict_contains(k, h)? {
                result.insert(h, k.clone(), eq)?;
            }
        }
        Ok(result)
    }

    /// `set_copy_and_difference(so, iterable)`: `a.difference(iterable)`
    /// for an argument that is neither a set nor an exact dict (lists,
    /// dict views, ...): a copy, then [`SetTable::difference_update_iter`].
    pub fn difference_iter<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut result = self.copy();
        result.difference_update_iter(items, eq)?;
        Ok(result)
    }

    /// `set_symmetric_difference_update(so, other)` for a set or frozenset
    /// `other` (`a ^= b`, `a.symmetric_difference_update(b)`): for each entry
    /// of `other` in table order, discard it from `self` if present, else add
    /// it.  `a ^= a` clears `a`.  No shrink afterwards.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) {
            self.clear();
            return Ok(());
        }
        for (k, h) in other.iter() {
            if self.remove(h, k, eq)?.is_none() {
                self.insert(h, k.clone(), eq)?;
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference(so, other)` (`a ^ b`,
    /// `a.symmetric_difference(b)` for a set `b`): a copy of **`other`**,
    /// then [`SetTable::symmetric_difference_update`] with `self`.  For a
    /// non-set argument, build the first table from the iterable instead
    /// (`SetTable::new()` + [`SetTable::update_from_iter`], or
    /// [`SetTable::update_from_dict`] for an exact dict) and then call
    /// `symmetric_difference_update(&self)` on it.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! Expected values were produced by CPython 3.11.7 with
    //! `PYTHONHASHSEED=0` (see the script format in [`run_script`]).
    use super::*;
    use std::collections::HashMap;
    use std::convert::Infallible;

    /// A Python value as far as these tests need one.
    #[derive(Clone, Debug)]
    pub(crate) enum V {
        I(BigInt),
        F(f64),
        S(String),
        T(Vec<V>),
        Fs(Vec<V>),
    }

    fn big_to_f64_eq(i: &BigInt, f: f64) -> bool {
        if !f.is_finite() || f.fract() != 0.0 {
            return false;
        }
        // Exact: integral floats print exactly with {:.0}.
        format!("{:.0}", f)
            .parse::<BigInt>()
            .map(|b| &b == i)
            .unwrap_or(false)
    }

    /// Python `==`.
    pub(crate) fn py_eq(a: &V, b: &V) -> bool {
        match (a, b) {
            (V::I(x), V::I(y)) => x == y,
            (V::F(x), V::F(y)) => x == y,
            (V::I(x), V::F(y)) | (V::F(y), V::I(x)) => big_to_f64_eq(x, *y),
            (V::S(x), V::S(y)) => x == y,
            (V::T(x), V::T(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q)),
            (V::Fs(x), V::Fs(y)) => {
                x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
            }
            _ => false,
        }
    }

    /// Same type and value (to check which of two equal objects a set kept).
    fn strict_eq(a: &V, b: &V) -> bool {
        match (a, b) {
            (V::I(x), V::I(y)) => x == y,
            (V::F(x), V::F(y)) => x.to_bits() == y.to_bits(),
            (V::S(x), V::S(y)) => x == y,
            (V::T(x), V::T(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| strict_eq(p, q))
            }
            (V::Fs(_), V::Fs(_)) => py_eq(a, b),
            _ => false,
        }
    }

    /// Python `hash()`.
    pub(crate) fn py_hash(v: &V) -> i64 {
        match v {
            V::I(i) => {
                let h = hash_bigint(i);
                if let Ok(small) = i64::try_from(i) {
                    assert_eq!(
                        h,
                        hash_int_i64(small),
                        "i64 and bigint paths disagree for {i}"
                    );
                }
                h
            }
            V::F(f) => hash_float(*f),
            V::S(s) => hash_str(s),
            V::T(items) => hash_tuple(&items.iter().map(py_hash).collect::<Vec<_>>()),
            V::Fs(items) => {
                let mut uniq: Vec<&V> = Vec::new();
                for it in items {
                    if !uniq.iter().any(|u| py_eq(u, it)) {
                        uniq.push(it);
                    }
                }
                hash_frozenset(&uniq.iter().map(|v| py_hash(v)).collect::<Vec<_>>())
            }
        }
    }

    struct P<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl<'a> P<'a> {
        fn peek(&self) -> Option<u8> {
            self.s.get(self.i).copied()
        }
        fn ws(&mut self) {
            while self.peek() == Some(b' ') {
                self.i += 1;
            }
        }
        fn word(&mut self) -> &'a str {
            self.ws();
            let st = self.i;
            while let Some(c) = self.peek() {
                if c == b' ' {
                    break;
                }
                self.i += 1;
            }
            std::str::from_utf8(&self.s[st..self.i]).unwrap()
        }
        fn at_end(&mut self) -> bool {
            self.ws();
            self.i >= self.s.len()
        }
        fn items_until(&mut self, close: u8) -> Vec<V> {
            self.i += 1;
            let mut out = Vec::new();
            while self.peek() != Some(close) {
                out.push(self.value());
                assert_eq!(self.peek(), Some(b','));
                self.i += 1;
            }
            self.i += 1;
            out
        }
        fn value(&mut self) -> V {
            self.ws();
            match self.peek().unwrap() {
                b'(' => V::T(self.items_until(b')')),
                b'{' => V::Fs(self.items_until(b'}')),
                b'\'' => {
                    self.i += 1;
                    let mut out = String::new();
                    loop {
                        let c = self.peek().unwrap();
                        self.i += 1;
                        match c {
                            b'\'' => break,
                            b'\\' => {
                                let n = self.peek().unwrap();
                                self.i += 1;
                                if n == b'u' {
                                    assert_eq!(self.peek(), Some(b'{'));
                                    let st = self.i + 1;
                                    while self.peek() != Some(b'}') {
                                        self.i += 1;
                                    }
                                    let hex = std::str::from_utf8(&self.s[st..self.i]).unwrap();
                                    self.i += 1;
                                    out.push(
                                        char::from_u32(u32::from_str_radix(hex, 16).unwrap())
                                            .unwrap(),
                                    );
                                } else {
                                    out.push(n as char);
                                }
                            }
                            _ => out.push(c as char),
                        }
                    }
                    V::S(out)
                }
                b'f' => {
                    self.i += 1;
                    let st = self.i;
                    while !matches!(self.peek(), None | Some(b' ') | Some(b',')) {
                        self.i += 1;
                    }
                    V::F(
                        std::str::from_utf8(&self.s[st..self.i])
                            .unwrap()
                            .parse()
                            .unwrap(),
                    )
                }
                _ => {
                    let st = self.i;
                    while !matches!(self.peek(), None | Some(b' ') | Some(b',')) {
                        self.i += 1;
                    }
                    V::I(
                        std::str::from_utf8(&self.s[st..self.i])
                            .unwrap()
                            .parse()
                            .unwrap(),
                    )
                }
            }
        }
        fn values(&mut self) -> Vec<V> {
            let mut out = Vec::new();
            while !self.at_end() {
                out.push(self.value());
            }
            out
        }
    }

    type T = SetTable<V>;

    fn eqf() -> impl FnMut(&V, &V) -> Result<bool, Infallible> {
        |a: &V, b: &V| Ok(py_eq(a, b))
    }

    fn hv(items: &[V]) -> Vec<(i64, V)> {
        items.iter().map(|v| (py_hash(v), v.clone())).collect()
    }

    fn oks(items: &[V]) -> Vec<Result<(i64, V), Infallible>> {
        hv(items).into_iter().map(Ok).collect()
    }

    /// `dict.fromkeys(items)`: first occurrence of each key, in order.
    fn dict_keys(items: &[V]) -> Vec<(i64, V)> {
        let mut out: Vec<(i64, V)> = Vec::new();
        for (h, v) in hv(items) {
            if !out.iter().any(|(_, u)| py_eq(u, &v)) {
                out.push((h, v));
            }
        }
        out
    }

    fn from_items(items: &[V]) -> T {
        let mut t = T::new();
        t.update_from_iter(oks(items), &mut eqf()).unwrap();
        t
    }

    fn from_dict(items: &[V]) -> T {
        let keys = dict_keys(items);
        let mut t = T::new();
        t.update_from_dict(keys.len(), keys, &mut eqf()).unwrap();
        t
    }

    fn get<'m>(env: &'m HashMap<String, T>, name: &str) -> &'m T {
        env.get(name).unwrap_or_else(|| panic!("no set {name}"))
    }

    /// Runs a test script.  One command per line:
    /// `case NAME`, `hash V H`, `hashbytes HEX H`, `new A V..` (inserts),
    /// `lit A V..` / `lit3 A V..` (set display without / with the
    /// interning rebuild), `forlit A V..` / `forlit3 A V..` (constant
    /// frozenset of a `for` loop), `dict A V..` (`set(dict.fromkeys(..))`), `keys A V..`
    /// (`set(dict.fromkeys(..).keys())`), `add A V`, `discard A V`,
    /// `pop A EXPECTED`, `clear A`, `or|and|sub|xor C A B`, `ior|iand|isub|ixor
    /// A B`, `copy C A`, `unionl|interl|diffl|symdiffl|uniond|interd|diffd|symdiffd
    /// C A V..` (method with a list / dict.fromkeys argument), `updl|interupdl|
    /// diffupdl|symupdl|updd|symupdd|diffupdd A V..`, `range|unrange A KIND START
    /// STOP STEP` (add/discard `i`, `str(i)`, `i + 0.5` or `-7919*i` for KIND
    /// `i`/`s`/`f`/`n`), `digest A SUM LEN` (`sum((k+1) * hash(x_k))` mod
    /// 2**64 over `list(A)`), `expect A V..` (`list(A)`).
    /// Values: ints, `f<float>`, `'str'` (with `\u{hex}` escapes), `(tuple,)`,
    /// `{frozenset,}`.  Returns the number of checks performed.
    pub(crate) fn run_script(script: &str) -> usize {
        let mut env: HashMap<String, T> = HashMap::new();
        let mut case = String::new();
        let mut checks = 0;
        let mut eq = eqf();
        for line in script.lines() {
            if line.trim().is_empty() {
                continue;
            }
            let mut p = P {
                s: line.as_bytes(),
                i: 0,
            };
            let cmd = p.word();
            let ctx = format!("case {case}: {line}");
            match cmd {
                "case" => {
                    case = p.word().to_string();
                    env.clear();
                }
                "hash" => {
                    let v = p.value();
                    let want: i64 = p.word().parse().unwrap();
                    assert_eq!(py_hash(&v), want, "{ctx}");
                    checks += 1;
                }
                "hashbytes" => {
                    let hex = p.word();
                    let want: i64 = p.word().parse().unwrap();
                    let bytes: Vec<u8> = if hex == "-" {
                        Vec::new()
                    } else {
                        (0..hex.len() / 2)
                            .map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).unwrap())
                            .collect()
                    };
                    assert_eq!(hash_bytes(&bytes), want, "{ctx}");
                    checks += 1;
                }
                "new" | "lit" | "lit3" | "forlit" | "forlit3" | "dict" | "keys" => {
                    let name = p.word().to_string();
                    let items = p.values();
                    let t = match cmd {
                        "new" | "keys" => from_items(&items),
                        "dict" => from_dict(&items),
                        "lit" if items.len() <= 2 => from_items(&items),
                        "lit" | "lit3" => {
                            let mut fs = T::frozenset_constant(hv(&items), &mut eq).unwrap();
                            if cmd == "lit3" {
                                fs = fs.rebuilt();
                            }
                            let mut t = T::new();
                            t.merge_from(&fs, &mut eq).unwrap();
                            t
                        }
                        "forlit" => T::frozenset_constant(hv(&items), &mut eq).unwrap(),
                        _ => T::frozenset_constant(hv(&items), &mut eq)
                            .unwrap()
                            .rebuilt(),
                    };
                    env.insert(name, t);
                }
                "add" | "discard" => {
                    let name = p.word().to_string();
                    let v = p.value();
                    let t = env.get_mut(&name).unwrap();
                    let h = py_hash(&v);
                    if cmd == "add" {
                        t.insert(h, v, &mut eq).unwrap();
                    } else {
                        t.remove(h, &v, &mut eq).unwrap();
                    }
                }
                "pop" => {
                    let name = p.word().to_string();
                    let want = p.value();
                    let got = env.get_mut(&name).unwrap().pop().unwrap();
                    assert!(strict_eq(&got, &want), "{ctx}: popped {got:?}");
                    checks += 1;
                }
                "clear" => env.get_mut(p.word()).unwrap().clear(),
                "or" | "and" | "sub" | "xor" => {
                    let c = p.word().to_string();
                    let a = get(&env, p.word());
                    let b = get(&env, p.word());
                    let r = match cmd {
                        "or" => a.union(b, &mut eq),
                        "and" => a.intersection(b, &mut eq),
                        "sub" => a.difference(b, &mut eq),
                        _ => a.symmetric_difference(b, &mut eq),
                    }
                    .unwrap();
                    env.insert(c, r);
                }
                "ior" | "iand" | "isub" | "ixor" => {
                    let a = p.word().to_string();
                    let b = p.word().to_string();
                    let mut ta = env.remove(&a).unwrap();
                    if a == b {
                        match cmd {
                            "ior" => {}
                            "iand" => {
                                let c = ta.copy();
                                ta.replace_body(c);
                            }
                            _ => ta.clear(),
                        }
                    } else {
                        let tb = get(&env, &b);
                        match cmd {
                            "ior" => ta.merge_from(tb, &mut eq).unwrap(),
                            "iand" => {
                                let r = ta.intersection(tb, &mut eq).unwrap();
                                ta.replace_body(r);
                            }
                            "isub" => ta.difference_update(tb, &mut eq).unwrap(),
                            _ => ta.symmetric_difference_update(tb, &mut eq).unwrap(),
                        }
                    }
                    env.insert(a, ta);
                }
                "copy" => {
                    let c = p.word().to_string();
                    let r = get(&env, p.word()).copy();
                    env.insert(c, r);
                }
                "unionl" | "interl" | "diffl" | "symdiffl" | "uniond" | "interd" | "diffd"
                | "symdiffd" => {
                    let c = p.word().to_string();
                    let a = get(&env, p.word());
                    let items = p.values();
                    let r = match cmd {
                        "unionl" => {
                            let mut r = a.copy();
                            r.update_from_iter(oks(&items), &mut eq).unwrap();
                            r
                        }
                        "uniond" => {
                            let mut r = a.copy();
                            let keys = dict_keys(&items);
                            r.update_from_dict(keys.len(), keys, &mut eq).unwrap();
                            r
                        }
                        "interl" => a.intersection_iter(oks(&items), &mut eq).unwrap(),
                        "interd" => a
                            .intersection_iter(dict_keys(&items).into_iter().map(Ok), &mut eq)
                            .unwrap(),
                        "diffl" => a.difference_iter(oks(&items), &mut eq).unwrap(),
                        "diffd" => {
                            let keys = dict_keys(&items);
                            let mut contains = |k: &V, _h: i64| -> Result<bool, Infallible> {
                                Ok(keys.iter().any(|(_, u)| py_eq(u, k)))
                            };
                            a.difference_dict(keys.len(), keys.clone(), &mut contains, &mut eqf())
                                .unwrap()
                        }
                        "symdiffl" => {
                            let mut r = from_items(&items);
                            r.symmetric_difference_update(a, &mut eq).unwrap();
                            r
                        }
                        _ => {
                            let mut r = from_dict(&items);
                            r.symmetric_difference_update(a, &mut eq).unwrap();
                            r
                        }
                    };
                    env.insert(c, r);
                }
                "updl" | "interupdl" | "diffupdl" | "symupdl" | "updd" | "symupdd" | "diffupdd" => {
                    let name = p.word().to_string();
                    let items = p.values();
                    let t = env.get_mut(&name).unwrap();
                    match cmd {
                        "updl" => t.update_from_iter(oks(&items), &mut eq).unwrap(),
                        "updd" => {
                            let keys = dict_keys(&items);
                            t.update_from_dict(keys.len(), keys, &mut eq).unwrap()
                        }
                        "interupdl" => {
                            let r = t.intersection_iter(oks(&items), &mut eq).unwrap();
                            t.replace_body(r);
                        }
                        "diffupdl" => t.difference_update_iter(oks(&items), &mut eq).unwrap(),
                        "diffupdd" => t
                            .difference_update_iter(dict_keys(&items).into_iter().map(Ok), &mut eq)
                            .unwrap(),
                        "symupdl" => {
                            let tmp = from_items(&items);
                            t.symmetric_difference_update(&tmp, &mut eq).unwrap()
                        }
                        _ => t
                            .symmetric_difference_update_items(dict_keys(&items), &mut eq)
                            .unwrap(),
                    }
                }
                "range" | "unrange" => {
                    let name = p.word().to_string();
                    let kind = p.word().to_string();
                    let nums: Vec<i64> = (0..3).map(|_| p.word().parse().unwrap()).collect();
                    let t = env.entry(name).or_default();
                    let mut i = nums[0];
                    while i < nums[1] {
                        let v = match kind.as_str() {
                            "i" => V::I(i.into()),
                            "s" => V::S(i.to_string()),
                            "f" => V::F(i as f64 + 0.5),
                            _ => V::I((-i * 7919).into()),
                        };
                        let h = py_hash(&v);
                        if cmd == "range" {
                            t.insert(h, v, &mut eq).unwrap();
                        } else {
                            t.remove(h, &v, &mut eq).unwrap();
                        }
                        i += nums[2];
                    }
                }
                "digest" => {
                    let t = get(&env, p.word());
                    let want: u64 = p.word().parse().unwrap();
                    let want_len: usize = p.word().parse().unwrap();
                    let mut d: u64 = 0;
                    for (i, (_, h)) in t.iter().enumerate() {
                        d = d.wrapping_add((i as u64 + 1).wrapping_mul(h as u64));
                    }
                    assert_eq!((d, t.len()), (want, want_len), "{ctx}");
                    checks += 1;
                }
                "expect" => {
                    let name = p.word().to_string();
                    let want = p.values();
                    let t = get(&env, &name);
                    let got: Vec<V> = t.iter().map(|(k, _)| k.clone()).collect();
                    let same = got.len() == want.len()
                        && got.iter().zip(&want).all(|(g, w)| strict_eq(g, w));
                    assert!(same, "{ctx}\n got: {got:?}");
                    assert_eq!(t.len(), want.len());
                    for (k, h) in t.iter() {
                        assert_eq!(h, py_hash(k));
                    }
                    checks += 1;
                }
                other => panic!("unknown command {other}"),
            }
        }
        checks
    }

    #[test]
    fn hash_spot_checks() {
        assert_eq!(hash_int_i64(-1), -2);
        assert_eq!(hash_int_i64(i64::MIN), -4);
        assert_eq!(hash_float(f64::NAN), 0);
        assert_eq!(hash_float_with_identity(f64::NAN, 0x1234_5670), 0x0123_4567);
        assert_eq!(hash_pointer(0x10), 1);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_frozenset(&[]), 133_146_708_735_736);
        assert_eq!(
            hash_code_points(&[0x61, 0xd800]),
            hash_code_points(&[0x61, 0xd800])
        );
        // hash(complex(1.5, -2.0)) and hash(2j) from CPython 3.11.
        assert_eq!(hash_complex(1.5, -2.0, 0), COMPLEX_1);
        assert_eq!(hash_complex(0.0, 2.0, 0), 2_000_006);
        assert_eq!(hash_complex(3.0, 0.0, 0), 3);
    }

    #[test]
    fn set_table_basics() {
        let mut eq = eqf();
        let mut t = T::new();
        assert!(t.is_empty());
        assert_eq!(t.capacity(), 8);
        for i in 0..5 {
            assert!(t.insert(hash_int_i64(i), V::I(i.into()), &mut eq).unwrap());
        }
        assert!(!t.insert(hash_float(3.0), V::F(3.0), &mut eq).unwrap());
        assert_eq!(t.capacity(), 32);
        assert!(t.contains(hash_float(2.0), &V::F(2.0), &mut eq).unwrap());
        assert!(matches!(
            t.get(hash_float(2.0), &V::F(2.0), &mut eq).unwrap(),
            Some(V::I(_))
        ));
        assert!(t.remove(2, &V::I(2.into()), &mut eq).unwrap().is_some());
        assert!(t.remove(2, &V::I(2.into()), &mut eq).unwrap().is_none());
        assert_eq!(t.entry_at(2).map(|(i, _, h)| (i, h)), Some((3, 3)));
        assert_eq!(t.len(), 4);
        // Errors from eq propagate (only called on hash matches).
        let mut failing = |_: &V, _: &V| -> Result<bool, &'static str> { Err("boom") };
        assert_eq!(t.insert(1, V::F(1.0), &mut failing), Err("boom"));
        assert_eq!(t.insert(99, V::I(99.into()), &mut failing), Ok(true));
        t.clear();
        assert_eq!((t.len(), t.capacity()), (0, 8));
        assert!(t.pop().is_none());
    }

    const COMPLEX_1: i64 = 1_152_921_504_604_846_971;

    #[test]
    fn cpython_scripts() {
        let n = run_script(SCRIPT);
        assert!(n > 100, "only {n} checks");
    }

    /// Generated by CPython 3.11.7, PYTHONHASHSEED=0.
    const SCRIPT: &str = r#"
case hashes
hash 0 0
hash 1 1
hash -1 -2
hash -2 -2
hash 2305843009213693951 0
hash 2305843009213693952 1
hash 2305843009213693950 2305843009213693950
hash -2305843009213693952 -2
hash -2305843009213693951 0
hash -18446744073709551616 -8
hash 18446744073709551616 8
hash 1267650600228229401496703205376 549755813888
hash -1267650600228229401496703205376 -549755813888
hash 100000000000000000000 848750603811160107
hash 9223372036854775807 3
hash -9223372036854775808 -4
hash 123456789 123456789
hash -987654321 -987654321
hash f0.5 1152921504606846976
hash f-0.0 0
hash f0.0 0
hash f1e+300 1224995262755759164
hash finf 314159
hash f-inf -314159
hash f1.5 1152921504606846977
hash f-1.5 -1152921504606846977
hash f2.0 2
hash f0.1 230584300921369408
hash f1e-310 615709907932414099
hash f5e-324 16777216
hash f1.7976931348623157e+308 2234066890152476671
hash f1.1805916207174113e+21 512
hash f-123.456 -1051464412201451643
hash '' 0
hash 'a' 4644417185603328019
hash 'abc' -4594863902769663758
hash 'hello world' -5642461784034726774
hash 'caf\u{e9}' 137524001917817222
hash '\u{ff}' 3476900567878811119
hash '\u{4e2d}\u{6587}' 501833946989431548
hash '\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}' 5570022306295089571
hash '\u{1f600}' -3536540696076613844
hash 'a\u{1f600}' -6970120874385731343
hash '\u{ffff}' 2147057924765956750
hash '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}' 2095251911501420349
hash 'abcdefgh' 4574395652268504554
hash 'abcdefghi' -532774252720507163
hash 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' 1359644457043326220
hash () 5740354900026072187
hash (1,) -6644214454873602895
hash (1,2,) -3550055125485641917
hash (1,(2,3,),) 7267574591690527098
hash ('a',f1.5,-1,) 3545662396663128646
hash ((),((),),) 578447794611251343
hash (1267650600228229401496703205376,'\u{e9}',) -7172363235377365372
hash {} 133146708735736
hash {1,} -558064481276695278
hash {1,2,3,} -272375401224217160
hash {'a','b',} 1679668661828516449
hash {{3,},(1,2,),} -4524728864588092541
hashbytes - 0
hashbytes 61 4644417185603328019
hashbytes 616263 -4594863902769663758
hashbytes 000102030405060708090a0b0c0d0e0f10111213 7178233520606413056
hashbytes ffffffffffffffffff -2129700217430894956
case hello_world
new a 'h' 'e' 'l' 'l' 'o' ' ' 'w' 'o' 'r' 'l' 'd'
expect a ' ' 'd' 'r' 'h' 'o' 'e' 'w' 'l'
case hello_world_lit
lit a 'h' 'e' 'l' 'l' 'o' ' ' 'w' 'o' 'r' 'l' 'd'
expect a ' ' 'd' 'r' 'h' 'o' 'e' 'w' 'l'
case fruits_lit
lit a 'apple' 'banana' 'cherry'
expect a 'banana' 'cherry' 'apple'
case fruits_new
new a 'apple' 'banana' 'cherry'
expect a 'banana' 'apple' 'cherry'
case sentence_words
new a 'the' 'quick' 'brown' 'fox' 'jumps' 'over' 'the' 'lazy' 'dog'
expect a 'brown' 'fox' 'the' 'over' 'quick' 'jumps' 'lazy' 'dog'
case sentence_words_lit
lit a 'the' 'quick' 'brown' 'fox' 'jumps' 'over' 'the' 'lazy' 'dog'
expect a 'brown' 'fox' 'the' 'over' 'quick' 'jumps' 'lazy' 'dog'
case frozen_strs
new a 'x' 'y' 'z' 'spam' 'eggs' 'ham'
expect a 'y' 'x' 'z' 'eggs' 'ham' 'spam'
case neg_ints
new a -1 -2 -3 -5 -8 -13 -21 -100 -2
expect a -21 -13 -2 -8 -5 -100 -3 -1
case neg_ints_lit
lit a -1 -2 -3 -5 -8 -13 -21 -100 -2
expect a -21 -13 -1 -8 -5 -100 -3 -2
case small_ints_rev
new a 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
expect a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
case small_ints_mod
new a 0 8 16 24 32 40 48 56 64 72 80 88 3 11 19
expect a 0 32 64 3 8 40 72 11 16 48 80 19 24 56 88
case collide_8
new a 0 8 16 24 1 9 17
expect a 0 1 8 9 16 17 24
case comprehension
new a 0 1 4 9 16 8 2 15 13 13 15 2 8 16 9 4 1 0 1 4 9 16 8 2 15 13 13 15 2 8
expect a 0 1 2 4 8 9 13 15 16
case tuples
new a (1,2,) (2,1,) ('a',1,) (1,(2,3,),) () (0,) ('x','y','z',)
expect a (1,2,) (2,1,) ('x','y','z',) (0,) ('a',1,) (1,(2,3,),) ()
case tuples_lit
lit a (1,2,) (2,1,) ('a',1,) (1,(2,3,),) () (0,) ('x','y','z',)
expect a (1,2,) (2,1,) ('x','y','z',) (0,) ('a',1,) (1,(2,3,),) ()
case bigints
new a 2305843009213693951 2305843009213693952 2305843009213693953 4611686018427387907 -2305843009213693952 -18446744073709551616 18446744073709551616 1267650600228229401496703205376 -1267650600228229401496703205369 100000000000000000001 1000000000000000000000000000000 9223372036854775807 -9223372036854775808 9223372036854775808
expect a 2305843009213693951 2305843009213693952 2305843009213693953 1267650600228229401496703205376 1000000000000000000000000000000 4611686018427387907 9223372036854775807 -1267650600228229401496703205369 18446744073709551616 9223372036854775808 100000000000000000001 -18446744073709551616 -9223372036854775808 -2305843009213693952
case floats
new a f0.5 f1.5 f2.0 f1e+300 f-0.0 f0.25 f3.75 f1.4142135623730951
expect a f0.5 f1.5 f2.0 f-0.0 f0.25 f3.75 f1.4142135623730951 f1e+300
case int_float_eq
new a 1 f1.0 f2.0 2 3
expect a 1 f2.0 3
new b f1.0 2 5
expect b f1.0 2 5
and c a b
expect c f1.0 2
and c b a
expect c 1 f2.0
or c a b
expect c 1 f2.0 3 5
case pops
new a 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h'
expect a 'd' 'f' 'g' 'h' 'b' 'c' 'a' 'e'
pop a 'd'
expect a 'f' 'g' 'h' 'b' 'c' 'a' 'e'
pop a 'f'
expect a 'g' 'h' 'b' 'c' 'a' 'e'
add a 'z'
expect a 'z' 'g' 'h' 'b' 'c' 'a' 'e'
pop a 'z'
expect a 'g' 'h' 'b' 'c' 'a' 'e'
add a 'b'
expect a 'g' 'h' 'b' 'c' 'a' 'e'
pop a 'g'
expect a 'h' 'b' 'c' 'a' 'e'
clear a
expect a
new b
expect b
add a 'q'
expect a 'q'
add a 'r'
expect a 'q' 'r'
add a 's'
expect a 'q' 's' 'r'
pop a 'q'
expect a 's' 'r'
pop a 's'
expect a 'r'
case pops_ints
new a 0 1 2 3 4 5 6 7 8 9
expect a 0 1 2 3 4 5 6 7 8 9
pop a 0
expect a 1 2 3 4 5 6 7 8 9
pop a 1
expect a 2 3 4 5 6 7 8 9
pop a 2
expect a 3 4 5 6 7 8 9
add a 0
expect a 0 3 4 5 6 7 8 9
add a 100
expect a 0 3 4 5 6 7 8 9 100
pop a 3
expect a 0 4 5 6 7 8 9 100
pop a 4
expect a 0 5 6 7 8 9 100
case setops
new a 'apple' 'banana' 'cherry' 'date' 'fig'
expect a 'banana' 'apple' 'fig' 'cherry' 'date'
new b 'cherry' 'date' 'kiwi' 'lemon'
expect b 'date' 'kiwi' 'lemon' 'cherry'
or c a b
expect c 'banana' 'apple' 'fig' 'cherry' 'date' 'kiwi' 'lemon'
or c b a
expect c 'banana' 'apple' 'cherry' 'fig' 'date' 'kiwi' 'lemon'
and c a b
expect c 'date' 'cherry'
sub c a b
expect c 'banana' 'fig' 'apple'
sub c b a
expect c 'kiwi' 'lemon'
xor c a b
expect c 'banana' 'apple' 'fig' 'kiwi' 'lemon'
xor c b a
expect c 'banana' 'apple' 'fig' 'kiwi' 'lemon'
case setops_ints
new a 0 3 6 9 12 15 18 21 24 27 30 33 36 39
expect a 0 33 3 36 6 39 9 12 15 18 21 24 27 30
new b 0 5 10 15 20 25 30 35
expect b 0 35 5 10 15 20 25 30
or c a b
expect c 0 3 5 6 9 10 12 15 18 20 21 24 25 27 30 33 35 36 39
and c a b
expect c 0 30 15
sub c a b
expect c 33 3 36 6 39 9 12 18 21 24 27
xor c a b
expect c 3 5 6 9 10 12 18 20 21 24 25 27 33 35 36 39
ior a b
expect a 0 3 5 6 9 10 12 15 18 20 21 24 25 27 30 33 35 36 39
isub a b
expect a 3 6 9 12 18 21 24 27 33 36 39
ixor a b
expect a 0 3 5 6 9 10 12 15 18 20 21 24 25 27 30 33 35 36 39
iand a b
expect a 0 35 5 10 15 20 25 30
case self_ops
new a 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j'
expect a 'd' 'f' 'g' 'h' 'b' 'i' 'c' 'a' 'j' 'e'
or c a a
expect c 'd' 'f' 'g' 'h' 'b' 'i' 'c' 'a' 'j' 'e'
and c a a
expect c 'd' 'f' 'g' 'h' 'b' 'i' 'c' 'a' 'j' 'e'
xor c a a
expect c
ior a a
expect a 'd' 'f' 'g' 'h' 'b' 'i' 'c' 'a' 'j' 'e'
iand a a
expect a 'd' 'f' 'g' 'h' 'b' 'i' 'c' 'a' 'j' 'e'
isub a a
expect a
case dict_vs_keys
dict a 'one' 'two' 'three' 'four' 'five' 'six' 'seven' 'eight' 'nine' 'ten' 'eleven' 'twelve'
expect a 'one' 'nine' 'five' 'three' 'two' 'twelve' 'ten' 'six' 'four' 'eleven' 'seven' 'eight'
keys b 'one' 'two' 'three' 'four' 'five' 'six' 'seven' 'eight' 'nine' 'ten' 'eleven' 'twelve'
expect b 'one' 'nine' 'five' 'three' 'two' 'twelve' 'ten' 'six' 'four' 'eleven' 'seven' 'eight'
new c 'one' 'two' 'three' 'four' 'five' 'six' 'seven' 'eight' 'nine' 'ten' 'eleven' 'twelve'
expect c 'one' 'nine' 'five' 'three' 'two' 'twelve' 'ten' 'six' 'four' 'eleven' 'seven' 'eight'
case removals
new a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
expect a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 0
expect a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 2
expect a 1 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 4
expect a 1 3 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 6
expect a 1 3 5 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 8
expect a 1 3 5 7 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 10
expect a 1 3 5 7 9 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 12
expect a 1 3 5 7 9 11 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 14
expect a 1 3 5 7 9 11 13 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 16
expect a 1 3 5 7 9 11 13 15 17 18 19 20 21 22 23 24 25 26 27 28 29
discard a 18
expect a 1 3 5 7 9 11 13 15 17 19 20 21 22 23 24 25 26 27 28 29
discard a 20
expect a 1 3 5 7 9 11 13 15 17 19 21 22 23 24 25 26 27 28 29
discard a 22
expect a 1 3 5 7 9 11 13 15 17 19 21 23 24 25 26 27 28 29
discard a 24
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 26 27 28 29
discard a 26
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 28 29
discard a 28
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29
add a 100
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100
add a 101
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101
add a 102
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102
add a 103
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103
add a 104
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104
add a 105
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104 105
add a 106
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104 105 106
add a 107
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104 105 106 107
add a 108
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104 105 106 107 108
add a 109
expect a 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 100 101 102 103 104 105 106 107 108 109
case removals_str
new a 'the' 'quick' 'brown' 'fox' 'jumps' 'over' 'the' 'lazy' 'dog' 'apple' 'banana' 'cherry' 'date' 'elderberry' 'fig' 'grape' 'honeydew' 'kiwi' 'lemon' 'mango'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'date' 'the' 'lemon' 'apple' 'fig' 'cherry' 'jumps' 'lazy' 'fox' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'the'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'date' 'lemon' 'apple' 'fig' 'cherry' 'jumps' 'lazy' 'fox' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'fox'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'date' 'lemon' 'apple' 'fig' 'cherry' 'jumps' 'lazy' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'the'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'date' 'lemon' 'apple' 'fig' 'cherry' 'jumps' 'lazy' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'apple'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'date' 'lemon' 'fig' 'cherry' 'jumps' 'lazy' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'date'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'lemon' 'fig' 'cherry' 'jumps' 'lazy' 'grape' 'elderberry' 'honeydew' 'dog'
discard a 'grape'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'lemon' 'fig' 'cherry' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
discard a 'lemon'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'fig' 'cherry' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
add a 'xi'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'xi' 'fig' 'cherry' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
add a 'omicron'
expect a 'banana' 'brown' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
add a 'pi'
expect a 'banana' 'brown' 'pi' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
add a 'rho'
expect a 'banana' 'brown' 'pi' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'rho' 'jumps' 'lazy' 'elderberry' 'honeydew' 'dog'
add a 'sigma'
expect a 'banana' 'brown' 'pi' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'rho' 'jumps' 'lazy' 'sigma' 'elderberry' 'honeydew' 'dog'
add a 'tau'
expect a 'banana' 'brown' 'pi' 'tau' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'rho' 'jumps' 'lazy' 'sigma' 'elderberry' 'honeydew' 'dog'
add a 'upsilon'
expect a 'banana' 'brown' 'pi' 'tau' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'rho' 'jumps' 'lazy' 'upsilon' 'sigma' 'elderberry' 'honeydew' 'dog'
add a 'phi'
expect a 'banana' 'brown' 'pi' 'tau' 'over' 'mango' 'quick' 'kiwi' 'xi' 'omicron' 'fig' 'cherry' 'rho' 'phi' 'jumps' 'lazy' 'upsilon' 'sigma' 'elderberry' 'honeydew' 'dog'
case difference_copy_path
new a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
expect a 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
new b 1 2 3
expect b 1 2 3
sub c a b
expect c 0 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
diffl c a 5 6 7 5 6 7 5 6 7
expect c 0 1 2 3 4 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
case forlit
forlit a 'apple' 'banana' 'cherry' 'date' 'elderberry' 'fig'
expect a 'banana' 'fig' 'cherry' 'apple' 'date' 'elderberry'
case forlit_ints
forlit a 5 3 17 33 1 9 100 1000
expect a 1 33 3 100 5 1000 9 17
case unicode
new a 'caf\u{e9}' 'na\u{ef}ve' '\u{fc}ber' 'stra\u{df}e' '\u{ff}es' '\u{4e2d}\u{6587}' '\u{5b57}\u{7b26}\u{4e32}' '\u{65e5}\u{672c}\u{8a9e}' '\u{1f600}' '\u{1f389}party' 'a\u{1f600}b' '\u{100}\u{112}\u{12a}' '\u{3a9}mega' '\u{20ac}uro' 'x\u{e9}' '\u{100}' '\u{ffff}' '\u{1f600}\u{1f601}' 'tab\u{9}nl\u{a}' 'it\'s' 'back\\slash' '' ' ' 'A'
expect a '' ' ' 'caf\u{e9}' 'A' 'x\u{e9}' '\u{ffff}' '\u{1f600}\u{1f601}' '\u{1f389}party' '\u{3a9}mega' '\u{1f600}' 'stra\u{df}e' 'it\'s' '\u{20ac}uro' 'back\\slash' '\u{100}\u{112}\u{12a}' '\u{ff}es' 'na\u{ef}ve' '\u{100}' '\u{5b57}\u{7b26}\u{4e32}' '\u{65e5}\u{672c}\u{8a9e}' 'a\u{1f600}b' 'tab\u{9}nl\u{a}' '\u{fc}ber' '\u{4e2d}\u{6587}'
case lit_interned
lit3 a 67 'b' 59 'c'
expect a 59 'c' 67 'b'
lit3 b 11 'a2' 3 'b12'
expect b 3 'a2' 11 'b12'
forlit3 c 67 'b' 59 'c'
expect c 59 'c' 67 'b'
case lit_interned2
lit3 a 67 'b' 59 'c' 'x y' 1000
expect a 'c' 67 1000 59 'x y' 'b'
lit3 b 'list' 'dict' 'x y' 'set' 'tuple' 'int' 'str'
expect b 'int' 'str' 'set' 'tuple' 'x y' 'list' 'dict'
case big_ints
range a i 0 60000 1
digest a 71999999980000 60000
unrange a i 0 60000 3
digest a 32000599990000 40000
range a i 100000 130000 7
digest a 52818185686530 44286
copy b a
digest b 52818185686530 44286
case big_strs
range a s 0 70000 1
digest a 8676103490248992879 70000
unrange a s 0 70000 2
digest a 17277930423070640033 35000
range b s 0 70000 5
digest b 6080116195442661406 14000
and c a b
digest c 9406023642513197102 7000
xor c a b
digest c 10548450387290882964 35000
sub c a b
digest c 18098132553622514875 28000
or c a b
digest c 4049254869622954209 42000
isub a b
digest a 13336788407993396405 28000
case mid_mixed
range a f 0 3000 1
range a n 0 3000 2
digest a 13834991483855816896 4500
unrange a f 0 3000 4
digest a 8070397311289394766 3750
pop a f1.5
pop a f2.5
pop a f3.5
pop a f5.5
pop a f6.5
digest a 17293769437156653095 3745
copy b a
digest b 3458715559033927218 3745
case rand0
dict a '\u{ff}\u{fc}\u{df}' 'alpha' 'xi' 'iota' 'phi' 'yybb' 'jumps' 'orange' 'gamma' 'zeta' '\u{1f600}' '\u{df}\u{e9}'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'xi' 'orange' '\u{ff}\u{fc}\u{df}'
new b 'alpha' 'phi' 'phi' 'a\u{1f600}b' 'yybb' 'g' 'zeta' 'alpha' '\u{ff}\u{fc}\u{df}' '\u{df}\u{e9}' 'orange' 'python' 'iota'
expect b 'alpha' 'g' 'phi' 'yybb' 'iota' 'zeta' 'python' 'a\u{1f600}b' '\u{df}\u{e9}' 'orange' '\u{ff}\u{fc}\u{df}'
add b 'orange'
expect b 'alpha' 'g' 'phi' 'yybb' 'iota' 'zeta' 'python' 'a\u{1f600}b' '\u{df}\u{e9}' 'orange' '\u{ff}\u{fc}\u{df}'
add b 'iota'
expect b 'alpha' 'g' 'phi' 'yybb' 'iota' 'zeta' 'python' 'a\u{1f600}b' '\u{df}\u{e9}' 'orange' '\u{ff}\u{fc}\u{df}'
add b '\u{df}\u{e9}'
expect b 'alpha' 'g' 'phi' 'yybb' 'iota' 'zeta' 'python' 'a\u{1f600}b' '\u{df}\u{e9}' 'orange' '\u{ff}\u{fc}\u{df}'
add a 'alpha'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'xi' 'orange' '\u{ff}\u{fc}\u{df}'
add a '\u{ff}\u{fc}\u{df}'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'xi' 'orange' '\u{ff}\u{fc}\u{df}'
add a 'orange'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'xi' 'orange' '\u{ff}\u{fc}\u{df}'
discard a 'python'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'xi' 'orange' '\u{ff}\u{fc}\u{df}'
discard a 'xi'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{1f600}' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'orange' '\u{ff}\u{fc}\u{df}'
discard a '\u{1f600}'
expect a 'alpha' 'phi' 'yybb' 'iota' 'zeta' '\u{df}\u{e9}' 'gamma' 'jumps' 'orange' '\u{ff}\u{fc}\u{df}'
discard a 'zeta'
expect a 'alpha' 'phi' 'yybb' 'iota' '\u{df}\u{e9}' 'gamma' 'jumps' 'orange' '\u{ff}\u{fc}\u{df}'
discard a 'iota'
expect a 'alpha' 'phi' 'yybb' '\u{df}\u{e9}' 'gamma' 'jumps' 'orange' '\u{ff}\u{fc}\u{df}'
discard a '\u{ff}\u{fc}\u{df}'
expect a 'alpha' 'phi' 'yybb' '\u{df}\u{e9}' 'gamma' 'jumps' 'orange'
case rand1
new a f0.1 f1e+16 f1.5 f1.5
expect a f0.1 f1e+16 f1.5
lit b f2.75 f2.5e-310 f-1e-300 f3.75 f2.5e-310 f3.0 f0.5 f7.0 f0.5 f-0.0 f3.0
expect b f0.5 f-0.0 f2.75 f3.75 f3.0 f7.0 f2.5e-310 f-1e-300
pop b f0.5
expect b f-0.0 f2.75 f3.75 f3.0 f7.0 f2.5e-310 f-1e-300
pop b f-0.0
expect b f2.75 f3.75 f3.0 f7.0 f2.5e-310 f-1e-300
pop a f0.1
expect a f1e+16 f1.5
pop a f1e+16
expect a f1.5
ixor b a
expect b f1.5 f2.75 f3.75 f3.0 f7.0 f2.5e-310 f-1e-300
symupdl a f2.5e-310 f3.0 f2.5e-310 f-2.25 f1.5 f7.0 f-1e-300 f-1e-300 f1.5 f7.0 f7.0
expect a f2.5e-310 f-1e-300 f3.0 f7.0 f-2.25
interupdl a f2.75 f0.5 f7.0 f1.5 f-2.25 f-2.25 f-1e-300 f1.5 f3.75
expect a f-1e-300 f-2.25 f7.0
pop a f-2.25
expect a f-1e-300 f7.0
pop a f7.0
expect a f-1e-300
discard b f3.0
expect b f1.5 f2.75 f3.75 f7.0 f2.5e-310 f-1e-300
discard b f7.0
expect b f1.5 f2.75 f3.75 f2.5e-310 f-1e-300
discard b f3.0
expect b f1.5 f2.75 f3.75 f2.5e-310 f-1e-300
discard b f-1e-300
expect b f1.5 f2.75 f3.75 f2.5e-310
case rand2
new a 'dhi' 'quick' '\u{1f600}\u{1f601}' '\u{7b26}\u{7b26}' 'hb' 'beta' 'kappa' 'elderberry' 'ej' '\u{df}' 'delta' '\u{e9}\u{ff}\u{df}' 'iota' '\u{fc}' 'iota' 'apple' '\u{ff}es'
expect a 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' 'iota' '\u{fc}' 'dhi' 'delta' '\u{1f600}\u{1f601}' 'elderberry' 'hb' 'quick' '\u{df}' '\u{7b26}\u{7b26}'
dict b 'beta' 'raspberry' '\u{df}' 'apple' 'hji' 'beta' 'elderberry' '\u{ff}es' 'a\u{1f600}\u{1f600}' 'dhi' 'apple' 'hb' '\u{ff}es' 'delta' '\u{1f600}\u{1f601}' 'hji' 'back\\slash' '\u{1f600}\u{1f601}' 'quick' 'kappa' 'elderberry' '\u{fc}'
expect b 'beta' 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'elderberry'
add b '\u{1f600}\u{1f601}'
expect b 'beta' 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'elderberry'
add b '\u{df}'
expect b 'beta' 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'elderberry'
add b 'hji'
expect b 'beta' 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'elderberry'
add b 'it\'s'
expect b 'beta' 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
pop b 'beta'
expect b 'apple' 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
pop b 'apple'
expect b 'kappa' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
pop b 'kappa'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
discard a 'back\\slash'
expect a 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' 'iota' '\u{fc}' 'dhi' 'delta' '\u{1f600}\u{1f601}' 'elderberry' 'hb' 'quick' '\u{df}' '\u{7b26}\u{7b26}'
discard a 'iota'
expect a 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' '\u{fc}' 'dhi' 'delta' '\u{1f600}\u{1f601}' 'elderberry' 'hb' 'quick' '\u{df}' '\u{7b26}\u{7b26}'
discard a '\u{1f600}\u{1f601}'
expect a 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' '\u{fc}' 'dhi' 'delta' 'elderberry' 'hb' 'quick' '\u{df}' '\u{7b26}\u{7b26}'
discard a 'a\u{1f600}\u{1f600}'
expect a 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' '\u{fc}' 'dhi' 'delta' 'elderberry' 'hb' 'quick' '\u{df}' '\u{7b26}\u{7b26}'
unionl c a 'elderberry' 'it\'s' 'kappa' 'quick' 'elderberry' 'apple' 'elderberry' '\u{fc}' '\u{fc}' '\u{ff}es' 'apple' 'elderberry'
expect c 'beta' 'kappa' 'ej' '\u{e9}\u{ff}\u{df}' 'apple' '\u{ff}es' '\u{7b26}\u{7b26}' '\u{fc}' 'dhi' 'it\'s' 'elderberry' 'hb' 'quick' '\u{df}' 'delta'
add b '\u{fc}'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b '\u{ff}es'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b 'hb'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b 'dhi'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b 'quince'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' 'quince' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b 'raspberry'
expect b 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' 'quince' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b 'ej'
expect b 'ej' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' 'quince' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
add b '\u{ff}es'
expect b 'ej' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'delta' 'quince' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'it\'s' 'elderberry'
symupdl a '\u{df}' '\u{ff}es' '\u{fc}' '\u{fc}' 'strawberry' 'hb' 'elderberry' 'sigma' 'quick' 'apple' '\u{fc}' '\u{fc}' '\u{fc}' 'elderberry' 'ej' 'it\'s' 'dhi'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'strawberry' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a 'quick'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'strawberry' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a 'hb'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'strawberry' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a '\u{df}'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'strawberry' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a 'strawberry'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a '\u{df}'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a '\u{df}'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'delta' 'it\'s' 'sigma' '\u{7b26}\u{7b26}'
discard a '\u{7b26}\u{7b26}'
expect a 'beta' 'kappa' '\u{e9}\u{ff}\u{df}' 'delta' 'it\'s' 'sigma'
isub b a
expect b 'ej' 'back\\slash' 'dhi' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' 'quince' '\u{ff}es' 'raspberry' '\u{fc}' 'hji' 'elderberry'
xor c a b
expect c 'beta' 'kappa' 'a\u{1f600}\u{1f600}' '\u{1f600}\u{1f601}' 'hb' 'quick' '\u{df}' '\u{e9}\u{ff}\u{df}' 'raspberry' 'hji' 'it\'s' 'ej' 'back\\slash' 'dhi' 'delta' 'quince' '\u{ff}es' '\u{fc}' 'sigma' 'elderberry'
interl c a
expect c
case rand3
new a '\u{4e2d}\u{6587}' 'kiwi' 'apple' 'raspberry' 'the' 'tangerine' 'j' 'zeta' 'raspberry' 'table' 'cherry' 'bfh' 'psi' 'pi' 'back\\slash' 'chi' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'apple' 'cherry' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
keys b 'a\u{1f600}b' 'nectarine' '\u{1f680}\u{1f389}\u{1f680}' '\u{5b57}\u{4e2d}' 'dict' 'omega' '\u{1f600}\u{e9}' 'f' '\u{20ac}uro' 'a' 'had' 'f' 'back\\slash' 'python' 'rho' 'zeta' 'f' 'orange' 'grape' 'ad' 'lambda'
expect b '\u{1f680}\u{1f389}\u{1f680}' 'omega' '\u{1f600}\u{e9}' 'a' 'f' 'python' 'zeta' '\u{5b57}\u{4e2d}' 'dict' 'ad' 'nectarine' 'rho' 'lambda' '\u{20ac}uro' 'back\\slash' 'a\u{1f600}b' 'had' 'grape' 'orange'
interd c a '\u{1f600}\u{e9}' '\u{1f600}\u{1f389}' 'dict'
expect c
updl b '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' 'the' 'omega' 'had' 'grape' 'apple' 'bfh' '\u{1f680}\u{1f389}\u{1f680}' 'psi' 'cherry' '\u{5b57}\u{6587}' 'b' 'omega' 'j' 'over' 'a\u{1f600}b'
expect b 'psi' '\u{1f680}\u{1f389}\u{1f680}' 'omega' '\u{1f600}\u{e9}' 'bfh' 'a' 'over' 'j' 'f' 'python' 'zeta' 'the' '\u{5b57}\u{4e2d}' 'dict' 'ad' 'apple' 'cherry' 'nectarine' 'rho' '\u{5b57}\u{6587}' 'lambda' '\u{20ac}uro' 'back\\slash' 'b' 'a\u{1f600}b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' 'had' 'grape' 'orange'
add a 'ad'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
add a 'psi'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
add a 'rho'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'rho' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
add a 'tangerine'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'rho' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
add a 'cherry'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'rho' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
add a 'apple'
expect a 'chi' 'psi' 'bfh' 'pi' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad' 'apple' 'cherry' 'rho' 'back\\slash' '\u{20ac}uro' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}'
ixor b a
expect b 'chi' '\u{1f680}\u{1f389}\u{1f680}' 'omega' '\u{1f600}\u{e9}' 'pi' 'a' 'over' 'kiwi' 'tangerine' 'table' 'f' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'python' '\u{5b57}\u{4e2d}' 'dict' 'nectarine' '\u{5b57}\u{6587}' 'lambda' 'a\u{1f600}b' 'had' 'grape' '\u{4e2d}\u{6587}' 'orange'
clear b
expect b
or c b a
expect c 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'pi' '\u{20ac}uro' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}' 'ad'
copy b c
expect b 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'pi' '\u{20ac}uro' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' '\u{4e2d}\u{6587}' 'ad'
discard b '\u{4e2d}\u{6587}'
expect b 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'pi' '\u{20ac}uro' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' 'ad'
discard b '\u{1f600}\u{1f389}\u{1f389}\u{1f389}'
expect b 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'pi' '\u{20ac}uro' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad'
discard b '\u{20ac}uro'
expect b 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'pi' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad'
discard b 'pi'
expect b 'chi' 'psi' 'apple' 'cherry' 'rho' 'back\\slash' 'bfh' 'b' 'j' 'kiwi' 'tangerine' 'table' 'raspberry' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'zeta' 'the' 'ad'
interd c b 'psi' 'chi' 'tangerine' 'gamma' 'chi' 'the' 'zeta' 'rho' 'apple' 'chi' 'rho' 'b' 'rho' 'back\\slash' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}' 'bfh' 'raspberry' 'psi' 'bfh' 'the' 'tangerine' 'zeta' 'back\\slash'
expect c 'chi' 'psi' 'apple' 'raspberry' 'rho' 'b' 'back\\slash' 'zeta' 'the' 'bfh' 'tangerine'
sub c b a
expect c
copy b c
expect b
symupdd a 'pi' '\u{4e2d}\u{6587}' 'ega' 'bfh' 'table' 'zeta' 'j' 'chi' 'lemon' 'zeta' 'table' 'tangerine' '\u{4e2d}\u{6587}' 'kiwi' 'zeta' 'the' '\u{4e2d}\u{6587}' 'zeta' 'bfh' 'table' 'chi' 'zeta' 'ad' 'the' 'bfh' 'cherry' 'tangerine' 'raspberry' '\u{20ac}uro' 'rho'
expect a 'psi' 'ega' '\u{1f389}\u{1f680}\u{1f389}\u{1f389}' 'lemon' 'apple' 'back\\slash' 'b' '\u{1f600}\u{1f389}\u{1f389}\u{1f389}'
case rand4
new a f0.1 f4.5 f1e+300 f3.0 f2.0 f4.75 f3.25 f7.0 f3.0 f2.0 f4.0 f-2.25 f7.0 f2.5e-310 f-1e-300 f3.0
expect a f0.1 f2.0 f3.0 f4.5 f4.75 f3.25 f7.0 f4.0 f2.5e-310 f-1e-300 f1e+300 f-2.25
new b f-2.25 f-0.0
expect b f-0.0 f-2.25
discard b f0.1
expect b f-0.0 f-2.25
discard b f3.0
expect b f-0.0 f-2.25
discard b f-0.0
expect b f-2.25
discard b f0.1
expect b f-2.25
discard b f0.1
expect b f-2.25
discard b f0.1
expect b f-2.25
discard b f1e+300
expect b f-2.25
discard b f2.0
expect b f-2.25
copy c a
expect c f0.1 f2.0 f3.0 f4.5 f4.75 f3.25 f7.0 f4.0 f2.5e-310 f-1e-300 f1e+300 f-2.25
copy a c
expect a f0.1 f2.0 f3.0 f4.5 f4.75 f3.25 f7.0 f4.0 f2.5e-310 f-1e-300 f1e+300 f-2.25
sub c a b
expect c f0.1 f2.0 f3.0 f4.5 f4.75 f3.25 f7.0 f4.0 f2.5e-310 f-1e-300 f1e+300
add b f2.5e-310
expect b f2.5e-310 f-2.25
add b f4.0
expect b f2.5e-310 f4.0 f-2.25
add b f-2.25
expect b f2.5e-310 f4.0 f-2.25
add b f1.5
expect b f2.5e-310 f1.5 f4.0 f-2.25
case rand5
new a (16,48840,20,) () ('iota','elderberry',) (-887071,'banana','\u{ff}es',) (-217235,(),) (29,(23,26,),9,)
expect a (-217235,(),) (16,48840,20,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,) ('iota','elderberry',)
new b (-887071,'banana','\u{ff}es',) (29,(23,26,),9,) () (29,(23,26,),9,) (-887071,'banana','\u{ff}es',) ('fox',54,-447502,) (20,) (20,) () ('fox',54,-447502,) ((5,0,),) (20,) (29,(23,26,),9,) (-887071,'banana','\u{ff}es',)
expect b ('fox',54,-447502,) ((5,0,),) (20,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
pop a (-217235,(),)
expect a (16,48840,20,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,) ('iota','elderberry',)
pop a (16,48840,20,)
expect a (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,) ('iota','elderberry',)
copy c b
expect c ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
copy b c
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b (29,(23,26,),9,)
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b (-887071,'banana','\u{ff}es',)
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b ((5,0,),)
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b (20,)
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b (-887071,'banana','\u{ff}es',)
expect b ((5,0,),) (20,) ('fox',54,-447502,) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b ('mu',)
expect b ((5,0,),) (20,) ('fox',54,-447502,) ('mu',) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b ()
expect b ((5,0,),) (20,) ('fox',54,-447502,) ('mu',) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
add b (29,(23,26,),9,)
expect b ((5,0,),) (20,) ('fox',54,-447502,) ('mu',) (-887071,'banana','\u{ff}es',) () (29,(23,26,),9,)
isub b a
expect b ((5,0,),) (20,) ('fox',54,-447502,) ('mu',)
pop b ((5,0,),)
expect b (20,) ('fox',54,-447502,) ('mu',)
pop b (20,)
expect b ('fox',54,-447502,) ('mu',)
pop b ('fox',54,-447502,)
expect b ('mu',)
pop b ('mu',)
expect b
add b (29,(23,26,),9,)
expect b (29,(23,26,),9,)
add b (16,)
expect b (29,(23,26,),9,) (16,)
add b ()
expect b (29,(23,26,),9,) (16,) ()
add b (31,'epsilon',)
expect b (31,'epsilon',) (29,(23,26,),9,) (16,) ()
add b ('iota','elderberry',)
expect b (31,'epsilon',) (16,) () (29,(23,26,),9,) ('iota','elderberry',)
add b (32,)
expect b (31,'epsilon',) (16,) () (29,(23,26,),9,) (32,) ('iota','elderberry',)
case rand6
new a -3 32297 56 56068882494824239334 4 -622203 133973 49 -2 49 -254266 53 25 -973910 -2305843009213693952 378079510753993117599 -169864772165645536667 14 19 928894 20 127540912169149287526 -2305843009213693952 -339699 -9223372036854775808 101183330257090843682 866055 33 36829776988426398413 1075239452757407322640 6 20 46 806034586559725735869 -5 -507530 -902070 -18446744073709551616 751551 41 40 7 1 29 37 14 4611686018427387907 -9 52 40 9223372036854775808 -3 -787312 54 100000000000000000001 35 -17736 -494686 386217 374945 31 29 -5 9 -10 37 258196 -846539 242979934201617076740 -258107 544040 23 -886713 -958050 742284 41 -937484 2305843009213693951 443162 26 13 27 -289965149710178586662 -18446744073709551616 4611686018427387907 282338 -812605 -9223372036854775808 -305795 18446744073709551616 53 7 -263336 -326884 -985217 -50886 59 -360832899286347432007
expect a 2305843009213693951 1 4 4611686018427387907 6 7 9223372036854775808 9 18446744073709551616 13 14 19 20 23 25 26 27 -169864772165645536667 29 31 33 35 37 40 32297 41 100000000000000000001 46 49 52 53 54 56 59 378079510753993117599 -886713 -902070 101183330257090843682 242979934201617076740 928894 -787312 258196 127540912169149287526 374945 386217 -17736 -254266 36829776988426398413 282338 56068882494824239334 866055 -339699 806034586559725735869 443162 -326884 -360832899286347432007 544040 -846539 -50886 133973 -263336 -289965149710178586662 -507530 -305795 -985217 -622203 742284 -958050 -494686 -973910 751551 -812605 -258107 1075239452757407322640 -937484 -2305843009213693952 -9 -18446744073709551616 -10 -5 -9223372036854775808 -3 -2
new b 605574 913719 958412 53 -2 15 41 -1 49 1267650600228229401496703205376 33 -262365 -43492 -3 7
expect b 1267650600228229401496703205376 33 -262365 605574 7 41 958412 15 49 53 -1 913719 -43492 -3 -2
add a 1075239452757407322640
expect a 2305843009213693951 1 4 4611686018427387907 6 7 9223372036854775808 9 18446744073709551616 13 14 19 20 23 25 26 27 -169864772165645536667 29 31 33 35 37 40 32297 41 100000000000000000001 46 49 52 53 54 56 59 378079510753993117599 -886713 -902070 101183330257090843682 242979934201617076740 928894 -787312 258196 127540912169149287526 374945 386217 -17736 -254266 36829776988426398413 282338 56068882494824239334 866055 -339699 806034586559725735869 443162 -326884 -360832899286347432007 544040 -846539 -50886 133973 -263336 -289965149710178586662 -507530 -305795 -985217 -622203 742284 -958050 -494686 -973910 751551 -812605 -258107 1075239452757407322640 -937484 -2305843009213693952 -9 -18446744073709551616 -10 -5 -9223372036854775808 -3 -2
add a 13
expect a 2305843009213693951 1 4 4611686018427387907 6 7 9223372036854775808 9 18446744073709551616 13 14 19 20 23 25 26 27 -169864772165645536667 29 31 33 35 37 40 32297 41 100000000000000000001 46 49 52 53 54 56 59 378079510753993117599 -886713 -902070 101183330257090843682 242979934201617076740 928894 -787312 258196 127540912169149287526 374945 386217 -17736 -254266 36829776988426398413 282338 56068882494824239334 866055 -339699 806034586559725735869 443162 -326884 -360832899286347432007 544040 -846539 -50886 133973 -263336 -289965149710178586662 -507530 -305795 -985217 -622203 742284 -958050 -494686 -973910 751551 -812605 -258107 1075239452757407322640 -937484 -2305843009213693952 -9 -18446744073709551616 -10 -5 -9223372036854775808 -3 -2
clear a
expect a
sub c a b
expect c
copy a c
expect a
unionl c b -1 15 -43492 184973419337868276117 33 605574 -362604861002706078129 49 913719 958412 1267650600228229401496703205376 49
expect c 1267650600228229401496703205376 33 -262365 184973419337868276117 605574 7 41 958412 15 49 -362604861002706078129 53 -1 913719 -43492 -3 -2
case rand7
dict a 'nu' 18 20 (0,) -9223372036854775808 f-1e-300 -3 f1.5 27 39 f2.5e-310 (27,'\u{e9}',) (968811086764979655630,'gia',772938,) () 18 f123.456 18446744073709551616 -495024 30
expect a f1.5 18446744073709551616 'nu' -495024 18 20 (0,) 27 30 39 f123.456 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
dict b 20 39 39 -495024 ()
expect b -495024 () 20 39
isub a b
expect a f1.5 18446744073709551616 'nu' 18 (0,) 27 30 f123.456 f2.5e-310 f-1e-300 (27,'\u{e9}',) -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a 47
expect a f1.5 18446744073709551616 'nu' 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a -9223372036854775808
expect a f1.5 18446744073709551616 'nu' 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a 18
expect a f1.5 18446744073709551616 'nu' 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a ()
expect a f1.5 18446744073709551616 'nu' 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a -495024
expect a f1.5 18446744073709551616 'nu' -495024 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a ()
expect a f1.5 18446744073709551616 'nu' -495024 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a 47
expect a f1.5 18446744073709551616 'nu' -495024 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
add a (0,)
expect a f1.5 18446744073709551616 'nu' -495024 18 (0,) 27 30 f123.456 47 f2.5e-310 f-1e-300 (27,'\u{e9}',) () -9223372036854775808 -3 (968811086764979655630,'gia',772938,)
discard b -9223372036854775808
expect b -495024 () 20 39
discard b ('aaxc','the',-355743,)
expect b -495024 () 20 39
discard b (0,)
expect b -495024 () 20 39
discard b 18446744073709551616
expect b -495024 () 20 39
copy c b
expect c -495024 () 20 39
case rand8
dict a 60 42 14 35 580261 -1 27 -736864 7 26
expect a -736864 35 580261 7 42 14 26 27 60 -1
new b -1 -2 28 29 7 14 60 26
expect b 7 14 60 -2 26 28 29 -1
interd c a 2 60 -2 14 7 14 35 -1 60
expect c 35 7 14 60 -1
copy a c
expect a 35 -1 7 60 14
add a -1
expect a 35 -1 7 60 14
add a -998517
expect a 35 -1 7 -998517 60 14
add a -74716
expect a 35 -74716 -1 7 -998517 60 14
add a 35
expect a 35 -74716 -1 7 -998517 60 14
add a -1
expect a 35 -74716 -1 7 -998517 60 14
add a 60
expect a 35 -74716 -1 7 -998517 60 14
and c b b
expect c 7 14 60 -2 26 28 29 -1
ixor a b
expect a -998517 26 28 29 35 -74716 -2
case rand9
new a 53 53 44 -5 -523376 -6 -8 351410 203933615949928316487 -713657 -2305843009213693952 27 302473 615344 -468962 377019 824404 125508 21 1267650600228229401496703205376 10 -547389732252140375423 3
expect a 1267650600228229401496703205376 3 302473 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 -713657 824404 -8 -6 -5 -2305843009213693952
dict b 9223372036854775808 847797 41 -588268 60 17 47 40 -310948 24 51 22 -9223372036854775808 106447 -177613 9223372036854775808 688399825613724619167 44 -410714808917498064925 33 22
expect b 9223372036854775808 688399825613724619167 106447 17 -588268 22 24 -310948 33 40 41 -9223372036854775808 44 47 -410714808917498064925 51 -177613 847797 60
diffupdd b 41 302473 17 3 -523376 -5 34 22 106447 9223372036854775808 10 -537666 10 33 60 -2305843009213693952 -6 -523376 847797 27 -9223372036854775808 -5 -6 1267650600228229401496703205376 385118 385118 17
expect b 688399825613724619167 -588268 24 -310948 40 44 47 -410714808917498064925 51 -177613
or c b a
expect c 1267650600228229401496703205376 3 302473 10 -523376 -588268 -547389732252140375423 21 24 27 -468962 203933615949928316487 40 44 47 615344 -410714808917498064925 351410 51 -177613 53 377019 125508 -713657 688399825613724619167 824404 -310948 -8 -6 -5 -2305843009213693952
discard a 24
expect a 1267650600228229401496703205376 3 302473 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 -713657 824404 -8 -6 -5 -2305843009213693952
discard a -8
expect a 1267650600228229401496703205376 3 302473 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 -713657 824404 -6 -5 -2305843009213693952
discard a 40
expect a 1267650600228229401496703205376 3 302473 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 -713657 824404 -6 -5 -2305843009213693952
discard a 302473
expect a 1267650600228229401496703205376 3 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 -713657 824404 -6 -5 -2305843009213693952
discard a -713657
expect a 1267650600228229401496703205376 3 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 824404 -6 -5 -2305843009213693952
discard a 688399825613724619167
expect a 1267650600228229401496703205376 3 10 -523376 -547389732252140375423 21 27 -468962 203933615949928316487 44 615344 351410 53 377019 125508 824404 -6 -5 -2305843009213693952
interd c a 27
expect c 27
case rand10
new a f0.5 f1e+300 f2.25 f1e+16 f0.1 f1e+16 f0.1 f2.5 f-2.25 f-1e-300 f123.456 f0.5 f1.75 f1.25 f2.5e-310 f1.25 f-2.25 f-2.25 f1.0 f0.5 f7.0
expect a f0.5 f1e+16 f2.25 f0.1 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f-1e-300 f123.456 f1e+300 f-2.25
new b f7.0 f-1e-300 f0.5 f2.5 f4.5 f0.75 f2.0 f7.0 f7.0 f4.0 f123.456 f1.75 f1.5 f0.5 f0.25 f2.5 f1e+300 f2.5e-310 f0.1 f3.75 f-1e-300
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f1.0
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f4.5
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f1e+300
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f7.0
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f2.5e-310
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
add b f1.75
expect b f0.5 f0.75 f2.5 f2.0 f4.5 f4.0 f1.75 f7.0 f1.5 f0.25 f3.75 f1.0 f2.5e-310 f-1e-300 f0.1 f123.456 f1e+300
pop a f0.5
expect a f1e+16 f2.25 f0.1 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f-1e-300 f123.456 f1e+300 f-2.25
and c a a
expect c f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f-1e-300 f123.456 f1e+300 f-2.25
copy a c
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f-1e-300 f123.456 f1e+300 f-2.25
discard a f4.25
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f-1e-300 f123.456 f1e+300 f-2.25
discard a f-1e-300
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f123.456 f1e+300 f-2.25
discard a f123.456
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f1e+300 f-2.25
discard a f2.0
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f1e+300 f-2.25
discard a f0.5
expect a f1e+16 f0.1 f2.25 f2.5 f1.75 f1.25 f1.0 f7.0 f2.5e-310 f1e+300 f-2.25
discard a f1.75
expect a f1e+16 f0.1 f2.25 f2.5 f1.25 f1.0 f7.0 f2.5e-310 f1e+300 f-2.25
discard a f4.5
expect a f1e+16 f0.1 f2.25 f2.5 f1.25 f1.0 f7.0 f2.5e-310 f1e+300 f-2.25
diffd c a f1.0 f0.1 f4.0 f2.25 f-2.25 f-2.25 f1.0 f-2.25 f7.0 f1e+16 f1e+16 f0.75
expect c f2.5e-310 f1.25 f2.5 f1e+300
symupdl b f4.5 f2.5e-310 f1.5 f2.0 f2.5e-310 f7.0 f2.5e-310 f3.75 f2.5 f2.0 f2.5e-310 f2.5 f1e+300 f1e+300 f7.0 f1.25 f1.25 f1.5 f123.456 f1.0 f2.75 f2.5 f2.5 f123.456 f2.5e-310 f2.5e-310 f-2.25 f-0.0 f0.25 f-2.25
expect b f0.5 f0.75 f1.75 f1.25 f4.0 f2.75 f-0.0 f0.1 f-1e-300 f-2.25
case rand11
new a f-0.0 f1e+16 f1.0 f1e+300 f123.456 f2.75 f7.0
expect a f-0.0 f1e+16 f1.0 f2.75 f7.0 f123.456 f1e+300
lit b f1e+16 f-0.0 f1.25 f1.5 f-0.0 f3.75 f7.0 f-2.25 f5.0
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f7.0 f-2.25
discard a f3.75
expect a f-0.0 f1e+16 f1.0 f2.75 f7.0 f123.456 f1e+300
discard a f1e+16
expect a f-0.0 f1.0 f2.75 f7.0 f123.456 f1e+300
discard a f-2.25
expect a f-0.0 f1.0 f2.75 f7.0 f123.456 f1e+300
discard a f-0.0
expect a f1.0 f2.75 f7.0 f123.456 f1e+300
discard a f4.25
expect a f1.0 f2.75 f7.0 f123.456 f1e+300
discard a f7.0
expect a f1.0 f2.75 f123.456 f1e+300
discard a f1.0
expect a f2.75 f123.456 f1e+300
add b f7.0
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f7.0 f-2.25
add b f1.25
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f7.0 f-2.25
add b f1e+300
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f7.0 f1e+300 f-2.25
add b f123.456
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f7.0 f123.456 f1e+300 f-2.25
add b f0.5
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
add b f7.0
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
add b f3.75
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
add b f1.25
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
add b f-2.25
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
add b f-2.25
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f123.456 f1e+300 f-2.25
diffl c b f123.456 f-0.0 f-0.0 f2.75 f5.0 f3.5 f2.75 f7.0 f-2.25 f1e+16 f5.0 f1.5 f2.75 f123.456 f1e+300 f1.5 f-2.25 f2.75 f2.75 f3.75 f2.75 f-2.25 f2.75
expect c f0.5 f1.25
ior a b
expect a f0.5 f-0.0 f1e+16 f2.75 f1.25 f3.75 f1.5 f5.0 f7.0 f123.456 f1e+300 f-2.25
symupdd a f1.25
expect a f0.5 f-0.0 f1e+16 f2.75 f3.75 f1.5 f5.0 f7.0 f123.456 f1e+300 f-2.25
updd b f1e+16 f7.0 f-0.0 f2.5e-310 f4.75 f1e+16 f123.456
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f4.75 f2.5e-310 f123.456 f1e+300 f-2.25
pop a f0.5
expect a f-0.0 f1e+16 f2.75 f3.75 f1.5 f5.0 f7.0 f123.456 f1e+300 f-2.25
discard a f-2.25
expect a f-0.0 f1e+16 f2.75 f3.75 f1.5 f5.0 f7.0 f123.456 f1e+300
discard a f123.456
expect a f-0.0 f1e+16 f2.75 f3.75 f1.5 f5.0 f7.0 f1e+300
discard a f1e+16
expect a f-0.0 f2.75 f3.75 f1.5 f5.0 f7.0 f1e+300
discard a f-0.0
expect a f2.75 f3.75 f1.5 f5.0 f7.0 f1e+300
discard a f1.25
expect a f2.75 f3.75 f1.5 f5.0 f7.0 f1e+300
updl b f4.75 f2.75 f0.5 f1.5 f7.0 f1e+300 f2.5e-310 f-2.25 f1e+300 f-2.25
expect b f1e+16 f-0.0 f1.25 f3.75 f1.5 f5.0 f0.5 f7.0 f4.75 f2.75 f2.5e-310 f123.456 f1e+300 f-2.25
"#;
}
