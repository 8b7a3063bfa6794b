import itertools

print(list(itertools.zip_longest("abc", [1])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.zip_longest()), list(itertools.zip_longest([], [])))
print(list(itertools.zip_longest("a", "bc", "def", fillvalue=0)))
print(dict(itertools.zip_longest("xyz", range(2))))
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
print([k for k, g in itertools.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, grp in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(key, list(grp))
for key, grp in itertools.groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2):
    print(key, list(grp))
print(list(itertools.groupby([])))
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(list(itertools.chain.from_iterable(grid)))
total = 0
for i, v in zip(itertools.count(1), "abc"):
    total += i
    print(i, v)
print(total)
print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 6)))
print(list(itertools.accumulate(range(1, 6), lambda a, b: a * b)))
print(list(itertools.accumulate([5, 2, 8, 1], min)))
pal = [p for p in itertools.permutations("aab") ]
print(len(pal), sorted(set(pal)))
print([c for c in itertools.combinations(range(5), 2) if sum(c) == 5])
print(list(itertools.product("ab", repeat=2)))
cyc = itertools.cycle(["red", "green"])
print([next(cyc) for _ in range(5)])
rep = itertools.repeat("z", 2)
print(next(rep), next(rep), next(rep, "done"))
print(list(itertools.chain("ab", itertools.repeat("-", 2), itertools.islice(itertools.count(5), 2))))
