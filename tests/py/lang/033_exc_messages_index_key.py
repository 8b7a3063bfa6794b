def show(f):
    try:
        r = f()
        print("no error:", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", str(e))

show(lambda: [1, 2, 3][3])
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: (1, 2)[2])
show(lambda: "abc"[10])
show(lambda: range(3)[5])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 2}[3])
show(lambda: {(1, 2): 0}[(3, 4)])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: {}.pop("x"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: [1, 2, 3][1:10])
show(lambda: [1].remove(2))
show(lambda: {1}.remove(2))
show(lambda: b"ab"[2])
def assign():
    l = [1]
    l[3] = 0
show(assign)
def delete():
    d = {}
    del d["gone"]
show(delete)
