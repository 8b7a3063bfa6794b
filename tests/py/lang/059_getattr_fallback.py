class Dynamic:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        if name == "missing":
            raise AttributeError("no %s here" % name)
        return "dyn_" + name

d = Dynamic()
print(d.real)
print(d.inst)
print(d.anything)
print(d.get_value())
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "missing"), hasattr(d, "other"))
print(getattr(d, "missing", "default used"))

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))

class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __getattr__(self, name):
        return None
r = Record(a=1, b="x")
print(r.a, r.b, r.c)

class Tracker:
    def __setattr__(self, name, value):
        print("setting", name, "=", value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
t = Tracker()
t.x = 5
print(t.x)
del t.x
print(hasattr(t, "x"))
