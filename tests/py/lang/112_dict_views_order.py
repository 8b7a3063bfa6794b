d = {"banana": 3, "apple": 1, "cherry": 2}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
ks = d.keys()
d["date"] = 4
print(ks, len(ks))
print("apple" in ks, ("apple", 1) in d.items(), 1 in d.values())
del d["apple"]
d["apple"] = 100
print(list(d))
d["banana"] = 30
print(list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d.keys() & {"apple", "zzz"}), sorted(d.keys() - {"apple"}), sorted(d.keys() | {"new"}))
print(list(reversed(d)), list(reversed(d.values())))
order = {}
for ch in "hello world":
    order[ch] = order.get(ch, 0) + 1
print(order)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
e[3] = "c"; e[1] = "a"; e[2] = "b"
print(e, list(e))
print(max(d, key=d.get), min(d.values()))
print(dict(sorted(e.items())))
