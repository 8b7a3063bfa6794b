def show(f):
    try:
        r = f()
        print("no error:", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", str(e))

show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: "a" + None)
show(lambda: [1] + (2,))
show(lambda: 1 - "x")
show(lambda: "x" * "y")
show(lambda: None + None)
show(lambda: 3.0 / "2")
show(lambda: [] < 1)
show(lambda: "a" < 1)
show(lambda: len(5))
show(lambda: int([]))
NONE, FIVE, ABC, LST = None, 5, "abc", [1, 2]
show(lambda: NONE())
show(lambda: FIVE())
show(lambda: ABC())
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: {[]: 1})
show(lambda: hash([]))
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: "%d" % "x")
show(lambda: ABC[1.5])
show(lambda: LST["0"])
show(lambda: int("12", 1))
show(lambda: sum(["a", "b"]))
def one(a):
    return a
def none():
    return 1
show(lambda: one())
show(lambda: one(1, 2))
show(lambda: none(x=1))
def setitem():
    s = "abc"
    s[0] = "x"
show(setitem)
def tupitem():
    t = (1,)
    t[0] = 2
show(tupitem)
