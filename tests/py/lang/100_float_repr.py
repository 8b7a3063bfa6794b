vals = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 0.0001234, 1 / 3, 2 / 3, float("inf"), float("-inf"), float("nan"),
        -0.0, 0.0, 1e22, 1e21, 123456789.0 * 1000, 2.5e-7, 1.0, 100.0, 1.5, 3.14159, 1e100, 1.7976931348623157e308,
        5e-324, 0.1, 0.5, 12345678901234567890.0, 1e300 * 1e10, 2 ** 0.5, 10 / 3, 9.999999999999999e22, 4.35, 0.3]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e16 + 1, 1e16 + 2)
print(float(1), float(-1), 3.0 * 2, 7.0 / 2, 2.0 ** 10)
print([1.0, 2.5, -0.0])
print(-0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0))
print(float("nan") == float("nan"), float("inf") > 1e308)
print(1e308 * 10, -1e308 * 10)
print(float("inf") - float("inf"))
print(0.1 * 3, 1.1 * 1.1, 1 - 0.9)
print(100 * 1.1, 3 * 0.1)
print(1.0 / 7, 22 / 7)
print((0.1).is_integer() if False else 2.0.is_integer(), (2.5).is_integer())
print(float.__name__, type(1e3).__name__)
