class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "Box(%r)" % self.items

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

print(len(Box([1, 2, 3])), bool(Box([1])), bool(Box([])))
if Box([]):
    print("non-empty")
else:
    print("empty box is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print(not Flag(False))
print(Flag(True) and "yes")
print(Flag(False) or "fallback")
print(bool(Both()), len(Both()))
class Nothing:
    pass
print(bool(Nothing()))
print([x for x in [Box([]), Box([0]), Box([1, 2])] if x])

class Signed:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Signed(-self.v)
    def __invert__(self):
        return Signed(~self.v)
    def __repr__(self):
        return "Signed(%d)" % self.v
print(-Signed(3), --Signed(3), ~Signed(0))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
