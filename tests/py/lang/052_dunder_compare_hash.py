class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents

a, b, c = Money(100), Money(200), Money(100)
print(a == c, a is c, a != b)
print(a < b, a <= c, b > a, a >= c, b <= a)
s = {a, b, c}
print(len(s), sorted(s))
d = {a: "one dollar"}
print(d[c])
print(hash(a) == hash(c), hash(a) == hash(100))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Reflect.__gt__ called")
        return self.v > o
print(5 < Reflect(10))
print(max(Money(5), Money(50), Money(7)))
print(sorted([Money(3), Money(1), Money(2)], reverse=True))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
