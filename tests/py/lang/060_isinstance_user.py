class A: pass
class B(A): pass
class C(B): pass
class D: pass

objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, [isinstance(o, k) for k in (A, B, C, D)])

print(isinstance(C(), (D, B)))
print(isinstance(D(), (A, B)))
print(isinstance(A(), object), issubclass(D, object))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C))
print(issubclass(C, (D, A)))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (int, float)), isinstance(1.5, (int, str)))
print(isinstance("s", str), isinstance(b"s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)))
print(isinstance(A, type), isinstance(A(), type))
print(type(A()) is A, type(B()) is A, type(B()) == B)
print(type(A).__name__, type(type).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)

class MyInt(int):
    pass
m = MyInt(5)
print(isinstance(m, int), type(m).__name__, m + 1, type(m + 1).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), isinstance(s, str), len(s), s + "x")
