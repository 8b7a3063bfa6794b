# This file never runs: a dedent matches no outer indentation level.
def compute(values):
    result = 0
    for v in values:
        if v > 0:
            result += v
        else:
            result -= v
      return result

print(compute([1, -2, 3]))
print(compute([]))
x = 1
y = 2
print(x + y)
