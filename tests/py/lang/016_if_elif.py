def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 9, 10, 99, 100, 10**6]:
    print(v, classify(v))

for v in [0, 1, "", "a", [], [0], None, 0.0, -0.0, {}, {0: 0}, (), (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if not x:
    print("not x")
elif x and x % 2:
    print("odd nonzero")
y = "big" if x > 3 else "small"
print(y)
if 1 < x < 10 and x != 7 or False:
    print("range ok")
if x == 0:
    print("never")
else:
    print("walrus-free else branch")
