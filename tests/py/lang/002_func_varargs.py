def total(*args):
    print("args =", args, type(args).__name__)
    return sum(args)

print(total())
print(total(1))
print(total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums))
print(total(*nums, 7, *range(2)))

def show(**kwargs):
    for k in sorted(kwargs):
        print(" ", k, "=", kwargs[k])
    return len(kwargs)

print(show())
print(show(a=1, b=2))
d = {"x": 10, "y": 20}
print(show(**d))
print(show(**d, z=30))

def both(first, *rest, **opts):
    return first, rest, opts

print(both(1))
print(both(1, 2, 3))
print(both(1, 2, k="v"))
print(both(*"abc", **{"q": 1}))

def order(**kw):
    return list(kw.keys())
print(order(c=1, a=2, b=3))

def fwd(*a, **k):
    return both(*a, **k)
print(fwd(9, 8, w=7))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError for duplicate keyword:", type(e).__name__)
try:
    total(**{"a": 1})
except TypeError as e:
    print("TypeError:", e)
