square = lambda x: x * x
print(square(7))
add = lambda a, b=1: a + b
print(add(2), add(2, 3))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3))
print(compose(inc, square)(3))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
