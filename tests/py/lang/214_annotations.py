# Annotations are evaluated where CPython evaluates them: a function's at its def (parameters
# in CPython's order, then return), a module's and a class's plain names into __annotations__,
# never a function's local ones; an undefined name in one is a NameError at the def.
def f(p: 1, /, a: 2, *b: 3, c: 4, **d: 5) -> 6: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__dict__)
class A:
    '''doc'''
    x: int
    if True:
        y: 'Q' = 2
    def m(self): z: int = 3
    (w): int = 4
print(A.__annotations__, [k for k in A.__dict__ if not k.startswith('__') or k == '__annotations__'])
v: list[int] = [1]
print(__annotations__, v)
lam = lambda x: x
print(lam.__annotations__)
try:
    def h(x: Undefined): pass
except NameError as e:
    print("NameError", e)
