x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, not x, bool(x))
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, None is not None)
for v in [0, 0.0, "", [], (), {}, set(), range(0), None, False, 1, -1, "0", [0], (None,), {0: None}, " ", 0.001]:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print([] or "default", [0] or "default", "" or None or 0)
print(1 and 2 and 3, 1 and 0 and 3, None and 1)
print(x or "fallback", (x or []) + [1])
d = {}
print(d.get("k") is None)
values = [3, None, 0, "", "ok", None]
print([v for v in values if v is not None])
print([v for v in values if v])
print(sorted([v for v in values if isinstance(v, int)]))
print(None == 0, None == False, None == "", None in [None])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(any([None, 0, ""]), all([]), any([]))
