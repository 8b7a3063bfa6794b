def repeat(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return deco

@repeat(3)
def say(msg):
    return msg.upper()

print(say("hi"))

@repeat(times=0)
def nothing():
    return 1
print(nothing())

def prefix(p, sep=": "):
    def deco(f):
        def w(*a):
            return p + sep + str(f(*a))
        return w
    return deco

@prefix("result")
def mul(a, b):
    return a * b

@prefix("R", sep="=")
def neg(a):
    return -a
print(mul(6, 7))
print(neg(5))
def validate(*types):
    def deco(f):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad arg %r, expected %s" % (a, t.__name__))
            return f(*args)
        return w
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("caught:", e)
def tag(name):
    return lambda f: (lambda *a: "<%s>%s</%s>" % (name, f(*a), name))
@tag("b")
def text(s):
    return s
print(text("bold"))
