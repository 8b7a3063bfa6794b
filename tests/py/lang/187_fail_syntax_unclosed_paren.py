# This file never runs: a parenthesis is never closed.
def double(n):
    return n * 2

numbers = [1, 2, 3]
for n in numbers:
    print(double(n))

class Thing:
    def __init__(self):
        self.v = 1

t = Thing()
print(t.v)
print("before the error")
print((1)
