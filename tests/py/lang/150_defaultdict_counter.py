from collections import defaultdict, Counter

dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, dict(dl), dl["zzz"], len(dl))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di["q"])
ds = defaultdict(set)
ds["x"].add(1); ds["x"].add(1); ds["y"].add(2)
print(dict(ds))
dn = defaultdict(lambda: "N/A")
print(dn["missing"], dict(dn))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 5
print(nested["a"]["b"], dict(nested["a"]))
print(dl.get("nothere"), "nothere" in dl, dl.default_factory is list)
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"])
c.update("aaz")
print(c.most_common(3))
c.update({"b": 10})
print(c["b"])
c.subtract("bbb")
print(c["b"])
print(sorted(c.elements())[:8])
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c2 - c1, c1 & c2, c1 | c2)
print(Counter([1, 1, 2, 3, 3, 3]), Counter({"x": 2}), Counter())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2), sum(Counter(words).values()), len(Counter(words)))
print(Counter("aab") == Counter("aba"), list(Counter("cabbage")))
del c1["a"]
print(c1, sum(c1.values()))
