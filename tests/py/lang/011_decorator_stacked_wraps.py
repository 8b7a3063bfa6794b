import functools

def bold(f):
    @functools.wraps(f)
    def w(*a, **k):
        return "<b>" + f(*a, **k) + "</b>"
    return w

def italic(f):
    @functools.wraps(f)
    def w(*a, **k):
        return "<i>" + f(*a, **k) + "</i>"
    return w

@bold
@italic
def text(s):
    """Return the text."""
    return s

print(text("hello"))
print(text.__name__)
print(text.__doc__)

@italic
@bold
def other(s):
    return s
print(other("x"))
print(other.__name__, other.__doc__)

def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper

@plain
def documented():
    """Docs here."""
print(documented.__name__)
print(documented.__doc__)

def order(label):
    def deco(f):
        print("decorating with", label)
        def w():
            print("enter", label)
            r = f()
            print("exit", label)
            return r
        return w
    return deco

@order("outer")
@order("inner")
def core():
    print("core body")
    return 7

print(core())
