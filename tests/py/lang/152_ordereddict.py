from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od["z"] = 26
od["a"] = 100
print(od)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict(), repr(OrderedDict(k=1)))
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
cap = 3
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    else:
        lru[key] = True
        if len(lru) > cap:
            evicted, _ = lru.popitem(last=False)
            print("evict", evicted)
    print(list(lru))
print(isinstance(od, dict), od.get("z"), "z" in od, len(od))
print(list(reversed(o1)), list(o1.keys()), list(o1.values()))
