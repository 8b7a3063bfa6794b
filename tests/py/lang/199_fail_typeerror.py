def describe(items):
    parts = []
    for i, item in enumerate(items):
        print("describing item", i)
        parts.append("item " + item)
    return ", ".join(parts)

print(describe(["a", "b"]))
print(describe([]))
try:
    describe([None])
except TypeError as e:
    print("caught:", e)
def total(xs):
    return sum(xs)
print(total([1, 2, 3]))
print(describe(["x", 2, "y"]))
print("unreachable")
