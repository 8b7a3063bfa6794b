print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} {x}".format(1, x=2))
print("{:^10}|".format("mid"))
print("{:<10}|{:>10}|".format("l", "r"))
print("{:*^9}".format("c"))
print("{:.3f} {:,} {:x} {:08.2f}".format(3.14159, 1000000, 255, -3.14159))
print("{0.real} {0.imag}".format(5))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]} {d[k2]}".format(d={"key": "v", "k2": 2}))
print("{{}} {{{0}}}".format("in braces"))
print("{!r} {!s}".format("q", "q"))
print("{0!r:>8}|".format("q"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2))
print("{:>{}}".format("x", 5))
print("{:+d} {:+d}".format(3, -3))
print("{:b} {:#b} {:o} {:#o}".format(10, 10, 10, 10))
print("{:e} {:g} {:%}".format(1234.5, 0.00001, 0.25))
print("{:5}|{:5}|".format(1, "s"))
class P:
    def __init__(self):
        self.x, self.y = 1, 2
print("({0.x}, {0.y})".format(P()))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
fmt = "{:>4}" * 3
print(fmt.format(1, 22, 333))
print("{}".format(None), "{}".format([1, "a"]))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(255, "x"))
print(format(1234, ","), format(0.5, ".0%"), repr(format(7, "")))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
