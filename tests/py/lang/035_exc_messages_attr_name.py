def show(f):
    try:
        r = f()
        print("no error:", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", str(e))

class Point:
    def __init__(self):
        self.x = 1

show(lambda: (5).foo)
show(lambda: "s".bar)
show(lambda: [].push)
show(lambda: None.x)
show(lambda: {}.append)
show(lambda: Point().y)
show(lambda: Point.z)
show(lambda: (1.5).real)
show(lambda: undefined_var)
show(lambda: len("ok"))
def local_missing():
    return not_defined_anywhere + 1
show(local_missing)
def set_attr_on_int():
    x = 5
    x.attr = 1
show(set_attr_on_int)
def del_missing():
    p = Point()
    del p.nothere
show(del_missing)
import math
show(lambda: math.nothing)
show(lambda: getattr(Point(), "q"))
show(lambda: getattr(Point(), "q", "default"))
p = Point()
del p.x
show(lambda: p.x)
