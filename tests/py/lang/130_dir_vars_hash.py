class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def _private(self):
        pass
    @property
    def label(self):
        return self.name.title()

class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2

print([n for n in dir(Shape) if not n.startswith("__")])
print([n for n in dir(Square) if not n.startswith("__")])
sq = Square(3)
print([n for n in dir(sq) if not n.startswith("__")])
print(vars(sq))
print(sorted(k for k in vars(Square) if not k.startswith("__")))
print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(-0.0) == hash(0), hash(2.0) == hash(2), hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(10 ** 20), hash(-(10 ** 20)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print("area" in dir(sq), "s" in dir(sq), "nothing" in dir(sq))
