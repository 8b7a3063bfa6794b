def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))
print(list(count_up(2)))

def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)))
print(sum(squares(10)))
s = squares(3)
print(list(s), list(s))

def multi():
    yield 1
    yield "two"
    yield [3]
    return
print(list(multi()))

def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
g = squares(4)
print(iter(g) is g)
for x in g:
    if x > 1:
        break
print("remaining", list(g))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
print(list(with_finally()))
