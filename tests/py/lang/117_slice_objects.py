s = slice(1, 5)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None, -1), slice(1, 2, 3))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)])
print("abcdefgh"[slice(2, 6)], (0, 1, 2, 3)[slice(1, 3)])
print(s.indices(3), slice(None, None, -1).indices(5), slice(-2, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
names = slice(0, 10)
price = slice(10, 17)
line = "Widget     $12.50"
print(repr(line[names].strip()), line[price].strip())
data[slice(0, 2)] = ["a", "b"]
print(data)
del data[slice(2, 8, 2)]
print(data)
print(type(s).__name__)
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2:3], sh[:, 1], sh[1:])
