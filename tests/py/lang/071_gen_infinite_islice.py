import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(10), 2, 8)))
print(list(itertools.islice(naturals(), 0, 20, 5)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(itertools.islice(primes(), 15)))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))

def take_while_small(gen, limit):
    for v in gen:
        if v > limit:
            break
        yield v
print(list(take_while_small(naturals(), 6)))
sq = (n * n for n in naturals(1))
print(list(itertools.islice(sq, 6)))
print(next(sq))
it = naturals()
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)))
print(list(zip("abc", naturals(100))))
print(list(itertools.takewhile(lambda x: x < 5, naturals())))
print(list(itertools.islice(itertools.count(1, 3), 4)))
print(list(itertools.islice("abcdefg", 1, None, 2)))
