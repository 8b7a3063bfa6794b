class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % self.v
    def __add__(self, o):
        print("__add__", o)
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return Num(o + self.v)
    def __iadd__(self, o):
        print("__iadd__", o)
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)

a = Num(5)
print(a + 1)
print(1 + a)
print(a + Num(2))
print(sum([Num(1), Num(2), Num(3)]))
b = a
a += 10
print(a, b, a is b)
print(10 - a, a - 10)

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
    def __repr__(self):
        return "NoIadd(%d)" % self.v
x = NoIadd(1)
y = x
x += 5
print(x, y, x is y)
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)

class ListLike:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.extend(other)
        return self
l = ListLike()
l += [1, 2]
l += (3,)
print(l.items)
