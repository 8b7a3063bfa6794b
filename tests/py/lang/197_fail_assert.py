def mean(xs):
    assert len(xs) > 0, "mean() of empty list"
    return sum(xs) / len(xs)

datasets = [[1, 2, 3], [10, 20], [5]]
for d in datasets:
    print("mean of", d, "=", mean(d))

try:
    mean([])
except AssertionError as e:
    print("caught once:", e)

n = 7
print("n is", n)
assert n % 2 == 0, "n must be even, got %d" % n
print("unreachable")
