from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y)
print(Point._fields, p._asdict())
q = p._replace(y=20)
print(q, p)
print(p == (1, 2), p == Point(1, 2), isinstance(p, tuple), type(p).__name__)
print(Point(x=5, y=6), Point(7, y=8))
Person = namedtuple("Person", "name age city")
people = [Person("Ann", 30, "Paris"), Person("Bob", 25, "Rome"), Person("Cy", 35, "Oslo")]
print(sorted(people, key=lambda p: p.age))
print(max(people, key=lambda p: p.age).name)
print([p.name for p in people if p.age > 26])
print(Person._fields, Person("Dee", 40, "Kyiv"))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError raised:", type(e).__name__)
print(p + (3,), p * 2, p[:1], tuple(p), list(p))
print({p: "hashable"}[Point(1, 2)])
for field, value in zip(p._fields, p):
    print(field, "=", value)
d = p._asdict()
d["x"] = 100
print(Point(**d))
