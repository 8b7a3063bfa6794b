def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@loud
def add(a, b):
    return a + b

add(1, 2)
add(a=3, b=4)
print(add.__name__)

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def hello():
    return "hi"

hello(); hello(); hello()
print(hello.calls)

registry = []
def register(f):
    registry.append(f.__name__)
    return f

@register
def alpha(): pass

@register
def beta(): pass

print(registry)
print(alpha is not None, alpha.__name__)
def double_result(f):
    return lambda *a: f(*a) * 2
@double_result
def three():
    return 3
print(three())
class Tracer:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Tracer
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
