# Metaclasses: a metaclass's __new__ and __init__ make the class (with the statement's keywords),
# its methods and properties are the class's attributes, and len(), iter(), reversed(), in,
# subscripting, repr() and calling the class go to it; a function may stand as the metaclass;
# the most derived metaclass of the bases is used, and unrelated ones conflict. Also the rest of
# class creation: __init_subclass__ with keywords, and __set_name__.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('n', 1)
        print("M.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 'in'
    def __repr__(cls):
        return '<M class %s>' % cls.__name__
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def prop(cls):
        return 'prop of ' + cls.__name__
class A(metaclass=M, n=5):
    def f(self):
        return 1
class B(A):
    pass
print(A.added, B.added, type(A).__name__, type(B).__name__, len(A), list(A), A[4], 'in' in A, 'x' in B)
print(repr(A), A, A.hello(), B.prop, A.__class__, isinstance(A, M), isinstance(A(), A), A().f())
print(type(A()).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)

def meta_fn(name, bases, ns):
    ns['extra'] = 'x'
    return type(name, bases, ns)
class F(metaclass=meta_fn):
    pass
print(F.extra, type(F))

class B2:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class C(B2, tag='t'):
    d = D()
class C2(C):
    pass
print(C.tag, C2.tag, C.d.name)
try:
    class E(object, flag=1): pass
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
try:
    class B1(A1, metaclass=M2): pass
except TypeError as e: print(e)
class M3(M1): pass
class B3(A1, metaclass=M3): pass
print(type(B3).__name__)
X = M1('X', (A1,), {'q': 1})
print(type(X).__name__, X.q, X.__mro__)
Y = type('Y', (A1,), {})
print(type(Y).__name__)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry.append(name)
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Reg.registry)

class Counted(type):
    def __reversed__(cls):
        return iter(["b", "a"])
    def __setattr__(cls, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
class K(metaclass=Counted):
    pass
K.x = 5
print(list(reversed(K)), K.x, K.__dict__["x"])
print(type.__new__(Counted, "Z", (), {}).__class__.__name__)
try:
    type.__new__(int, "Z", (), {})
except TypeError as e:
    print(e)
