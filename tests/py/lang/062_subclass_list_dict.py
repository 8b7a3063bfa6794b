class MyList(list):
    def sum(self):
        return sum(self)
    def first(self):
        return self[0] if self else None

ml = MyList([3, 1, 2])
ml.append(10)
print(ml, ml.sum(), ml.first(), len(ml))
ml.sort()
print(ml, type(ml).__name__, isinstance(ml, list))
print(ml[1:3], type(ml[1:3]).__name__)
print(MyList().first())
print(ml == [1, 2, 3, 10])

class MyDict(dict):
    def get_all(self, *keys):
        return [self.get(k) for k in keys]
    def inverted(self):
        return MyDict((v, k) for k, v in self.items())

md = MyDict(a=1, b=2)
md["c"] = 3
print(md, md.get_all("a", "c", "z"))
print(md.inverted())
print(type(md.inverted()).__name__, isinstance(md, dict), len(md))

class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = 0
        return 0
dd = DefaultDict()
dd["x"] += 5
print(dd["x"], dd["y"], dd)
print(dd.get("z"), "z" in dd)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["key"] = "v"
print(u, u["KEY"])
class CountList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.made = True
c = CountList("abc")
print(c, c.made)
