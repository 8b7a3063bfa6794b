class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(%r)" % (self.v,)
    def __str__(self):
        return "Both with " + str(self.v)

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr<" + repr(self.v) + ">"

class OnlyStr:
    def __str__(self):
        return "only str"

b = Both("x")
print(b)
print(str(b))
print(repr(b))
print([b])
print((b,))
print({"k": b})
print(f"{b}")
print(f"{b!r}")
print("%s / %r" % (b, b))
print("{} / {!r}".format(b, b))
o = OnlyRepr([1, "two"])
print(o)
print(str(o))
print([o, o])
print(str(OnlyStr()))
print("%s" % OnlyStr())
print(f"{OnlyStr()}")
class Nested:
    def __repr__(self):
        return "Nested(" + repr([Both(1), OnlyRepr("s")]) + ")"
print(Nested())
class ReprWithQuotes:
    def __repr__(self):
        return "R('it''s')"
print(repr(ReprWithQuotes()))
print(str(Both(None)), repr(Both(None)))
print(len(repr(b)))
