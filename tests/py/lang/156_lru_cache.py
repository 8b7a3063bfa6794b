import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2), slow(1))
print(calls)
print(slow.cache_info())
@functools.lru_cache()
def add(a, b=0):
    calls.append(("add", a, b))
    return a + b
print(add(1), add(1), add(1, 2), add(1, b=2), add(1, 2))
print(add.cache_info())
@functools.lru_cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(50))
print(ways.cache_info().hits > 0, ways.cache_info().currsize)
print(fib.__name__, ways.__name__)
@functools.lru_cache(maxsize=None)
def sq(n):
    calls.append(("sq", n))
    return n * n
print(sq(4), sq(4), calls[-1])
try:
    add([1])
except TypeError as e:
    print("TypeError:", e)
