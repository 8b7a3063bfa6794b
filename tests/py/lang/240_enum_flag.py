# enum.Flag and IntFlag: combinations made on first use, iteration, inversion, boundaries,
# auto() values combined in the class body, pickling, and CPython's errors.
import enum
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, type(rw).__name__)
print(repr(Perm.R), str(Perm.X), Perm.R.name, Perm(0), repr(Perm(0)), bool(Perm(0)), bool(rw))
print(Perm.R in rw, Perm.X in rw, list(rw), list(Perm), len(Perm), len(rw))
print(~Perm.R, repr(~rw), ~Perm(0), Perm.R & Perm.W, rw ^ Perm.R, rw & Perm.R)
print(Perm(6) is rw, Perm(6) == rw, Perm(7), hash(Perm.R) == hash(Perm.R))
print([c.value for c in Color], Color.WHITE, repr(Color.WHITE), list(Color.WHITE), Color(3))
print(Color.RED | Color.BLUE, Color["GREEN"], Color.WHITE.name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Mode(IntFlag):
    READ = 1
    WRITE = 2


m = Mode.READ | Mode.WRITE
print(m, repr(m), m + 1, m == 3, isinstance(m, int), Mode(8), repr(Mode(8)), m | 4, repr(m | 4))
print(Mode.READ | 2, repr(~Mode.READ), format(m), f"{Mode.WRITE}", int(m))
print(sorted(Perm, key=lambda p: p.value), Perm.R < Perm.W if False else "", {Perm.R: 1}[Perm(4)])
print(isinstance(Perm.R, Flag), issubclass(IntFlag, Flag), Perm.__members__.keys())

import pickle
from enum import CONFORM, EJECT, FlagBoundary


class Small(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Loose(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Small(7), repr(Small(4)), Loose(7), type(Loose(7)).__name__, Loose(3))
print(pickle.loads(pickle.dumps(rw)) is rw, pickle.loads(pickle.dumps(Mode(5))), FlagBoundary.KEEP)
print(Perm._boundary_, Mode._boundary_, Perm(-1), repr(Perm(-3)))
try:
    3 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = A | B


print(list(Opt), Opt.NONE, repr(Opt.AB), Opt(3) is Opt.AB, Opt.A | Opt.B, len(Opt))
