t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t.index(2, 2))
print(t[0], t[-1], t[1:3], t[::-1])
print(type(()).__name__, (), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2))
print(3 in t, 9 in t, 9 not in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = (1, [2, 3], (4, 5))
nested[1].append(4)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
x = 1, 2, 3
print(x, type(x).__name__)
single = "a",
print(single, len(single))
print(max((3, "c"), (1, "z")), sorted([(2, "b"), (1, "a"), (2, "a")]))
print(tuple(reversed((1, 2, 3))), sum((1, 2, 3)), min((5, 3)))
print(repr(((),)), repr((1, (2, (3,)))))
print(tuple(range(4)), tuple(x * x for x in range(4)))
print(((1, 2),)[0][1], len(((),)))
a, b = (10, 20)
print(a, b)
print((1, 2, 3)[1:] == (2, 3), (1, "a", None, 2.5))
