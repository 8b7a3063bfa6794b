class Base:
    def __init__(self, **kw):
        print("Base init, leftover", sorted(kw))
        self.log = ["Base"]
class A(Base):
    def __init__(self, a=None, **kw):
        print("A init", a)
        super().__init__(**kw)
        self.log.append("A")
        self.a = a
class B(Base):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
        self.log.append("B")
        self.b = b
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
        self.log.append("C")
obj = C(a=1, b=2, c=3, extra=4)
print(obj.log, obj.a, obj.b)
print([k.__name__ for k in C.__mro__])
class Shape:
    def describe(self):
        return ["Shape"]
class Colored(Shape):
    def describe(self):
        return super().describe() + ["Colored"]
class Bordered(Shape):
    def describe(self):
        return super().describe() + ["Bordered"]
class Fancy(Colored, Bordered):
    def describe(self):
        return super().describe() + ["Fancy"]
print(Fancy().describe())
print(Colored().describe())
class Parent:
    @classmethod
    def create(cls):
        return "Parent.create for " + cls.__name__
    @staticmethod
    def helper():
        return "helper"
class Kid(Parent):
    @classmethod
    def create(cls):
        return "Kid wraps: " + super().create()
print(Kid.create())
print(Kid.helper())
class Prop(Parent):
    @property
    def name(self):
        return "prop of " + type(self).__name__
class SubProp(Prop):
    @property
    def name(self):
        return super().name.upper()
print(SubProp().name)
