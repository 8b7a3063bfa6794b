//! `_hashlib`: the message digests MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512,
//! written out here (RFC 1321, FIPS 180-4), and the `HASH` objects CPython's `hashlib`
//! hands out (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`,
//! `block_size`), with CPython's messages for text and non-buffer arguments. `hashlib.py`
//! builds the public module on it.

use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "_hashlib",
        &[
            ("new", hash_new),
            ("openssl_md5", new_md5),
            ("openssl_sha1", new_sha1),
            ("openssl_sha224", new_sha224),
            ("openssl_sha256", new_sha256),
            ("openssl_sha384", new_sha384),
            ("openssl_sha512", new_sha512),
            ("pbkdf2_hmac", pbkdf2_hmac),
        ],
    );
    let c = hash_class(vm);
    m.dict.set_str_key("HASH", Value::Class(c));
    let e = unsupported_class(vm);
    m.dict
        .set_str_key("UnsupportedDigestmodError", Value::Class(e));
    Value::Module(m)
}

/// `_hashlib.UnsupportedDigestmodError`, a ValueError as in CPython.
fn unsupported_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("_hashlib.UnsupportedDigestmodError") {
        return c.clone();
    }
    let c = crate::types::new_class(
        "UnsupportedDigestmodError",
        vec![vm.types.exc.value_error.clone()],
        Layout::Exception,
        Some(crate::types::TypeId::BaseException),
    );
    c.dict.set_str_key("__module__", Value::str("_hashlib"));
    vm.classes
        .insert("_hashlib.UnsupportedDigestmodError", c.clone());
    c
}

// ----- the algorithms -----

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algo {
    /// An algorithm by the names OpenSSL accepts: any case, with or without a dash.
    fn from_name(name: &str) -> Option<Algo> {
        let n: String = name
            .chars()
            .filter(|c| *c != '-')
            .flat_map(char::to_lowercase)
            .collect();
        Some(match n.as_str() {
            "md5" => Algo::Md5,
            "sha1" => Algo::Sha1,
            "sha224" => Algo::Sha224,
            "sha256" => Algo::Sha256,
            "sha384" => Algo::Sha384,
            "sha512" => Algo::Sha512,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
        }
    }

    fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 => 28,
            Algo::Sha256 => 32,
            Algo::Sha384 => 48,
            Algo::Sha512 => 64,
        }
    }

    fn block_size(self) -> usize {
        match self {
            Algo::Sha384 | Algo::Sha512 => 128,
            _ => 64,
        }
    }
}

const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

const SHA256_H: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const SHA224_H: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

const SHA512_H: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const SHA384_H: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

const MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_H: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
const SHA1_H: [u32; 5] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

/// A digest in progress: the chaining words (32-bit algorithms use `w32`, SHA-384/512
/// use `w64`), the bytes of a partial block, and the message length so far.
#[derive(Clone)]
struct Hasher {
    algo: Algo,
    w32: [u32; 8],
    w64: [u64; 8],
    pending: Vec<u8>,
    len: u128,
}

impl Hasher {
    fn new(algo: Algo) -> Hasher {
        let mut w32 = [0u32; 8];
        let mut w64 = [0u64; 8];
        match algo {
            Algo::Md5 => w32[..4].copy_from_slice(&MD5_H),
            Algo::Sha1 => w32[..5].copy_from_slice(&SHA1_H),
            Algo::Sha224 => w32 = SHA224_H,
            Algo::Sha256 => w32 = SHA256_H,
            Algo::Sha384 => w64 = SHA384_H,
            Algo::Sha512 => w64 = SHA512_H,
        }
        Hasher {
            algo,
            w32,
            w64,
            pending: Vec::new(),
            len: 0,
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let bs = self.algo.block_size();
        self.len += data.len() as u128;
        if !self.pending.is_empty() {
            let take = (bs - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() < bs {
                return;
            }
            let block = std::mem::take(&mut self.pending);
            self.compress(&block);
        }
        let mut blocks = data.chunks_exact(bs);
        for block in &mut blocks {
            self.compress(block);
        }
        self.pending.extend_from_slice(blocks.remainder());
    }

    /// The digest of what was fed so far; the hasher itself is left as it was.
    fn digest(&self) -> Vec<u8> {
        let mut h = self.clone();
        let bs = h.algo.block_size();
        // The length field is 8 bytes (16 for SHA-384/512) at the end of the last block.
        let field = if bs == 128 { 16 } else { 8 };
        let bits = self.len.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        while (self.pending.len() + tail.len()) % bs != bs - field {
            tail.push(0);
        }
        match h.algo {
            Algo::Md5 => tail.extend_from_slice(&(bits as u64).to_le_bytes()),
            Algo::Sha384 | Algo::Sha512 => tail.extend_from_slice(&bits.to_be_bytes()),
            _ => tail.extend_from_slice(&(bits as u64).to_be_bytes()),
        }
        let len = h.len;
        h.update(&tail);
        h.len = len;
        let mut out = Vec::new();
        match h.algo {
            Algo::Md5 => h.w32[..4]
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_le_bytes())),
            Algo::Sha384 | Algo::Sha512 => h
                .w64
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
            _ => h
                .w32
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
        }
        out.truncate(h.algo.digest_size());
        out
    }

    fn compress(&mut self, block: &[u8]) {
        match self.algo {
            Algo::Md5 => md5_block(&mut self.w32, block),
            Algo::Sha1 => sha1_block(&mut self.w32, block),
            Algo::Sha224 | Algo::Sha256 => sha256_block(&mut self.w32, block),
            Algo::Sha384 | Algo::Sha512 => sha512_block(&mut self.w64, block),
        }
    }
}

fn md5_block(h: &mut [u32; 8], block: &[u8]) {
    let mut m = [0u32; 16];
    for (i, w) in m.iter_mut().enumerate() {
        *w = u32::from_le_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let rotated = a
            .wrapping_add(f)
            .wrapping_add(MD5_K[i])
            .wrapping_add(m[g])
            .rotate_left(MD5_S[(i / 16) * 4 + i % 4]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(rotated);
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(b);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

fn be_words(block: &[u8], w: &mut [u32]) {
    for (i, x) in w.iter_mut().enumerate().take(16) {
        *x = u32::from_be_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
    }
}

fn sha1_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 80];
    be_words(block, &mut w);
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(v);
    }
}

fn sha256_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    be_words(block, &mut w);
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA256_K[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

fn sha512_block(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (i, x) in w.iter_mut().enumerate().take(16) {
        let mut b = [0u8; 8];
        b.copy_from_slice(&block[8 * i..8 * i + 8]);
        *x = u64::from_be_bytes(b);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA512_K[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

/// The SHA-512 digest of `data` (`random.seed` hashes str and bytes seeds with it).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = Hasher::new(Algo::Sha512);
    h.update(data);
    let mut out = [0u8; 64];
    out.copy_from_slice(&h.digest());
    out
}

// ----- the HASH objects -----

type State = Rc<RefCell<Hasher>>;

fn hash_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("_hashlib.HASH") {
        return c.clone();
    }
    let c = crate::types::new_class(
        "HASH",
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(crate::types::TypeId::Native),
    );
    c.dict.set_str_key("__module__", Value::str("_hashlib"));
    vm.classes.insert("_hashlib.HASH", c.clone());
    {
        crate::types::add_method(&c, "update", h_update);
        crate::types::add_method(&c, "digest", h_digest);
        crate::types::add_method(&c, "hexdigest", h_hexdigest);
        crate::types::add_method(&c, "copy", h_copy);
        crate::types::add_method(&c, "__repr__", h_repr);
        for (name, getter) in [
            ("name", h_name as NativeFn),
            ("digest_size", h_digest_size),
            ("block_size", h_block_size),
        ] {
            let fget = Value::Builtin(Rc::new(Builtin {
                name,
                func: getter,
                this: None,
                data: None,
                method: true,
            }));
            c.dict.set_str_key(
                name,
                Value::Property(Rc::new(Property {
                    fget,
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                })),
            );
        }
    }
    c
}

fn new_object(vm: &mut Vm, h: Hasher) -> Value {
    let cls = hash_class(vm);
    let state: State = Rc::new(RefCell::new(h));
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: None,
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(state))),
    }))
}

fn this_state(vm: &mut Vm, args: &Args, method: &str) -> PyResult<State> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Some(s) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<State>())
        {
            return Ok(s.clone());
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{method}' for '_hashlib.HASH' objects doesn't apply to this object"
    )))
}

/// The bytes of a bytes-like argument; CPython's words for text and other objects.
fn buffer_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(b.data.clone()),
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing".into())),
        _ => Err(vm.type_error("object supporting the buffer API required".into())),
    }
}

fn h_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "update")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("HASH.update() takes no keyword arguments".into()));
        }
        return Err(vm.type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let data = buffer_bytes(vm, &args.pos[1])?;
    st.borrow_mut().update(&data);
    Ok(Value::None)
}

fn no_args(vm: &mut Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "HASH.{method}() takes no arguments ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(())
}

fn h_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "digest")?;
    no_args(vm, &args, "digest")?;
    let d = st.borrow().digest();
    Ok(Value::bytes(d))
}

fn h_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "hexdigest")?;
    no_args(vm, &args, "hexdigest")?;
    let d = st.borrow().digest();
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Value::string(hex))
}

fn h_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    let h = st.borrow().clone();
    Ok(new_object(vm, h))
}

fn h_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "__repr__")?;
    let addr = args.pos[0].ptr().unwrap_or(0);
    let name = st.borrow().algo.name();
    Ok(Value::string(format!(
        "<{name} _hashlib.HASH object @ {addr:#014x}>"
    )))
}

fn h_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "name")?;
    let name = st.borrow().algo.name();
    Ok(Value::str(name))
}

fn h_digest_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "digest_size")?;
    let n = st.borrow().algo.digest_size();
    Ok(Value::Int(n as i64))
}

fn h_block_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = this_state(vm, &args, "block_size")?;
    let n = st.borrow().algo.block_size();
    Ok(Value::Int(n as i64))
}

// ----- constructors -----

/// A new hash object of `algo` over the constructor's data (positional, or `string=`);
/// `first` is the data's position in the Python call, for the error message.
fn construct(vm: &mut Vm, algo: Algo, qual: &str, args: &Args, first: usize) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{qual}() takes at most 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut data = args.pos.first().cloned();
    for (k, v) in &args.kw {
        match k.as_str() {
            "string" if data.is_none() => data = Some(v.clone()),
            "string" => {
                return Err(vm.type_error(format!(
                    "argument for {qual}() given by name ('string') and position ({first})"
                )))
            }
            "usedforsecurity" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {qual}()"
                )))
            }
        }
    }
    let mut h = Hasher::new(algo);
    if let Some(d) = data {
        let bytes = buffer_bytes(vm, &d)?;
        h.update(&bytes);
    }
    Ok(new_object(vm, h))
}

/// `_hashlib.new(name, data=b'')`.
fn hash_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("new() argument 'name' must be str, not {tn}")));
        }
        None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)".into())),
    };
    let Some(algo) = Algo::from_name(&name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    construct(vm, algo, "new", &rest, 2)
}

fn new_md5(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Md5, "openssl_md5", &args, 1)
}

fn new_sha1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Sha1, "openssl_sha1", &args, 1)
}

fn new_sha224(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Sha224, "openssl_sha224", &args, 1)
}

fn new_sha256(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Sha256, "openssl_sha256", &args, 1)
}

fn new_sha384(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Sha384, "openssl_sha384", &args, 1)
}

fn new_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, Algo::Sha512, "openssl_sha512", &args, 1)
}

// ----- key derivation -----

/// HMAC (RFC 2104) ready to run: the hasher after the inner and the outer padded key.
struct Hmac {
    inner: Hasher,
    outer: Hasher,
}

impl Hmac {
    fn new(algo: Algo, key: &[u8]) -> Hmac {
        let bs = algo.block_size();
        let mut k = if key.len() > bs {
            let mut h = Hasher::new(algo);
            h.update(key);
            h.digest()
        } else {
            key.to_vec()
        };
        k.resize(bs, 0);
        let mut inner = Hasher::new(algo);
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        let mut outer = Hasher::new(algo);
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Hmac { inner, outer }
    }

    fn mac(&self, msg: &[u8]) -> Vec<u8> {
        let mut i = self.inner.clone();
        i.update(msg);
        let mut o = self.outer.clone();
        o.update(&i.digest());
        o.digest()
    }
}

/// PBKDF2 (RFC 8018) with HMAC over `algo`: `dklen` bytes of key.
fn pbkdf2(algo: Algo, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let prf = Hmac::new(algo, password);
    let mut out = Vec::with_capacity(dklen);
    let mut block = 1u32;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = prf.mac(&msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = prf.mac(&u);
            t.iter_mut().zip(&u).for_each(|(x, y)| *x ^= y);
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::modules::bind(
        vm,
        "pbkdf2_hmac",
        &args,
        &["hash_name", "password", "salt", "iterations", "dklen"],
        4,
    )?;
    let arg = |i: usize| slots[i].clone().unwrap_or(Value::None);
    let name = match arg(0) {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "pbkdf2_hmac() argument 'hash_name' must be str, not {tn}"
            )));
        }
    };
    let password = super::bytes_arg(vm, &arg(1))?;
    let salt = super::bytes_arg(vm, &arg(2))?;
    let iterations = vm.index_value(&arg(3))?;
    let Some(algo) = Algo::from_name(&name) else {
        let cls = unsupported_class(vm);
        return Err(vm.new_error(&cls, "[digital envelope routines] unsupported".into()));
    };
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0.".into()));
    }
    let dklen = match arg(4) {
        Value::None => algo.digest_size() as i64,
        v => vm.index_value(&v)?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0.".into()));
    }
    let key = pbkdf2(algo, &password, &salt, iterations as u64, dklen as usize);
    Ok(Value::bytes(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(algo: Algo, data: &[u8]) -> String {
        let mut h = Hasher::new(algo);
        h.update(data);
        h.digest().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests_of_abc() {
        assert_eq!(hex(Algo::Md5, b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            hex(Algo::Sha1, b"abc"),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(Algo::Sha256, b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn split_updates_match_one_update() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        for algo in [Algo::Md5, Algo::Sha1, Algo::Sha224, Algo::Sha384] {
            let mut h = Hasher::new(algo);
            for chunk in data.chunks(37) {
                h.update(chunk);
            }
            let whole: String = h.digest().iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(whole, hex(algo, &data));
        }
    }
}
