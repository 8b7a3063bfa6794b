def risky(kind):
    if kind == "v":
        raise ValueError("bad value")
    if kind == "t":
        raise TypeError("bad type")
    if kind == "k":
        raise KeyError("bad key")
    if kind == "z":
        return 1 / 0
    return "ok"

for kind in ["v", "t", "k", "z", "none"]:
    try:
        print(risky(kind))
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

errs = (ZeroDivisionError, IndexError)
for f in [lambda: 1 // 0, lambda: [][0], lambda: 5]:
    try:
        print("result", f())
    except errs as e:
        print("caught", type(e).__name__, "-", e)

try:
    raise ValueError("x")
except ValueError as e:
    saved = e
print(repr(saved))
try:
    e
except NameError as ne:
    print("e deleted after except:", ne)

try:
    int("z")
except (TypeError, ValueError):
    print("caught without as")

try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e))
