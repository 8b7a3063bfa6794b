class Counter:
    count = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.id = Counter.count

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count, a.id, b.id)

a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)

a.shared.append("from a")
print(b.shared, Counter.shared)
a.shared = ["own"]
print(a.shared, b.shared)

print("count" in a.__dict__, "count" in Counter.__dict__)
print(sorted(a.__dict__))

class Config:
    debug = False
c1 = Config()
c2 = Config()
Config.debug = True
print(c1.debug, c2.debug)
c1.debug = "instance"
Config.debug = "class again"
print(c1.debug, c2.debug)

class WithMethod:
    def m(self):
        return "method"
w = WithMethod()
w.m = lambda: "instance override"
print(w.m(), WithMethod().m())
print(getattr(Counter, "count"), getattr(b, "name"))
Counter.new_attr = "added later"
print(a.new_attr)
