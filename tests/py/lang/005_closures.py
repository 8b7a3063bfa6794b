def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
print([make_adder(i)(100) for i in range(4)])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add

acc = accumulator()
print(acc(1))
print(acc(2))
print(acc("three"))

def shared():
    val = [0]
    def get():
        return val[0]
    def set_(v):
        val[0] = v
    return get, set_

getter, setter = shared()
print(getter())
setter(42)
print(getter())
def fresh():
    return make_counter()
print(fresh()(), fresh()())
