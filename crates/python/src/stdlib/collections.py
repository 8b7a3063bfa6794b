"""collections: container datatypes for mpplay.

Provides deque, defaultdict, Counter, namedtuple and OrderedDict, written in
plain Python against the interpreter's subset (no exec/eval, no abc).
"""

import sys as _sys

__all__ = ['deque', 'defaultdict', 'Counter', 'namedtuple', 'OrderedDict']

# ids of objects whose repr is currently being computed (recursion guard)
_repr_running = set()


def _guarded_repr(obj, build):
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return build()
    finally:
        _repr_running.discard(key)


def _index(value):
    """Return value as an int, accepting objects that implement __index__."""
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


################################################################################
# deque
################################################################################

class deque:
    """Double-ended queue.

    Stored as two Python lists: ``_left`` holds the left part in reverse
    order (its last item is the leftmost element) and ``_right`` holds the
    right part in order.  Pops from an empty side move half of the other
    side over, which keeps every end operation amortised O(1).
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen,
                      doc='maximum size of a deque or None if unbounded')

    # -- internal helpers --------------------------------------------------
    def _locate(self, index):
        """Normalise index and return (list, position) for that element."""
        n = len(self._left) + len(self._right)
        if not isinstance(index, int) and not hasattr(type(index), '__index__'):
            raise TypeError('sequence index must be integer, not %r'
                            % type(index).__name__)
        index = _index(index)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        nl = len(self._left)
        if index < nl:
            return self._left, nl - 1 - index
        return self._right, index - nl

    def _set_items(self, items):
        self._left = []
        self._right = list(items)

    # -- adding ------------------------------------------------------------
    def append(self, x):
        self._state += 1
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        self._state += 1
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def insert(self, i, x):
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(_index(i), x)
        self._state += 1
        self._set_items(items)

    # -- removing ----------------------------------------------------------
    def _pop(self):
        if not self._right:
            left = self._left
            if not left:
                raise IndexError('pop from an empty deque')
            k = (len(left) + 1) // 2
            self._right = left[:k][::-1]
            self._left = left[k:]
        return self._right.pop()

    def _popleft(self):
        if not self._left:
            right = self._right
            if not right:
                raise IndexError('pop from an empty deque')
            k = (len(right) + 1) // 2
            self._left = right[:k][::-1]
            self._right = right[k:]
        return self._left.pop()

    def pop(self):
        value = self._pop()
        self._state += 1
        return value

    def popleft(self):
        value = self._popleft()
        self._state += 1
        return value

    def clear(self):
        self._state += 1
        self._left = []
        self._right = []

    def remove(self, value):
        for i, item in enumerate(self):
            if item is value or item == value:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def __delitem__(self, index):
        lst, pos = self._locate(index)
        del lst[pos]
        self._state += 1

    # -- reordering --------------------------------------------------------
    def rotate(self, n=1):
        size = len(self)
        n = _index(n)
        if size <= 1:
            return
        self._state += 1
        k = n % size
        if k == 0:
            return
        if k <= 16:
            for _ in range(k):
                item = self._pop()
                self._left.append(item)
        elif size - k <= 16:
            for _ in range(size - k):
                item = self._popleft()
                self._right.append(item)
        else:
            items = list(self)
            self._set_items(items[-k:] + items[:-k])

    def reverse(self):
        # like CPython, reversing in place does not invalidate iterators
        self._left, self._right = self._right, self._left

    # -- queries -----------------------------------------------------------
    def count(self, value):
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total

    def index(self, value, start=0, stop=None):
        items = list(self)
        n = len(items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            item = items[i]
            if item is value or item == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return len(self._left) + len(self._right) > 0

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            nl = len(self._left)
            if i < nl:
                yield self._left[nl - 1 - i]
            elif i - nl < len(self._right):
                yield self._right[i - nl]
            else:
                return
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            nl = len(self._left)
            if i < nl:
                yield self._left[nl - 1 - i]
            else:
                yield self._right[i - nl]
            i -= 1

    def __getitem__(self, index):
        lst, pos = self._locate(index)
        return lst[pos]

    def __setitem__(self, index, value):
        lst, pos = self._locate(index)
        lst[pos] = value

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    # -- copying and operators ---------------------------------------------
    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n == 1:
            return self
        items = list(self)
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is not None and len(items) * n > self._maxlen:
            # only the rightmost maxlen items survive
            total = len(items) * n
            start = total - self._maxlen
            self._set_items(items[i % len(items)] for i in range(start, total))
        else:
            self._set_items(items * n)
        self._state += 1
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = list(self), list(other)
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, 0)

    def __ne__(self, other):
        return self._compare(other, 1)

    def __lt__(self, other):
        return self._compare(other, 2)

    def __le__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    __hash__ = None

    def __repr__(self):
        if id(self) in _repr_running:
            return '[...]'

        def build():
            name = type(self).__name__
            body = repr(list(self))
            if self._maxlen is None:
                return '%s(%s)' % (name, body)
            return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)
        return _guarded_repr(self, build)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls default_factory to supply missing values."""

    def __init__(*args, **kwargs):
        # positional-only parameters, so any keyword can be a dict key
        self, args = args[0], args[1:]
        default_factory = args[0] if args else None
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args[1:], **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = _guarded_repr(factory, lambda: repr(factory))
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# Counter
################################################################################

def _is_mapping(obj):
    return isinstance(obj, dict) or (
        hasattr(obj, 'keys') and hasattr(obj, 'items')
        and hasattr(obj, '__getitem__'))


def _check_one_arg(method, args):
    if len(args) > 1:
        raise TypeError('Counter.%s() takes from 1 to 2 positional arguments '
                        'but %d were given' % (method, len(args) + 1))


class Counter(dict):
    """dict subclass mapping elements to their counts."""

    def __init__(*args, **kwds):
        # positional-only parameters, so any keyword can be a count key
        self, args = args[0], args[1:]
        _check_one_arg('__init__', args)
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        n = _index(n)
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        self, args = args[0], args[1:]
        _check_one_arg('update', args)
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + dict.get(self, elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = dict.get(self, elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        self, args = args[0], args[1:]
        _check_one_arg('subtract', args)
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = dict.get(self, elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = dict.get(self, elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (type(self).__name__, shown)

    # -- comparisons: missing elements count as zero -------------------------
    def _all_pairs(self, other, test):
        for source in (self, other):
            for elem in source:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic ---------------------------------------------------
    def _combine(self, other, pick, keep_other):
        """Build a Counter from pick(mine, theirs) for self's elements, then
        from other's elements missing in self (if keep_other); only positive
        results are kept."""
        result = Counter()
        for elem, count in self.items():
            value = pick(count, other[elem])
            if value > 0:
                result[elem] = value
        if keep_other:
            for elem, count in other.items():
                if elem not in self:
                    value = pick(0, count)
                    if value > 0:
                        result[elem] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b, True)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b, True)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a, True)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b, False)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """dict subclass that remembers insertion order and can reorder it."""

    def __init__(*args, **kwds):
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwds)

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(list(dict.keys(self))))
        else:
            key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return _guarded_repr(
            self, lambda: '%s(%r)' % (type(self).__name__, list(self.items())))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

_KEYWORDS = set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _quoted_list(names):
    """Format names like CPython's argument errors: 'a', 'a' and 'b',
    'a', 'b', and 'c'."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


class _tuplegetter:
    """A read-only field of a namedtuple: reads item `index`, refuses assignment."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _field_property(index):
    return _tuplegetter(index, 'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new tuple subclass named typename with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[i] = '_%d' % i
            seen.add(name)

    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    nrequired = nfields - len(field_defaults)

    def __new__(cls, *args, **kwargs):
        where = '%s.__new__()' % typename
        if len(args) > nfields:
            if nrequired == nfields:
                takes = '%d positional argument%s' % (
                    nfields + 1, '' if nfields == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (
                    nrequired + 1, nfields + 1)
            raise TypeError('%s takes %s but %d %s given' % (
                where, takes, len(args) + 1,
                'was' if len(args) == 0 else 'were'))
        values = list(args)
        if kwargs:
            for name in kwargs:
                if name not in fields:
                    raise TypeError("%s got an unexpected keyword argument "
                                    "'%s'" % (where, name))
                if fields.index(name) < len(args):
                    raise TypeError("%s got multiple values for argument "
                                    "'%s'" % (where, name))
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (where, len(missing),
                               '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d'
                            % (nfields, len(result)))
        return result

    def _replace(self, **kwds):
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name) if name in kwds else value)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(fields, self)]
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)

    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = None
    if module is not None:
        namespace['__module__'] = module

    return type(typename, (tuple,), namespace)
