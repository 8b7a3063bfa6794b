class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c))
print(next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
print(list(c))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(4)
print(list(r), list(r))
print(sum(r), max(r), sorted(r, reverse=True))
for a, b in zip(Range2(3), Countdown(3)):
    print(a, b)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(50)))
it = iter(Fib(3))
print(type(it).__name__, iter(it) is it)
print(dict(zip("abc", Countdown(3))))
print(3 in Countdown(5), 9 in Countdown(5))
