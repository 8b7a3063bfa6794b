a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print({**a, **b})
print({**b, "w": 0, **a})
c = dict(a)
c |= b
print(c)
c |= [("k", "v")]
print(c)
print(a, b)
print(dict(a, **b))
keys = ["one", "two", "three"]
print(dict.fromkeys(keys, 0))
print(dict(zip(keys, range(1, 4))))
print(dict(enumerate("abc")))
inverted = {v: k for k, v in dict(zip(keys, range(3))).items()}
print(inverted)
nested = {"outer": {"inner": {"deep": 1}}}
print(nested["outer"]["inner"]["deep"])
nested["outer"]["inner"]["deep2"] = 2
print(nested)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(len({}), {} == dict(), bool({}), bool({0: 0}))
