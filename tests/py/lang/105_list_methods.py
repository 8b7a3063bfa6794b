a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "before last"); print(a)
a.insert(-100, "very first"); print(a)
a.remove(1); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count("zzz"))
print(a.index(1, 3) if 1 in a[3:] else "no 1 after 3")
b = a.copy()
b.append("only b")
print(len(a), len(b), b is a, b[:-1] == a)
b.clear(); print(b)
c = [5, 2, 8, 1]
c.reverse(); print(c)
print(c.reverse(), c.sort(), c.append(0))
print(c)
try:
    c.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    c.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
d = [1, 2] * 3
print(d, d + [9], [[]] * 2, [0] * 0)
d += [7]; print(d)
d *= 2; print(len(d))
print(list(), list("xyz"), list((1, 2)), list({"a": 1}), list(range(3)))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print(len([1, [2, 3]]), [1, [2, [3, [4]]]])
e = [1, 2, 3]
e[1] = "two"; e[-1] = None; print(e)
