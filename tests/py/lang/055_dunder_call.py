class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale

add3 = Adder(3)
print(add3(1))
print(add3(1, 2, 3))
print(add3(1, scale=10))
print(add3.calls)
print(callable(add3), callable(Adder), callable(3))
print(list(map(add3, [10, 20])))

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total
p = Polynomial(1, 0, -1)
print([p(x) for x in range(-2, 3)])

class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
print(len(fib.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=Adder(0)))
