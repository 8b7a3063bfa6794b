# class renaming: assigning __name__ and __qualname__ on a class (plain, or made by a
# metaclass) changes its repr and what its instances report; a non-string is refused with
# CPython's message.
class A: pass
A.__name__ = "B"
print(A, A.__name__, A.__qualname__)
A.__qualname__ = "C.D"
print(A, A.__name__, A.__qualname__, type(A()).__name__)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
class M(type): pass
class K(metaclass=M): pass
K.__name__ = "KK"
print(K, K.__name__)
