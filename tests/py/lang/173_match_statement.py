def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int():
            return "big int"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return "string of length %d" % len(s)
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "list starting %r with %d more" % (first, len(rest))
        case {"type": "point", "x": px, "y": py}:
            return "point at %s,%s" % (px, py)
        case {"type": t}:
            return "typed " + t
        case None:
            return "none"
        case _:
            return "something else: " + type(value).__name__

for v in [0, 2, -7, 100, "hi", "text", [1, 2], [1, 2, 3, 4], [], {"type": "point", "x": 1, "y": 2},
          {"type": "circle"}, None, 3.5, (9, 8)]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2)]:
    match p:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on y axis at", y)
        case Point(x=xx, y=0):
            print("on x axis at", xx)
        case Point(x, y) if x == y:
            print("diagonal", x)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
