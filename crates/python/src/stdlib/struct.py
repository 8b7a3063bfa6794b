"""The struct module: values packed into bytes by a format string and back (`_struct` does
the packing), with pack_into and unpack_from over any buffer that takes slices."""

from _struct import calcsize, error

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


def pack(format, /, *v):
    import _struct
    return _struct.pack(format, v)


def unpack(format, buffer, /):
    import _struct
    return _struct.unpack(format, bytes(buffer))


def pack_into(format, buffer, offset, /, *v):
    data = pack(format, *v)
    size = len(buffer)
    if offset < 0:
        if offset + size < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, size))
        offset += size
    if size - offset < len(data):
        raise error(
            "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
            "(actual buffer size is %d)" % (len(data) + offset, len(data), offset, size))
    buffer[offset:offset + len(data)] = data


def unpack_from(format, /, buffer, offset=0):
    n = calcsize(format)
    size = len(buffer)
    if offset < 0:
        if offset + size < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, size))
        offset += size
    if size - offset < n:
        raise error(
            "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
            "(actual buffer size is %d)" % (n + offset, n, offset, size))
    return unpack(format, bytes(buffer[offset:offset + n]))


def iter_unpack(format, buffer, /):
    n = calcsize(format)
    data = bytes(buffer)
    if n == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(data) % n:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % n)
    return iter([unpack(format, data[i:i + n]) for i in range(0, len(data), n)])


class Struct:
    """A compiled format: its size, and pack/unpack without naming the format again."""

    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")

    def pack(self, *v):
        return pack(self.format, *v)

    def pack_into(self, buffer, offset, *v):
        return pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)
