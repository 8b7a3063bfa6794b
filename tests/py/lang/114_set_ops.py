a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
print(s)
s.remove(6)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
p = {10}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c -= {1}
c |= {9}
c &= {2, 3, 9}
print(c, a)
c ^= {2, 100}
print(c)
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(5)))
print(2 in a, 9 not in a, len(a))
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
print({1, 2} == {2, 1}, {1} == {1.0}, {0, False, 0.0})
print(sorted(x * 2 for x in a - b))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
x = {1, 2, 3}
x.clear()
print(x, type(x).__name__)
print({3, 1, 2}, {-1, 5, 0})
