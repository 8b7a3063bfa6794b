# This file never runs: it has a syntax error.
def ok(a, b):
    return a + b

values = [1, 2, 3]
total = 0
for v in values:
    total += ok(v, 1)
print(total)

x = 1
if x == 1
    print("one")
else:
    print("other")
print("end")
