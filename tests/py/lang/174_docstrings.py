"""Module docstring for the test."""

def f():
    """Function docstring."""
    return 1

def g():
    '''Triple single quotes.

    Second paragraph.
    '''

def h():
    x = 1
    "not a docstring because not first"
    return x

def k():
    pass

class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
    @staticmethod
    def s():
        "static doc"
    @property
    def p(self):
        """Property doc."""
        return 1

print(__doc__)
print(f.__doc__)
print(repr(g.__doc__))
print(h.__doc__, k.__doc__)
print(C.__doc__, C.m.__doc__, C().m.__doc__, C.s.__doc__)
print(C.p.__doc__)
print((lambda: 0).__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
def r():
    r"""Raw \n docstring."""
print(r.__doc__)
def multi():
    """Line one.
    Line two."""
print(multi.__doc__.split("\n"))
f.__doc__ = "changed"
print(f.__doc__)
print(f())
