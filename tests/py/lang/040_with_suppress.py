class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            self.caught = ev
            return True
        print("not suppressing", et.__name__ if et else None)
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("never")
print("continued after suppressed error")
print(type(s.caught).__name__)

try:
    with Suppress(KeyError):
        int("bad")
except ValueError as e:
    print("ValueError escaped:", e)

with Suppress(LookupError):
    [][0]
print("lookup suppressed")

with Suppress(Exception):
    pass

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("after truthy")

def f():
    with Suppress(ValueError):
        raise ValueError("x")
    return "function continued"
print(f())

class Timer:
    def __enter__(self):
        self.log = ["start"]
        return self
    def __exit__(self, *a):
        self.log.append("stop")
with Timer() as t:
    t.log.append("work")
print(t.log)
