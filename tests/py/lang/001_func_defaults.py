def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", "Hey", "."))

def power(base, exp=2):
    return base ** exp

print(power(3))
print(power(3, 3))
print(power(exp=0, base=7))

def f(a, b=None):
    if b is None:
        b = a * 2
    return (a, b)

print(f(1))
print(f(1, 0))
print(f(1, b=None))

X = 10
def g(v=X):
    return v
X = 20
print(g())
print(g(5))
print(g.__defaults__)
print(greet.__defaults__)

def h(a, b=1, *args, c=3, **kw):
    return a, b, args, c, sorted(kw.items())
print(h(0))
print(h(0, 2, 4, 5, c=6, z=1, y=2))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
