def gen():
    yield "a"
    yield "b"
    return "the end"

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value))

def collect():
    a = yield from gen()
    b = yield from no_return()
    return [a, b]

def driver():
    result = yield from collect()
    print("collected:", result)
    return len(result)

out = []
d = driver()
while True:
    try:
        out.append(next(d))
    except StopIteration as e:
        print("driver returned", e.value)
        break
print(out)

def summing(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def report():
    s = yield from summing(5)
    yield "sum=%d" % s
print(list(report()))
def early(x):
    if x:
        return "early exit"
    yield "normal"
print(list(early(True)), list(early(False)))
