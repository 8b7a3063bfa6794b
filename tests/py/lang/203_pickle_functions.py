# Functions, classes and methods travel by reference (module + qualified name): the
# receiving side looks them up again, so only names reachable from a module can be sent.
import math
import pickle


def square(x):
    return x * x


class Worker:
    def __init__(self, n):
        self.n = n

    def run(self, k):
        return self.n * k

    @staticmethod
    def helper():
        return "static"

    @classmethod
    def make(cls):
        return cls(7)

    class Config:
        level = 3


print(pickle.loads(pickle.dumps(square)) is square)
print(pickle.loads(pickle.dumps(Worker)) is Worker)
print(pickle.loads(pickle.dumps(Worker.Config)).level)
print(pickle.loads(pickle.dumps(Worker(5).run))(2))
print(pickle.loads(pickle.dumps(Worker.helper))())
print(pickle.loads(pickle.dumps(Worker.make))().n)
print(pickle.loads(pickle.dumps(math.sqrt))(16.0), pickle.loads(pickle.dumps(len)) is len)
print(pickle.loads(pickle.dumps([int, str, type(None), KeyError])))
tasks = [(square, 3), (math.floor, 2.5), (max, (4, 9))]
for func, arg in pickle.loads(pickle.dumps(tasks)):
    print(func.__name__, func(arg) if func is not max else func(*arg))


def without_address(e):
    text = str(e)
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = text.index(">", start)
        text = text[:start] + text[end:]
    return f"{type(e).__module__}.{type(e).__name__}: {text}"


def outer():
    def inner():
        pass

    return inner


def gen():
    yield 1


renamed = square


def square(x):
    return x**2


for label, obj in [
    ("lambda", lambda: 0),
    ("nested", outer()),
    ("replaced", renamed),
    ("generator", gen()),
    ("module", math),
    ("staticmethod", Worker.__dict__["helper"]),
]:
    try:
        pickle.dumps(obj)
        print(label, "pickled")
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        print(label, "->", without_address(e))
