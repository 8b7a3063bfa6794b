class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return False

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("x"), CM("y"), CM("z") as z:
    print("three", z)

try:
    with CM("p") as p, CM("q") as q:
        raise KeyError("body")
except KeyError as e:
    print("caught", e)

try:
    with CM("ok"), CM("bad", fail_enter=True):
        print("never")
except RuntimeError as e:
    print("caught", e)

with CM("outer"):
    with CM("inner"):
        print("nested")

with (CM("m1") as m1,
      CM("m2") as m2):
    print("parenthesized", m1, m2)

with open("multi_a.txt", "w") as fa, open("multi_b.txt", "w") as fb:
    fa.write("A")
    fb.write("B")
with open("multi_a.txt") as fa, open("multi_b.txt") as fb:
    print(fa.read() + fb.read())
print(fa.closed, fb.closed)
