a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
first, *middle, last = [1, 2]
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, r)] = ["p", ["q", "r"]]
print(p, q, r)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
x = y = z = 0
print(x, y, z)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i, l[i] = 1, "set"
print(i, l)
h, *t = "abc"
print(h, t)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
a, b = "xy"
print(a, b)
k1, k2 = {"k1": 0, "k2": 0}
print(k1, k2)
m, n = divmod(17, 5)
print(m, n)
