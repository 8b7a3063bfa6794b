def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1))
print(safe_append(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter())
print(counter({}))
print(counter())

def memo(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo(n - 1) + memo(n - 2)
    return cache[n]

print(memo(30))
print(len(memo.__defaults__[0]))

a = append_to(5)
b = append_to(6)
print(a is b)
print(a)
x = [1, 2]
y = x
y += [3]
print(x, x is y)
z = x
z = z + [4]
print(x, z, x is z)
