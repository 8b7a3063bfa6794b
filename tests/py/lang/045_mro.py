class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([c.__name__ for c in D.__mro__])
print(D().who())
print([c.__name__ for c in B.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Mixin:
    def hello(self):
        return "hello from mixin, value=" + str(self.value)
class Thing:
    def __init__(self):
        self.value = 42
class MixedThing(Mixin, Thing):
    pass
print(MixedThing().hello())
print([c.__name__ for c in MixedThing.__mro__])
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
print([c.__name__ for c in Both.__mro__])
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass
print(S.attr)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__, "MRO" in str(e))
