# This file never runs: unexpected indent.
def greet(name):
    return "hi " + name

names = ["a", "b"]
for n in names:
    print(greet(n))

total = 0
for i in range(3):
    total += i
print(total)
value = 1
    other = 2
print(value, other)
