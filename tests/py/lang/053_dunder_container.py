class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print("getitem", key)
        if not isinstance(key, tuple):
            raise TypeError("key must be tuple")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)

g = Grid(3, 3)
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 1], g[1, 2])
print(len(g), "X" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print(len(g), "X" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()))
print(20 in Seq(), 25 in Seq())
for v in Seq():
    print("seq item", v)
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
s = Sliceable()
print(s[1], s[1:5], s[::2], s[-1])
