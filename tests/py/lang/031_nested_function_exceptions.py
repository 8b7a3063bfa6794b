def level3(x):
    print("level3", x)
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2

def level2(x):
    print("level2", x)
    return level3(x) + 1

def level1(x):
    print("level1", x)
    try:
        return level2(x)
    finally:
        print("level1 cleanup")

print(level1(5))
try:
    level1(-3)
except ValueError as e:
    print("main caught:", e)

def safe(f, *args):
    try:
        return ("ok", f(*args))
    except Exception as e:
        return ("err", type(e).__name__, str(e))

print(safe(int, "10"))
print(safe(int, "ten"))
print(safe(lambda: [][0]))
print(safe(lambda d: d["k"], {}))
print(safe(level2, -1))

def gen_err():
    yield 1
    raise RuntimeError("in generator")

out = []
try:
    for v in gen_err():
        out.append(v)
except RuntimeError as e:
    print(out, e)

def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except IndexError as e:
    print("recursion bottom:", e)
