class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return "V" + self.s
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("1.0") == "1.0")
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print("TypeError:", e)
vs.sort()
print(vs)
print(Version("1.2") in vs, vs.count(Version("1.2")), vs.index(Version("2.0")))

class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __lt__(self, other):
        return self.grade < other.grade
    def __repr__(self):
        return "%s:%d" % (self.name, self.grade)
studs = [Student("a", 3), Student("b", 1), Student("c", 3), Student("d", 2), Student("e", 1)]
print(sorted(studs))
print(sorted(studs, key=lambda s: s.name, reverse=True))
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n2, n1 == n1, n1 != n2)
