r = range(10)
print(r, repr(r), str(r), len(r), list(r))
print(range(1, 10), range(1, 10, 2), range(0), range(5, 1, -1))
print(r[0], r[-1], r[3], r[2:5], r[::2], r[::-1], r[-3:])
print(list(r[2:5]), list(r[::-1]))
print(5 in r, 10 in r, -1 in r, 3.0 in r, "3" in r)
print(range(0, 100, 7)[3], len(range(0, 100, 7)), range(0, 100, 7).index(49))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(range(5).count(3), len(range(10, 0)), len(range(-5, 5)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(3)) + list(range(3, 6)))
print(bool(range(0)), bool(range(1)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
big = range(0, 10 ** 12, 3)
print(len(big), big[-1], 999999999999 in big, 10 ** 11 in big)
print(tuple(range(-3, 3)), set(range(4)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(type(range(1)).__name__, range(2, 8, 3).start, range(2, 8, 3).stop, range(2, 8, 3).step)
