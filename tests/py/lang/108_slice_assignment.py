a = list(range(10))
a[2:5] = ["a", "b", "c"]; print(a)
a[2:5] = []; print(a)
a[1:1] = ["ins1", "ins2"]; print(a)
a[:2] = "XY"; print(a)
a[-2:] = [100]; print(a)
a[len(a):] = [7, 8]; print(a)
a[:] = [1, 2, 3]; print(a)
b = list(range(10))
b[::2] = ["e"] * 5; print(b)
b[1::2] = [0, 0, 0, 0, 0]; print(b)
b[::-3] = ["r1", "r2", "r3", "r4"]; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[1:3]; print(c)
del c[::2]; print(c)
del c[-1]; print(c)
del c[:]; print(c)
d = list(range(10))
del d[::-3]; print(d)
e = [1, 2, 3]
e[1:2] = [20, 21, 22]; print(e)
e[0:0] = [0]; print(e)
e[5:100] = ["tail"]; print(e)
f = [1, 2, 3, 4]
f[3:1] = ["x"]; print(f)
alias = f
f[:] = []
print(alias, alias is f)
g = [0, 1, 2, 3, 4, 5]
g[1:5:2] = ("odd1", "odd3"); print(g)
try:
    g[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
