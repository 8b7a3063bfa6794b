for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)))
print(list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("ab", -1)))
e = enumerate([10, 20])
print(next(e), next(e), next(e, None))
print(type(enumerate([])).__name__)
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip([1], "ab", (True, False))))
print(list(zip()), list(zip([])), list(zip("abc")))
print(dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
for idx, (a, b) in enumerate(zip("xy", [7, 8])):
    print(idx, a, b)
z = zip(range(3), range(10))
print(next(z), list(z))
print(list(zip(range(3), range(3, 6), range(6, 9))))
keys = ["a", "b", "c"]
vals = [1, 2]
print({k: v for k, v in zip(keys, vals)})
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
print([i for i, v in enumerate([5, 0, 7, 0]) if v == 0])
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError:", e)
