"""itertools: iterator building blocks for mpplay.

Pure-Python versions of the CPython itertools functions: infinite iterators
(count, cycle, repeat), terminating ones (accumulate, chain, compress,
dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
zip_longest) and the combinatoric ones (product, permutations, combinations,
combinations_with_replacement).
"""

import sys as _sys

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']

_NULL = object()    # "no value yet" marker
_MAXSIZE = getattr(_sys, 'maxsize', 2 ** 63 - 1)


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


################################################################################
# infinite iterators
################################################################################

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not (isinstance(value, (int, float))
                    or hasattr(type(value), '__complex__')
                    or hasattr(type(value), '__index__')
                    or hasattr(type(value), '__float__')
                    or hasattr(type(value), '__int__')):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, step)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        for item in saved:
            yield item


class repeat:
    """repeat(object [,times]) --> object repeated forever or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            times = _as_int(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


################################################################################
# terminating iterators
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


class chain:
    """chain(*iterables) --> items of the first iterable, then the next..."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    """Yield items of data whose corresponding selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    """Drop items while predicate(item) is true, then yield the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def takewhile(predicate, iterable):
    """Yield items while predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    """Yield items for which predicate(item) is false."""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for item in it:
        if not (item if predicate is None else predicate(item)):
            yield item


def starmap(function, iterable):
    """Yield function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield (prev, item)
        prev = item


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but pads shorter iterables with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) == 2:
            start, stop, step = args[0], args[1], None
        else:
            start, stop, step = args
        if stop is not None:
            stop = self._check(stop, 'Stop argument for islice() must be None '
                               'or an integer: 0 <= x <= sys.maxsize.')
        start = 0 if start is None else self._check(
            start, 'Indices for islice() must be None or an integer: '
            '0 <= x <= sys.maxsize.')
        step = 1 if step is None else self._check(
            step, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError(
                'Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start      # index of the next item to yield
        self._stop = stop
        self._step = step
        self._count = 0         # items consumed so far

    @staticmethod
    def _check(value, message):
        try:
            value = _as_int(value)
        except TypeError:
            raise ValueError(message)
        if value < 0 or value > _MAXSIZE:
            raise ValueError(message)
        return value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class groupby:
    """groupby(iterable, key=None) --> (key, group iterator) pairs for runs of
    consecutive items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL      # key of the group handed out last
        self._currkey = _NULL     # key of the current look-ahead item
        self._currvalue = _NULL   # look-ahead item not yet consumed
        self._token = None        # identifies the only valid group iterator

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._token = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgt, cur = self._tgtkey, self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        token = self._token = object()
        return (self._currkey, self._group(self._tgtkey, token))

    def _group(self, tgtkey, token):
        while self._token is token:
            if self._currvalue is _NULL:
                try:
                    self._step()
                except StopIteration:
                    return
            cur = self._currkey
            if not (tgtkey is cur or tgtkey == cur):
                return
            value = self._currvalue
            self._currvalue = _NULL
            yield value


class _TeeLink:
    """One cell of the shared buffer behind tee(): value plus next cell."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _NULL
        self.next = None


class _Tee:
    """One of the iterators returned by tee()."""

    def __init__(self, source, link):
        self._source = source   # shared one-element list holding the iterator
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source[0])
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._source, self._link)


def tee(iterable, n=2):
    """Return n independent iterators over iterable."""
    n = _as_int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _Tee([it], _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


################################################################################
# combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Cartesian product of the input iterables, like nested for-loops."""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple([pool[i] for pool, i in zip(pools, indices)])
        # advance the odometer from the rightmost position
        pos = len(pools) - 1
        while pos >= 0:
            indices[pos] += 1
            if indices[pos] < len(pools[pos]):
                break
            indices[pos] = 0
            pos -= 1
        if pos < 0:
            return


def _check_r(r):
    r = _as_int(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def combinations(iterable, r):
    """r-length subsequences of iterable, in lexicographic index order."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple([pool[i] for i in indices])
        # find the rightmost index that can still move right
        pos = r - 1
        while pos >= 0 and indices[pos] == pos + n - r:
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1
        for j in range(pos + 1, r):
            indices[j] = indices[j - 1] + 1


def combinations_with_replacement(iterable, r):
    """r-length sequences of elements, allowing repeats, in sorted index
    order."""
    pool = tuple(iterable)
    return _combinations_wr(pool, _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    while True:
        yield tuple([pool[i] for i in indices])
        pos = r - 1
        while pos >= 0 and indices[pos] == n - 1:
            pos -= 1
        if pos < 0:
            return
        value = indices[pos] + 1
        for j in range(pos, r):
            indices[j] = value


def permutations(iterable, r=None):
    """r-length orderings of elements, in lexicographic index order."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    indices = list(range(n))
    while True:
        yield tuple([pool[i] for i in indices[:r]])
        # Reversing the unused tail makes this the last full permutation
        # with the current prefix; the next lexicographic permutation of
        # all indices then starts with the next r-prefix.
        if r < n:
            indices[r:] = indices[r:][::-1]
        i = n - 2
        while i >= 0 and indices[i] > indices[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while indices[j] < indices[i]:
            j -= 1
        indices[i], indices[j] = indices[j], indices[i]
        indices[i + 1:] = indices[i + 1:][::-1]
