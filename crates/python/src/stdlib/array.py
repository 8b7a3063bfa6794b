"""array: typed arrays of numbers or characters, with the API learners meet (indexing,
slicing, append/extend, tolist, repr), C's ranges for integer typecodes, and their
machine bytes (little-endian, 8-byte longs) through tobytes/frombytes and bytes()."""

__all__ = ['array', 'typecodes', 'ArrayType']

typecodes = 'bBuhHiIlLqQfd'
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# The struct format of one item, as this machine (x86-64 Linux) lays it out.
_formats = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
            'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}


def _to_float32(x):
    """The float C's float holds for x: 24 significant bits, rounded to nearest even
    (fewer below 2**-126), infinite beyond its range."""
    import math
    if x != x or x == 0 or x in (math.inf, -math.inf):
        return x
    if abs(x) < 2.0 ** -126:
        return math.copysign(round(x * 2.0 ** 149) / 2.0 ** 149, x)
    m, e = math.frexp(x)
    r = math.ldexp(round(m * (1 << 24)) / (1 << 24), e)
    if abs(r) > 3.4028234663852886e38:
        return math.copysign(math.inf, x)
    return r


class array:
    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if typecode == 'u' and isinstance(initializer, str):
            self._items = list(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _sizes[self._typecode]

    def _check(self, v):
        t = self._typecode
        if t == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if t == 'f':
            return _to_float32(float(v))
        if t == 'd':
            return float(v)
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = v.__index__()
        bits = 8 * _sizes[t]
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if t.islower() else (0, (1 << bits) - 1)
        if not lo <= v <= hi:
            if t.islower():
                raise OverflowError("signed integer is greater than maximum" if v > hi
                                    else "signed integer is less than minimum")
            raise OverflowError("unsigned integer is greater than maximum" if v > hi
                                else "unsigned integer is less than minimum")
        return v

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        return self._items.pop(i)

    def remove(self, v):
        self._items.remove(v)

    def index(self, v):
        return self._items.index(v)

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        import struct
        items = [ord(c) for c in self._items] if self._typecode == 'u' else self._items
        return struct.pack('<%d%s' % (len(items), _formats[self._typecode]), *items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, buffer):
        import struct
        data = bytes(buffer)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        items = struct.unpack('<%d%s' % (len(data) // self.itemsize,
                                         _formats[self._typecode]), data)
        if self._typecode == 'u':
            items = [chr(i) for i in items]
        self._items.extend(items)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self._typecode, self._items[i])
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            self._items[i] = v._items
        else:
            self._items[i] = self._check(v)

    def __delitem__(self, i):
        del self._items[i]

    def __contains__(self, v):
        return v in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __add__(self, other):
        if not isinstance(other, array) or other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return array(self._typecode, self._items + other._items)

    def __mul__(self, n):
        return array(self._typecode, self._items * n)

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)


ArrayType = array
