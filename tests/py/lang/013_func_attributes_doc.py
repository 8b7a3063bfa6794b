def documented(a, b):
    """Add two things.

    Returns the sum.
    """
    return a + b

print(documented.__name__)
print(repr(documented.__doc__))
print(documented.__doc__.splitlines()[0])

def nodoc():
    pass
print(nodoc.__doc__)
print(nodoc())

def f():
    "single line doc"
    return 1
print(f.__doc__)

f.custom = "attr"
print(f.custom)
print(hasattr(f, "custom"), hasattr(f, "missing"))

class K:
    """Class doc."""
    def m(self):
        """Method doc."""
print(K.__doc__)
print(K.m.__doc__)
print(K.__name__)
print(K.m.__name__)

def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print(callable(f), callable(1), callable(K))
print(type(f).__name__)
g = f
print(g.__name__, g is f)
print(documented(1, 2), documented("a", "b"))
