# enum: members made once at class creation with their names and values, aliases, auto(),
# lookup by value (with _missing_) and by name, iteration, len, in, reversed, __members__, reprs
# and strs of Enum, str-mixed Enum and IntEnum (3.11's), @unique, tuple values given to
# __init__, the functional form, pickling back to the same member, and the errors.
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return "%s is %s" % (self.name, self.value)
class S(str, Enum):
    A = 'a'
    B = 'b'
class N(IntEnum):
    ONE = 1
    TWO = auto()
class A(Enum):
    X = auto()
    Y = auto()
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, '>12') + '|', Color.CRIMSON is Color.RED)
print(repr(S.A), str(S.A), f"{S.A}", S.A == 'a', S.A.upper())
print(repr(N.TWO), str(N.TWO), f"{N.TWO}", N.TWO + 1, N.ONE == 1, N.TWO > N.ONE, hash(N.ONE) == hash(1))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, A.Y.value, list(A))
print(Color.RED.describe(), type(Color.RED), isinstance(Color.RED, Color), Color.RED.name, Color.RED.value)
print(Color.__members__)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(Shape.SQ.value, Shape(3))
import pickle
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
d = {Color.RED: 'r'}
print(d[Color.CRIMSON], Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(sorted(Color, key=lambda c: c.value, reverse=True))
class Status(Enum):
    ACTIVE = 'active'
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if value == 'on' else None
print(Status('on'), [m.name for m in reversed(Color)])
try:
    Color.__members__['X'] = 1
except TypeError as e: print(e)
print(Color.RED.__class__.__name__, N.__mro__[1:3], type(Color).__name__)
from enum import StrEnum, EnumMeta, EnumType
class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
print(repr(Mode.READ), str(Mode.WRITE), f"{Mode.READ:>6}|", Mode.READ == "read", EnumMeta is EnumType)
import copy
print(copy.deepcopy(Color.BLUE) is Color.BLUE, Color.GREEN.__class__ is Color, bool(Color))
try:
    "RED" in Color
except TypeError as e:
    print(e)
try:
    Status(5)
except ValueError as e:
    print(e)
# IntEnum members are ints to every operator and builtin, as any subclass of int is.
print(abs(N.TWO), -N.TWO, ~N.ONE, +N.ONE, round(N.TWO), int(N.TWO), float(N.ONE), N.TWO * 3, N.TWO // 2)
