"""ctypes: the simple C types (c_int, c_double, c_char, ...), as values with C's sizes and
wrap-around, and as the types multiprocessing.Value and Array accept. Foreign functions,
pointers and structures are not offered."""

from array import _to_float32

__all__ = ['c_bool', 'c_byte', 'c_char', 'c_double', 'c_float', 'c_int', 'c_long', 'c_longlong',
           'c_short', 'c_ubyte', 'c_uint', 'c_ulong', 'c_ulonglong', 'c_ushort', 'c_wchar',
           'sizeof']


class _SimpleCData:
    """A C value: each type says its default and how a Python value becomes one."""
    _type_ = None
    _size = 0
    _default = None

    def __init__(self, value=None):
        self.value = self._default if value is None else value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = self._convert(v)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)

    def __bool__(self):
        return bool(self.value)


class _Integer(_SimpleCData):
    _signed = True

    _default = 0

    def _convert(self, v):
        if isinstance(v, float) or not hasattr(v, '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        bits = 8 * self._size
        v = v.__index__() & ((1 << bits) - 1)
        if self._signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return v


class _Float(_SimpleCData):
    _default = 0.0

    def _convert(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        return _to_float32(v) if self._type_ == 'f' else v


def _integer(name, code, size, signed):
    return type(name, (_Integer,), {'_type_': code, '_size': size, '_signed': signed,
                                    '__module__': 'ctypes'})


c_byte = _integer('c_byte', 'b', 1, True)
c_ubyte = _integer('c_ubyte', 'B', 1, False)
c_short = _integer('c_short', 'h', 2, True)
c_ushort = _integer('c_ushort', 'H', 2, False)
c_int = _integer('c_int', 'i', 4, True)
c_uint = _integer('c_uint', 'I', 4, False)
c_long = _integer('c_long', 'l', 8, True)
c_ulong = _integer('c_ulong', 'L', 8, False)
c_longlong = _integer('c_longlong', 'q', 8, True)
c_ulonglong = _integer('c_ulonglong', 'Q', 8, False)
c_int8, c_uint8, c_int16, c_uint16 = c_byte, c_ubyte, c_short, c_ushort
c_int32, c_uint32, c_int64, c_uint64 = c_int, c_uint, c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long


class c_float(_Float):
    _type_ = 'f'
    _size = 4


class c_double(_Float):
    _type_ = 'd'
    _size = 8


class c_char(_SimpleCData):
    _type_ = 'c'
    _size = 1

    _default = b'\x00'

    def _convert(self, v):
        if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 256:
            v = bytes([v])
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise TypeError('one character bytes, bytearray or integer expected')
        return bytes(v)


class c_bool(_SimpleCData):
    _type_ = '?'
    _size = 1

    _default = False

    def _convert(self, v):
        return bool(v)


class c_wchar(_SimpleCData):
    _type_ = 'u'
    _size = 4

    _default = '\x00'

    def _convert(self, v):
        if not isinstance(v, str):
            raise TypeError('unicode string expected instead of %s instance' % type(v).__name__)
        if len(v) != 1:
            raise TypeError('one character unicode string expected')
        return v


def sizeof(obj_or_type):
    cls = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if not issubclass(cls, _SimpleCData):
        raise TypeError('this type has no size')
    return cls._size
