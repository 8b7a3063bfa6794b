d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["a"])
print(d.setdefault("a", 99), d.setdefault("c", 3), d)
print(d.setdefault("n"), d)
print(d.pop("n"), d)
print(d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"b": 20, "x": 9})
print(d)
d.update(y=1, z=2)
print(d)
d.update([("p", 0), ("q", 1)])
print(d)
d2 = d.copy()
d2["a"] = "changed"
print(d["a"], d2["a"])
d2.clear()
print(d2, len(d))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print("a" in d, "zz" in d, 1 in d, "zz" not in d)
print(len(d), d == dict(d), {1: 2} == {1: 2.0}, {"a": 1} != {"a": 2})
print(d.keys() == {"a", "b", "x", "y", "z", "p", "q"} - {"p"} | {"p"})
print({1: "a", True: "b", 1.0: "c"})
del d["x"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
print({(1, 2): "tuple key", None: "none key", 3.5: "float"}[(1, 2)])
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
