"""The hashlib module: message digests by name (`new`) or by constructor (md5, sha1,
sha224, sha256, sha384, sha512), and PBKDF2-HMAC key derivation, computed by `_hashlib`.
BLAKE2, SHA-3 and SHAKE are not provided."""

import _hashlib
from _hashlib import HASH, pbkdf2_hmac, UnsupportedDigestmodError

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512"))
algorithms_available = set(algorithms_guaranteed)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512


def __hash_new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
