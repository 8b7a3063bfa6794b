x = 10
r = [x for x in range(3)]
print(r, x)

y = 5
print([y * i for i in range(3)])

i = "outer i"
print([i for i in range(2)], i)
print({i: i for i in "ab"}, i)
print({i for i in (1, 2)}, i)
print(list(i for i in [7]), i)

def f():
    n = 3
    return [n * k for k in range(n)]
print(f())

def g():
    items = [1, 2, 3]
    return [[j + k for k in items] for j in items]
print(g())

class C:
    base = 100
    vals = [v for v in range(3)]
    first = [v * 2 for v in vals]
print(C.vals, C.first)

class D:
    k = 5
    try:
        bad = [k * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(D.err)

funcs = [lambda: j for j in range(3)]
print([fn() for fn in funcs])
funcs = [lambda j=j: j for j in range(3)]
print([fn() for fn in funcs])
total = 0
for t in [[a for a in range(n)] for n in range(4)]:
    total += len(t)
print(total)
res = [[z for z in range(w)] for w in range(3) if w]
print(res)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
