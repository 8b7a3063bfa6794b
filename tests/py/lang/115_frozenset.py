f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(frozenset(), frozenset("aa") == frozenset({"a"}))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f.union({9}), f.issubset({1, 2, 3, 4}), f <= g)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
d = {frozenset({1, 2}): "pair"}
print(d[frozenset({2, 1})])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
print(sorted(frozenset(["b", "a", "c"])))
print(f.copy() == f, frozenset(range(3)))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(len(x) for x in nested))
print(set(f), frozenset(set([5])))
print(f.isdisjoint(frozenset({7})), f.intersection([1, 5]))
print(sorted(f, reverse=True), max(f), sum(f))
print(repr(frozenset({1})), repr(frozenset()))
