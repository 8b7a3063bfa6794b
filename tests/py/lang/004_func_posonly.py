def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)

def g(x, y=5, /):
    return x + y

print(g(1))
print(g(1, 2))
try:
    g(x=1)
except TypeError as e:
    print("TypeError:", e)

def h(name, /, **kw):
    return name, sorted(kw.items())

print(h("pos", name="kw"))
print(h("only"))

def k(a, /, b=0, *args, **kw):
    return a, b, args, kw

print(k(1))
print(k(1, 2, 3, 4))
print(k(1, b=9))
print(k(1, 2, z=3))
print(divmod(17, 5))
try:
    divmod(a=17, b=5)
except TypeError as e:
    print("TypeError raised for divmod kwargs")
