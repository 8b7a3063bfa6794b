counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def read_only():
    return counter * 2
print(read_only())

def make_global():
    global created
    created = "yes"
make_global()
print(created)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    print("inner:", inner())
    print("inner:", inner())
    return x
print("outer:", outer())

def levels():
    a = "L1"
    def l2():
        a = "L2"
        def l3():
            nonlocal a
            a = "L3"
        l3()
        return a
    r = l2()
    return a, r
print(levels())

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), "|", x)

def reassign_list():
    lst = [1]
    def add():
        lst.append(2)
    add()
    return lst
print(reassign_list())
