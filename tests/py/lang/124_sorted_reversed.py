print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted("cabd"), sorted(("z", "a")), sorted({3, 1, 2}))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
print(sorted(["aa", "b", "ccc"], key=len), sorted(["aa", "b", "ccc"], key=len, reverse=True))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
print(sorted([-3, 2, -1], key=abs), sorted([1.5, -2, 0]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
print("".join(reversed("hello")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Rev())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
x = [5, 3, 8]
y = sorted(x)
print(x, y, x is y)
print(sorted([[3, 1], [2, 9], [2, 1]]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([True, False, True]), sorted([]))
