print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(10.0 / 4, 1.5 * 4, 2.0 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2.0, 2 ** -1.0)
print(0.1 + 0.7, 0.1 * 0.1, 1.23 - 1.2)
print(abs(-2.5), abs(-0.0), -abs(3.5))
print(max(1.5, 2), min(1, 1.0), max(2, 2.0))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1.5 + True, 2.0 * False)
print(float("inf") + 1, float("inf") * 0, -float("inf") * 2)
print(1 / float("inf"), float("inf") / float("inf"))
nan = float("nan")
print(nan != nan, nan < 1, nan > 1, nan == nan, [nan] == [nan])
print(divmod(7.5, 2), divmod(-7.5, 2))
print((2.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(3.0 == 3, 3.1 > 3, hash(3.0) == hash(3))
print(int(2.999), int(-2.999), float(int(5.5)))
print(1e-320 / 10, 1e-323)
print(1.0.__class__.__name__)
x = 1.0
for _ in range(5):
    x /= 3
print(x)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, round(x, 2))
print(3.7.is_integer(), (4.0).is_integer())
try:
    (-8) ** 0.5 + "x"
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
