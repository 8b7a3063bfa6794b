a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, *"xy"])
print([*range(3), *[]], (*a,), *a)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
def f(p, q, r=0, *rest, **kw):
    return p, q, r, rest, kw
print(f(*a))
print(f(*a, *b))
print(f(*b, r=9))
print(f(**{"p": 1, "q": 2}))
print(f(1, *[2, 3], 4, **{"k": 5}, z=6))
print(f(*"ab", **d2))
args = ("s", "e", "p")
print(*args, sep="-")
print(max(*[3, 9, 4]), list(zip(*[[1, 2], [3, 4]])))
first, *others = [*a, *b]
print(first, others)
print(*[1, 2], *[3])
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
kw = {"sep": " | ", "end": " END\n"}
print("a", "b", **kw)
try:
    f(*[1, 2], **{"p": 0})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
merged = dict(**d1, extra=True)
print(merged)
s = {*"hello"}
print(sorted(s), [*"abc"][::-1])
print([*{"k1": 1, "k2": 2}], (*{3: 0},))
