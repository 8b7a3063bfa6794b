def worker():
    print("worker start")
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("worker cleanup")

w = worker()
print(next(w), next(w))
w.close()
print("closed")
print(next(w, "no more"))
w.close()

def never_started():
    print("body")
    yield 1
n = never_started()
n.close()
print("closed unstarted generator", next(n, "exhausted"))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
g = with_finally()
print(next(g))
g.close()

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    yield "after"
t = thrower()
print(next(t))
print(t.throw(ValueError("injected")))
print(next(t))
print(list(t))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
