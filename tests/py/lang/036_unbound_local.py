count = 10

def bad():
    print("reading count...")
    count += 1
    return count

try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, NameError))

def bad2():
    if False:
        y = 1
    return y

try:
    bad2()
except NameError as e:
    print(type(e).__name__, "|", e)

def bad3():
    x = 1
    del x
    return x
try:
    bad3()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

def good():
    global count
    count += 1
    return count
print(good())

def shadow_later():
    v = count
    return v
print(shadow_later())

def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
