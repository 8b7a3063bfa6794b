# This file never runs: assignment to a literal.
x = 5
y = 10

def compare(a, b):
    if a > b:
        return "a"
    return "b"

print(compare(x, y))
items = {"k": 1}
for k in items:
    print(k)
1 = x
print("unreachable")
