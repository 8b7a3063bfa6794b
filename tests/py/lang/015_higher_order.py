def apply(f, *args):
    return f(*args)

print(apply(max, 3, 9, 2))
print(apply(len, "hello"))
print(apply(lambda: "x"))

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed

pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))

def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))

def memoize(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w

@memoize
def slow_sq(n):
    print("computing", n)
    return n * n

print(slow_sq(4), slow_sq(4), slow_sq(5))
print(sorted(slow_sq.cache))

ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](7, 3))

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(5) for m in make_multipliers()])
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(str.upper, ["a", "b"])))
