# Properties whose getter and setter are Python functions: values, inheritance, errors
# raised inside them (with their traceback), a missing setter, generators, recursion
# through properties, and properties used in a loop.
import traceback


class Temperature:
    def __init__(self, c):
        self._c = c
        self.log = []

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self.log.append(value)
        self._c = value

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @property
    def broken(self):
        return self.missing_attribute

    @property
    def digits(self):
        for ch in str(self._c):
            if ch.isdigit():
                yield int(ch)


class Kelvin(Temperature):
    @property
    def k(self):
        return self.c + 273.15


t = Kelvin(20)
print(t.c, t.f, t.k)
t.c += 5
t.c = t.c * 2
print(t.c, t.log, t.f, round(t.k, 2))
print(list(t.digits), sum(t.digits))
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e, t.c)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.broken
except AttributeError:
    traceback.print_exc()


class Fallback:
    @property
    def x(self):
        raise AttributeError("x is not ready")

    def __getattr__(self, name):
        return "fallback for " + name


print(Fallback().x)


class Node:
    def __init__(self, parent=None):
        self.parent = parent

    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1


n = Node()
for _ in range(50):
    n = Node(n)
print(n.depth)


class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, v):
        self._n = v


def bump(c, times):
    for _ in range(times):
        c.n += 1
    return c.n


print(bump(Counter(), 1000), [Counter().n for _ in range(3)])
d = {"k": Counter()}
d["k"].n = 7
print(d["k"].n, getattr(d["k"], "n"), hasattr(Counter(), "n"))
