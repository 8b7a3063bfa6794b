funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(i):
    return lambda: i * i
print([make(i)() for i in range(5)])

def gen_closures():
    result = []
    for name in ["a", "b", "c"]:
        def f(n=name):
            return n.upper()
        result.append(f)
    return result
print([f() for f in gen_closures()])

def counter_factory():
    counters = {}
    def get(key):
        def inc():
            counters[key] = counters.get(key, 0) + 1
            return counters[key]
        return inc
    return get, counters

get, store = counter_factory()
a = get("a"); b = get("b")
a(); a(); b()
print(sorted(store.items()))

x = 1
def capture():
    return x
x = 2
print(capture())

def outer():
    v = "before"
    def inner():
        return v
    v = "after"
    return inner()
print(outer())
