"""multiprocessing.shared_memory: blocks of bytes any process of the run can attach to by
name (the run's shared region holds them, `_mp.shm_*`), seen through a memoryview-like
buffer; and ShareableList, a fixed-length list of ints, floats, bools, None, str and bytes
kept in such a block in CPython's layout."""
import _mp
import random
import struct

__all__ = ['SharedMemory', 'ShareableList']

_SHM_SAFE_NAME_LENGTH = 14
_SHM_NAME_PREFIX = '/psm_'


def _make_filename():
    nbytes = (_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2
    return _SHM_NAME_PREFIX + ''.join('%02x' % random.getrandbits(8) for _ in range(nbytes))


def _released():
    return ValueError('operation forbidden on released memoryview object')


class memoryview:
    """The bytes of a shared block, as CPython's memoryview of it behaves (format 'B')."""

    __module__ = 'builtins'

    def __init__(self, owner, block, start, length, step):
        self._block = block
        self._start = start
        self._length = length
        self._step = step
        self._owner = owner
        self._released = False

    def _check(self):
        if self._released or self._owner._block is None:
            raise _released()

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('memoryview: invalid slice key')
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('index out of bounds on dimension 1')
        return self._start + i * self._step

    def _read(self):
        if self._step == 1:
            return _mp.shm_read(self._block, self._start, self._length)
        span = _mp.shm_read(self._block, self._start, (self._length - 1) * self._step + 1) \
            if self._length else b''
        return span[::self._step]

    def __len__(self):
        self._check()
        return self._length

    @property
    def nbytes(self):
        return len(self)

    format = 'B'
    itemsize = 1
    ndim = 1
    readonly = False

    @property
    def shape(self):
        return (len(self),)

    @property
    def obj(self):
        return self._owner

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            n = len(range(start, stop, step))
            return memoryview(self._owner, self._block, self._start + start * self._step, n,
                              self._step * step)
        return _mp.shm_read(self._block, self._index(key), 1)[0]

    def __setitem__(self, key, value):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            n = len(range(start, stop, step))
            data = bytes(value)
            if len(data) != n:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if step == 1 and self._step == 1:
                _mp.shm_write(self._block, self._start + start, data)
            else:
                for k, byte in zip(range(start, stop, step), data):
                    _mp.shm_write(self._block, self._start + k * self._step, bytes([byte]))
            return
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        _mp.shm_write(self._block, self._index(key), bytes([value]))

    def __iter__(self):
        self._check()
        return iter(self._read())

    def __bytes__(self):
        self._check()
        return self._read()

    def __eq__(self, other):
        if self._released:
            return self is other
        try:
            return self._read() == bytes(other)
        except TypeError:
            return NotImplemented

    __hash__ = None

    def tobytes(self, order='C'):
        self._check()
        return self._read()

    def tolist(self):
        self._check()
        return list(self._read())

    def hex(self, *args):
        self._check()
        return self._read().hex(*args)

    def release(self):
        self._released = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if self._released or self._owner._block is None:
            return '<released memory at 0x%x>' % id(self)
        return '<memory at 0x%x>' % id(self)

    def __reduce__(self):
        raise TypeError("cannot pickle 'memoryview' object")


class SharedMemory:
    """A block of shared memory: made with create=True (a name is chosen unless given),
    attached to elsewhere by its name."""

    _block = None
    _buf = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if create:
            while True:
                path = _make_filename() if name is None else '/' + name
                block = _mp.shm_add(path, size)
                if block is not None:
                    break
                if name is not None:
                    raise FileExistsError(17, 'File exists', path)
        else:
            path = '/' + name
            found = _mp.shm_find(path)
            if found is None:
                raise FileNotFoundError(2, 'No such file or directory', path)
            block, size = found
        self._name = path
        self._block = block
        self._size = size
        self._buf = memoryview(self, block, 0, size, 1)

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        return self._buf

    @property
    def name(self):
        return self._name[1:]

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        self._block = None

    def unlink(self):
        if not _mp.shm_remove(self._name):
            raise FileNotFoundError(2, 'No such file or directory', self._name)


class ShareableList:
    """A list of fixed length in a SharedMemory block; its items may be int, float, bool,
    None, str and bytes (a str or bytes item has room for what it first held, rounded up)."""

    # The block holds, as CPython lays it out (so sizes and formats agree): the item count;
    # n + 1 offsets where the items start and end; the items, 8 bytes each or, for str and
    # bytes, their length rounded up to the next multiple of 8; each item's struct format
    # in 8 bytes; each item's kind in one byte.
    _NUMBER, _STR, _BYTES, _NONE = 0, 1, 2, 3

    def __init__(self, sequence=None, *, name=None):
        if name is not None and sequence is None:
            self.shm = SharedMemory(name)
            (n,) = struct.unpack_from('q', self.shm.buf, 0)
            self._bounds = list(struct.unpack_from('q' * (n + 1), self.shm.buf, 8))
            return
        items = list(sequence or ())
        formats = [_format_of(item) for item in items]
        self._bounds = [0]
        for fmt in formats:
            self._bounds.append(self._bounds[-1] + (int(fmt[:-1]) if fmt[-1] == 's' else 8))
        n = len(items)
        size = 8 * (n + 2) + self._bounds[-1] + 8 * n + n
        self.shm = SharedMemory(name, create=True, size=size)
        struct.pack_into('q' * (n + 2), self.shm.buf, 0, n, *self._bounds)
        for i, (item, fmt) in enumerate(zip(items, formats)):
            self._store(i, fmt, item)

    @property
    def _data(self):
        return 8 * (len(self._bounds) + 1)

    @property
    def _formats_at(self):
        return self._data + self._bounds[-1]

    @property
    def _kinds_at(self):
        return self._formats_at + 8 * (len(self._bounds) - 1)

    def _position(self, position, message):
        n = len(self._bounds) - 1
        if position < 0:
            position += n
        if not 0 <= position < n:
            raise IndexError(message)
        return position

    def _format(self, i):
        raw = struct.unpack_from('8s', self.shm.buf, self._formats_at + 8 * i)[0]
        return raw.rstrip(b'\x00').decode()

    def _store(self, i, fmt, value):
        kind = _kind_of(value)
        struct.pack_into('8s', self.shm.buf, self._formats_at + 8 * i, fmt.encode())
        struct.pack_into('b', self.shm.buf, self._kinds_at + i, kind)
        if kind == self._STR:
            value = value.encode()
        struct.pack_into(fmt, self.shm.buf, self._data + self._bounds[i], value)

    def __getitem__(self, position):
        i = self._position(position, 'index out of range')
        (value,) = struct.unpack_from(self._format(i), self.shm.buf, self._data + self._bounds[i])
        kind = struct.unpack_from('b', self.shm.buf, self._kinds_at + i)[0]
        if kind == self._STR:
            return value.rstrip(b'\x00').decode()
        if kind == self._BYTES:
            return value.rstrip(b'\x00')
        if kind == self._NONE:
            return None
        return value

    def __setitem__(self, position, value):
        i = self._position(position, 'assignment index out of range')
        if isinstance(value, (str, bytes)):
            room = self._bounds[i + 1] - self._bounds[i]
            encoded = value.encode() if isinstance(value, str) else value
            if len(encoded) > room:
                raise ValueError('bytes/str item exceeds available storage')
            current = self._format(i)
            fmt = current if current[-1] == 's' else '%ds' % room
        else:
            fmt = _format_of(value)
        self._store(i, fmt, value)

    def __reduce__(self):
        return _attach_shareable_list, (self.shm.name,)

    def __len__(self):
        return struct.unpack_from('q', self.shm.buf, 0)[0]

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        return ''.join(self._format(i) for i in range(len(self)))

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f'{value!r} not in this container')


_FIXED_FORMATS = {int: 'q', float: 'd', bool: 'xxxxxxx?', type(None): 'xxxxxx?x'}


def _format_of(item):
    if isinstance(item, (str, bytes)):
        return '%ds' % (8 * (len(item) // 8 + 1))
    return _FIXED_FORMATS[type(item)]


def _kind_of(value):
    if isinstance(value, str):
        return ShareableList._STR
    if isinstance(value, bytes):
        return ShareableList._BYTES
    if value is None:
        return ShareableList._NONE
    return ShareableList._NUMBER


def _attach_shareable_list(name):
    return ShareableList(name=name)
