def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())

def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(h())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def loop_finally():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally for", i)
print(loop_finally())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def exc_in_finally():
    try:
        return 1
    finally:
        try:
            raise KeyError("x")
        except KeyError:
            print("handled in finally")
print(exc_in_finally())
