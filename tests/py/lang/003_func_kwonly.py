def f(a, *, key, flag=False):
    return (a, key, flag)

print(f(1, key=2))
print(f(1, key=2, flag=True))
print(f(a=0, key="k"))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

def g(*args, sep="-", end="."):
    return sep.join(str(x) for x in args) + end

print(g(1, 2, 3))
print(g(1, 2, 3, sep="+"))
print(g(end="!"))
print(g("a", "b", sep="", end=""))

def h(*, x=1, y):
    return x * 10 + y

print(h(y=2))
print(h(y=3, x=4))
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, y=2)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
