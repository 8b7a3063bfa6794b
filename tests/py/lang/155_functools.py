import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a, [], "init"))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: b + a, "abc"))
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square(3, mod=5))
two_to = functools.partial(power, 2)
print(two_to(10), two_to(exp=5))
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("11"))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
print(functools.partial(max, 5)(3), functools.partial(max, 5)(9, 1))
nested = functools.partial(functools.partial(power, 3), 4)
print(nested())
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def documented(x):
    """Doubles x."""
    return x * 2
print(documented.__name__, documented.__doc__, documented(21))
def nodeco(f):
    def wrapper():
        """wrapper doc"""
    return wrapper
@nodeco
def other():
    """other doc"""
print(other.__name__, other.__doc__)
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
