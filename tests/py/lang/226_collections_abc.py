# collections.abc: isinstance and issubclass on builtin values and types, on user classes
# that only define the methods (__subclasshook__), on subclasses and registered classes;
# the mixin methods Mapping, MutableMapping, Sequence, MutableSequence and Set give; the
# abstract-method errors; `from collections import abc` and `collections.abc`.
import collections
import collections.abc
from collections import abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Hashable,
                             Callable, Collection, Reversible, Mapping, MutableMapping,
                             Sequence, MutableSequence, Set, MutableSet, KeysView,
                             ItemsView, ValuesView, MappingView)

print(abc is collections.abc, abc.Mapping is Mapping, Mapping.__module__, repr(Mapping))


def gen():
    yield 1


samples = [
    ("list", [1]), ("tuple", (1,)), ("str", "ab"), ("bytes", b"ab"), ("dict", {1: 2}),
    ("set", {1}), ("frozenset", frozenset()), ("range", range(3)), ("int", 3),
    ("float", 1.5), ("None", None), ("generator", gen()), ("list_iter", iter([1])),
    ("dict_iter", iter({})), ("str_iter", iter("a")), ("keys", {}.keys()),
    ("values", {}.values()), ("items", {}.items()), ("function", gen), ("builtin", len),
    ("bound", [].append), ("class", int), ("lambda", lambda: 0), ("zip", zip()),
    ("map", map(str, [])), ("enumerate", enumerate([])), ("reversed", reversed([1])),
    ("bytearray", bytearray()), ("deque", collections.deque()),
    ("Counter", collections.Counter()), ("OrderedDict", collections.OrderedDict()),
    ("defaultdict", collections.defaultdict(int)),
]
abcs = [Iterable, Iterator, Generator, Sized, Container, Hashable, Callable, Collection,
        Reversible, Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet]
print(" " * 12 + " ".join(a.__name__[:4] for a in abcs))
for name, value in samples:
    row = " ".join(("yes " if isinstance(value, a) else "-   ") for a in abcs)
    print("%-12s%s" % (name, row))

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable),
      issubclass(list, Hashable), issubclass(type(iter(range(3))), Iterator))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView),
      isinstance({}.values(), ValuesView), isinstance({}.keys(), Set))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class OnlyLen:
    def __len__(self):
        return 7


class OnlyCall:
    def __call__(self):
        return "called"


class Unhashable:
    def __eq__(self, other):
        return True


class NoIter(Countdown):
    __iter__ = None


print(isinstance(Countdown(3), Iterator), isinstance(Countdown(3), Iterable),
      isinstance(Countdown(3), Sized), list(Countdown(3)))
print(isinstance(OnlyLen(), Sized), isinstance(OnlyLen(), Collection),
      isinstance(OnlyCall(), Callable), callable(OnlyCall()))
print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable),
      isinstance(NoIter(1), Iterable), issubclass(NoIter, Iterator))


class Registry(Mapping):
    """A read-only mapping over a list of pairs."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def __getitem__(self, key):
        for k, v in self._pairs:
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self):
        return iter(k for k, _ in self._pairs)

    def __len__(self):
        return len(self._pairs)

    def __repr__(self):
        return "Registry(%r)" % (self._pairs,)


r = Registry([("a", 1), ("b", 2)])
print(len(r), r["a"], r.get("z"), r.get("z", 0), "a" in r, "z" in r)
print(list(r.keys()), list(r.values()), list(r.items()))
print(r.keys(), type(r.items()).__name__, r == {"a": 1, "b": 2}, r != {"a": 1})
print(("a", 1) in r.items(), ("a", 2) in r.items(), 2 in r.values(), r.keys() & {"a", "q"})
print(dict(r), isinstance(r, Mapping), isinstance(r, MutableMapping))
try:
    r["nope"]
except KeyError as e:
    print("KeyError", e)


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "Store(%r)" % (self._data,)


s = Store({"A": 1}, B=2)
s.update([("C", 3)])
print(s, s["a"], s.setdefault("D", 4), s.setdefault("a", 9), s.pop("b"), s.pop("zz", "dflt"))
print(s.popitem(), s)
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Span(Sequence):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("span index out of range")
        return self.lo + i

    def __len__(self):
        return self.hi - self.lo


sp = Span(3, 8)
print(list(sp), list(reversed(sp)), 5 in sp, 9 in sp, sp.index(6), sp.count(4), sp[-1])
try:
    sp.index(42)
except ValueError as e:
    print("ValueError", repr(e))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(list(st), st.pop(), st.pop(0), list(st))
st.remove(3)
print(list(st), len(st))


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), sorted(b ^ Bag([3, 4])))
print(b <= Bag([1, 2, 3, 4]), b < b, b == Bag([3, 2, 1]), b.isdisjoint([7, 8]))
b |= [9]
b -= {1}
print(sorted(b), type(b | b).__name__)
b.remove(2)
try:
    b.remove(2)
except KeyError as e:
    print("KeyError", e)


class Incomplete(Mapping):
    def __len__(self):
        return 0


for cls in (Incomplete, Mapping, Sequence, Iterator):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Virtual:
    pass


Sequence.register(Virtual)
print(issubclass(Virtual, Sequence), issubclass(Virtual, Iterable),
      issubclass(Virtual, MutableSequence), isinstance(Virtual(), Collection))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError", e)
print(collections.abc.Iterable.__subclasshook__(list), Mapping.__subclasshook__(dict))
