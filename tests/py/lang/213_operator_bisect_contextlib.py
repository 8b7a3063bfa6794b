# operator, bisect and contextlib: the functions, the getters' reprs, context managers
# built from generators (with and without exceptions), suppress, ExitStack and redirects.
import operator
from operator import itemgetter, attrgetter, methodcaller
import bisect
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout

print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.not_(0), operator.truth([]), operator.abs(-3))
print(operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.lt(1, 2), operator.eq(1, 1.0), operator.floordiv(7, 2), operator.truediv(7, 2), operator.pow(2, 10), operator.mod(7, 3))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)), itemgetter(1), itemgetter(0, 2))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def greet(self, other, punct="!"):
        return f"{self.name} greets {other}{punct}"
ps = [P("ann", 31), P("bob", 25)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]), attrgetter("name"))
print(methodcaller("greet", "bob", punct="?")(ps[0]), methodcaller("greet", "x", punct="?"), methodcaller("upper")("hi"))
from functools import reduce
print(reduce(operator.add, range(10)), list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
x = [1]; print(operator.iadd(x, [2]), x)
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError", e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = "FDCBA"; breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("x", 1), ("y", 5), ("z", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        raise KeyError("boom")
except KeyError as e:
    print("KeyError passed out", e)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)

with swallow():
    1 / 0
print("after swallow")

@tag("fn")
def work(n):
    print("working", n)
    return n * 2
print(work(21))

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError not suppressed:", e)

with nullcontext(42) as v:
    print("null", v)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *exc): print("exit", self.n, exc[0].__name__ if exc[0] else None)

with closing(Res(0)) as r:
    print("using", r.n)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("all entered", [r.n for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Res(9))
        raise ValueError("in stack")
except ValueError as e:
    print("ValueError", e)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print("captured", 1, 2)
print("got", "".join(b.parts).strip())
