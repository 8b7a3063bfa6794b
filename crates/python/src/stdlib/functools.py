"""functools: higher-order functions and operations on callables for mpplay.

Provides reduce, partial, update_wrapper, wraps, lru_cache, cache,
total_ordering and cmp_to_key.
"""

from collections import namedtuple as _namedtuple

__all__ = ['reduce', 'partial', 'update_wrapper', 'wraps',
           'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'lru_cache', 'cache',
           'total_ordering', 'cmp_to_key']

_MISSING = object()


################################################################################
# reduce
################################################################################

def reduce(function, sequence, initial=_MISSING):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of an
    iterable, from left to right, reducing it to a single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(
                'reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial
################################################################################

class partial:
    """New callable with some positional and keyword arguments pre-filled.

    func, args and keywords are read-only attributes."""

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__
                and len(getattr(func, '__dict__', ())) <= 3):
            # flatten nested partial objects (without extra attributes)
            args = func._args + args
            merged = dict(func._keywords)
            merged.update(keywords)
            keywords = merged
            func = func._func
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords

    func = property(lambda self: self._func,
                    doc='function object to use in future partial calls')
    args = property(lambda self: self._args,
                    doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords,
                        doc='dictionary of keyword arguments to future '
                            'partial calls')

    def __call__(self, *args, **keywords):
        if self._keywords:
            merged = dict(self._keywords)
            merged.update(keywords)
            keywords = merged
        return self._func(*(self._args + args), **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__qualname__
        parts = [repr(self._func)]
        parts.extend([repr(a) for a in self._args])
        parts.extend(['%s=%r' % (k, v) for k, v in self._keywords.items()])
        return '%s(%s)' % (name, ', '.join(parts))


################################################################################
# update_wrapper / wraps
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge
    the updated ones and point __wrapped__ at wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last so that a __wrapped__ copied from wrapped.__dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated
    function."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


################################################################################
# lru_cache
################################################################################

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize',
                                       'currsize'])


_KWD_MARK = (object(),)    # separates positional from keyword arguments


def _make_key(args, kwds, typed):
    """Build a hashable cache key from call arguments."""
    key = args
    if kwds:
        key = key + _KWD_MARK
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Usable as @lru_cache, @lru_cache() or @lru_cache(maxsize=..., typed=...);
    maxsize=None means unbounded."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict whose insertion order doubles as recency order:
    # a hit moves its key to the end, eviction drops the first key.
    cache = {}
    stats = [0, 0]   # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                cache[key] = result
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call already stored this key
                pass
            else:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function):
    """Simple unbounded cache; same as lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
# total_ordering
################################################################################

def _derived_ops(root):
    """Return {name: function} for the comparisons derived from root."""
    def call_root(self, other):
        return getattr(type(self), root)(self, other)

    def not_root(self, other):                 # e.g. a >= b from a < b
        result = call_root(self, other)
        if result is NotImplemented:
            return result
        return not result

    def root_or_eq(self, other):               # e.g. a <= b from a < b
        result = call_root(self, other)
        if result is NotImplemented:
            return result
        return result or self == other

    def not_root_and_ne(self, other):          # e.g. a > b from a < b
        result = call_root(self, other)
        if result is NotImplemented:
            return result
        return not result and self != other

    def not_root_or_eq(self, other):           # e.g. a > b from a <= b
        result = call_root(self, other)
        if result is NotImplemented:
            return result
        return not result or self == other

    def root_and_ne(self, other):              # e.g. a < b from a <= b
        result = call_root(self, other)
        if result is NotImplemented:
            return result
        return result and self != other

    if root == '__lt__':
        return {'__gt__': not_root_and_ne, '__le__': root_or_eq,
                '__ge__': not_root}
    if root == '__le__':
        return {'__ge__': not_root_or_eq, '__lt__': root_and_ne,
                '__gt__': not_root}
    if root == '__gt__':
        return {'__lt__': not_root_and_ne, '__ge__': root_or_eq,
                '__le__': not_root}
    return {'__le__': not_root_or_eq, '__gt__': root_and_ne,
            '__lt__': not_root}


def total_ordering(cls):
    """Class decorator filling in missing rich comparison methods."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    root = max(defined)     # prefer __lt__, then __le__, __gt__, __ge__
    for name, func in _derived_ops(root).items():
        if name not in defined:
            func.__name__ = name
            func.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            setattr(cls, name, func)
    return cls


################################################################################
# cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert an old-style cmp= function into a key= function."""
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

        __hash__ = None

    return K
