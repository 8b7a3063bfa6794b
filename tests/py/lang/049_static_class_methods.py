class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def count(cls):
        return cls.created

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

d = Date.from_string("2024-02-29")
print(d)
print(Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
print(Date.count(), d.count())

class MyDate(Date):
    pass
md = MyDate.from_string("1999-12-31")
print(md, type(md).__name__)
print(MyDate.count())

class Util:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
print(Util.add(2, 3), Util().add(4, 5))
print(Util.name(), Util().name())
class SubUtil(Util):
    pass
print(SubUtil.name())
f = Util.add
print(f(10, 20))

class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.register("a"), Registry.register("b"), Registry.items)
