print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([3, -7, 2], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([("a", 3), ("b", 5), ("c", 5)], key=lambda t: t[1]))
print(min([("a", 3), ("b", 1), ("c", 1)], key=lambda t: t[1]))
print(max({"x": 1, "y": 9}), max({"x": 1, "y": 9}, key={"x": 1, "y": 9}.get))
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(10), start=-45))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(2.5), abs(-0.0), round(2.567, 2), divmod(20, 6), divmod(-20, 6), pow(2, 5), pow(2, 5, 3), pow(2.0, -1))
print(max(range(10), key=lambda x: (x % 4, x)), min("bca", key=ord))
print(max(x * x for x in range(-5, 3)), min((y for y in [5, 2, 8]), default=0))
print(max([3, 3.0]), max([3.0, 3]))
