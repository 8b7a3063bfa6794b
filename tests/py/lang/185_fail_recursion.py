import sys
print(sys.getrecursionlimit())

def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(10))
print(countdown(500))

def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print("caught once:", type(e).__name__, e)
print("starting unbounded recursion again")
f(0)
print("unreachable")
