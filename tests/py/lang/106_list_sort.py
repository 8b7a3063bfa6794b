nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}, {"n": "w", "v": 2}]
recs.sort(key=lambda r: r["v"])
print([r["n"] for r in recs])
recs.sort(key=lambda r: -r["v"])
print([r["n"] for r in recs])
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data)
mixed = [3.5, 1, 2.25, True, 0]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello"), sorted((3, 2, 1)), sorted({3: "c", 1: "a"}))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([-5, 3, -1, 4], key=abs))
stable = sorted(["bb", "a", "cc", "b", "aa"], key=len)
print(stable)
print(sorted([], reverse=True), sorted([1]))
by_two = sorted(range(10), key=lambda x: (x % 3, -x))
print(by_two)
