class Resource:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return False

with Resource("r1") as r:
    print("inside with", r.name)
print("after with")

with Resource("r2"):
    print("no as target")

try:
    with Resource("r3") as r:
        print("about to raise")
        raise ValueError("inside")
        print("not reached")
except ValueError as e:
    print("propagated:", e)

def use():
    with Resource("r4"):
        return "returned from with"
print(use())

for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

class ReturnsOther:
    def __enter__(self):
        return "something else"
    def __exit__(self, *args):
        print("exit args count", len(args), args)
with ReturnsOther() as val:
    print("val =", val)
