# dataclasses: the generated __init__ (CPython's messages), __repr__, __eq__, ordering, frozen
# instances, hashing, inheritance, field() options, InitVar, kw_only, asdict/astuple/replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p.tags is not Point(1).tags)
for bad in [lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def __post_init__(self):
        print("post_init", self.major)
v = Version(1, 2)
print(v, v < Version(2), sorted([Version(3), Version(1, 5), Version(1, 2)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class P3(Point):
    z: int = 9
print(P3(1, 2, ["a"], 3), [f.name for f in fields(P3)], asdict(P3(1)), astuple(P3(1)), replace(p, y=7), is_dataclass(p), is_dataclass(Point))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
print(Point.__match_args__, Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Inv:
    name: str
    qty: int = field(default=1, repr=False)
    hidden: str = field(default="h", init=False)
print(Inv("pen"), Inv("pen", 3).qty, Inv("a").hidden)
from dataclasses import InitVar, KW_ONLY, make_dataclass

@dataclass
class Account:
    owner: str
    secret: InitVar[str]
    balance: float = 0.0
    def __post_init__(self, secret):
        self.digest = len(secret)
a = Account("ann", "hunter2", 5.0)
print(a, a.digest, [f.name for f in fields(a)])

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5), Mixed.__match_args__)

@dataclass
class Line:
    start: Point
    end: Point
    notes: dict = field(default_factory=dict)
ln = Line(Point(0), Point(3, 4, ["t"]), {"k": [1]})
print(asdict(ln))
print(astuple(ln))
C = make_dataclass("C", [("x", int), ("y", int, 5)])
print(C(1), C(1) == C(1, 5))
match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)
