class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, 2)
print(p)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)

class Partial:
    __slots__ = ["a", "b"]
    def __init__(self):
        self.a = 1
q = Partial()
print(q.a)
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
q.b = 2
print(q.b)
del q.a
print(hasattr(q, "a"))

class Sub(Point):
    pass
s = Sub(3, 4)
s.extra = "ok in subclass without slots"
print(s, s.extra)

class Sub2(Point):
    __slots__ = ("z",)
s2 = Sub2(5, 6)
s2.z = 7
print(s2, s2.z)
try:
    s2.w = 0
except AttributeError as e:
    print("AttributeError on Sub2:", e)
