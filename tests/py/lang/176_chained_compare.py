x = 5
print(1 < x < 10, 1 < x > 3, 10 > x > 6, 1 <= x <= 5, 5 == x == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 0 < x != 6, x < 10 == True)
print(1 == 1 != 2, x is not None is not False)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1,) < (1, 0))
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(4) > v(10))
print(x in [5] in [[5]], 3 not in [1] not in [[1]])
print(0 < x < 10 and x % 2 == 1)
lo, hi = 0, 100
print([n for n in [-1, 0, 50, 100, 101] if lo <= n < hi])
print(1 < 2 == 2 > 1, 2 > 1 == 1 < 2)
print((1 < 2) < 3, 1 < (2 < 3))
a = b = c = [1]
print(a is b is c, a == b == c == [1], a is b is [1])
print(not 1 < 0 < 2, not (1 < 2 < 3))
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
print(3 > 2 > 1 > 0 > -1 > -2)
print(None is None is None, 1 != 1 != 2)
