# hashlib: md5, sha1, sha224, sha256, sha384 and sha512 digests of empty, short, block-sized
# and long inputs, fed at once or in pieces; new() by name (any case); copy() forks the
# state; name, digest_size and block_size; TypeError for text and non-bytes data, and
# ValueError for an unknown algorithm, in CPython's words; pbkdf2_hmac and the hmac module.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56,
          b"a" * 63, b"a" * 64, b"b" * 111, b"b" * 112, b"b" * 127, b"b" * 128, b"c" * 129,
          bytes(range(256)) * 5]
for name in names:
    ctor = getattr(hashlib, name)
    for data in inputs:
        print(name, len(data), ctor(data).hexdigest())

big = "".join(str(i) for i in range(5000)).encode()
for name in names:
    whole = hashlib.new(name, big).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(big), 97):
        h.update(big[i:i + 97])
    print(name, whole == h.hexdigest(), whole[:16], h.name, h.digest_size, h.block_size)

h = hashlib.sha256(b"hello ")
fork = h.copy()
h.update(b"world")
fork.update(b"there")
print(h.hexdigest())
print(fork.hexdigest())
print(h.digest()[:8], len(h.digest()), h.digest().hex() == h.hexdigest())
print(h.hexdigest() == h.hexdigest(), hashlib.sha256(b"hello world").digest() == h.digest())
print(hashlib.md5("password".encode("utf-8")).hexdigest())
print(hashlib.sha1(bytearray(b"bytes in an array")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.md5(string=b"kw").hexdigest(), hashlib.sha256(string=b"kw").hexdigest()[:12])
print(hashlib.sha512(b"x", usedforsecurity=False).hexdigest()[:20])
print(sorted(n for n in names if n in hashlib.algorithms_guaranteed))
print(type(h).__name__, hasattr(h, "update"))

cases = [
    lambda: hashlib.md5("text"),
    lambda: hashlib.sha256().update("text"),
    lambda: hashlib.sha1(12),
    lambda: hashlib.sha1().update([1, 2]),
    lambda: hashlib.new("md5", "text"),
    lambda: hashlib.new("whirlpool-9000"),
    lambda: hashlib.new(),
    lambda: hashlib.md5(b"a", b"b"),
    lambda: hashlib.sha256().update(),
    lambda: hashlib.sha256().update(b"a", b"b"),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for case in (lambda: hashlib.sha256(data=b"kw"), lambda: hashlib.new("md5", b"x", foo=1),
             lambda: hashlib.md5(b"x", string=b"y"), lambda: hashlib.new("md5", data=b"y", string=b"x")):
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)

import hmac

print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=50).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, bytearray(b"s"), 3, 16).hex())
for case in (lambda: hashlib.pbkdf2_hmac("foo", b"p", b"s", 1),
             lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
             lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, dklen=0),
             lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1),
             lambda: hashlib.pbkdf2_hmac("sha256", b"p", "s", 1),
             lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1.5),
             lambda: hashlib.pbkdf2_hmac(b"sha256", b"p", b"s", 1)):
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
mac = hmac.new(b"key", b"msg", "sha256")
print(mac.hexdigest(), mac.name, mac.digest_size, mac.block_size)
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.new(b"k" * 100, b"x", hashlib.sha512).hexdigest()[:32])
m2 = hmac.new(b"k", digestmod=hashlib.sha1)
m2.update(b"a")
fork = m2.copy()
fork.update(b"b")
print(m2.hexdigest(), fork.hexdigest(), len(m2.digest()))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"ab", b"abc"), hmac.compare_digest(mac.digest(), mac.digest()))
for case in (lambda: hmac.new(b"key", b"msg"), lambda: hmac.new("key", b"msg", "sha256")):
    try:
        case()
    except TypeError as e:
        print("TypeError", e)
