class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self


v = Vector(0, 0)
c = Counter()
for i in range(100000):
    v = v.add(Vector(1, 2))
    c.bump(i).bump(1)
print(v.x, v.y, v.norm2, c.n)
