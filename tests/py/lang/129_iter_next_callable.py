it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
t = iter((5,))
print(next(t), next(t, None))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
print(iter(it) is it)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
with open("lines.txt", "w") as f:
    f.write("a\nb\nSTOP\nc\n")
with open("lines.txt") as f:
    print(list(iter(f.readline, "STOP\n")))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(callable(print), callable(iter), callable(it), callable(next), callable([].append))
class C:
    def method(self):
        pass
print(callable(C), callable(C()), callable(C().method), callable(C.method))
it2 = iter([10, 20, 30])
next(it2)
print(list(it2))
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])))
