def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer result"

print(list(outer()))

def wrapper():
    result = yield from outer()
    print("outer returned", result)

for v in wrapper():
    print("value", v)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def tree(n):
    if n == 0:
        return 0
    count = yield n
    left = yield from tree(n - 1)
    return 1 + left
def run():
    total = yield from tree(3)
    print("depth", total)
print(list(run()))

def passthrough():
    got = yield from receiver()
    return got
def receiver():
    items = []
    while True:
        x = yield len(items)
        if x is None:
            return items
        items.append(x)
p = passthrough()
print(next(p), p.send("a"), p.send("b"))
try:
    p.send(None)
except StopIteration as e:
    print("StopIteration.value =", e.value)
