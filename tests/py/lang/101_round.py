for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, 2.675, 1.005]:
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1234, -2), round(15, -1), round(25, -1), round(5, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(7), round(-7), type(round(7, 1)).__name__, round(7, 2))
print(round(1e20), round(1.23456789e10, 2))
print(round(-0.4), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2))
print(round(0.1 + 0.2, 10), round(2 / 3, 5))
print([round(x / 10) for x in range(0, 40, 5)])
