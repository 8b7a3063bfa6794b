pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b), "check", (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.3, 0.1), (-0.3, 0.1), (5.0, 0.5), (1e10, 3)]
for a, b in fpairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -5 % 5, 5 % -5)
print(-1 % 3.0, 1 % -3.0)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-2 ** 2, (-2) ** 2, -(2 ** 2))
print(-10 // 3, -(10 // 3), (-10) % 3)
print(divmod(-1, 2 ** 70), (-1) // 2 ** 70)
print(float("inf") // 1 if False else "skip inf floordiv")
print(7 % 1.5, -7 % 1.5, 7.25 % 0.5)
for a in range(-4, 5):
    print(a, a // 3, a % 3, a // -3, a % -3)
print(-3.5 // 1, -3.5 % 1, 3.5 // -1, 3.5 % -1)
