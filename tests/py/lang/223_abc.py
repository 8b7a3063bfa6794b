# abc: a class with abstract methods (plain, properties, class and static methods) cannot be
# instantiated, with CPython's message naming them in order; a subclass that implements them
# all can; `register` makes a virtual subclass that isinstance and issubclass accept; a
# __subclasshook__ decides for itself; ABCMeta used directly as the metaclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print(e)
sq = RealSquare(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__))
print(RealSquare.__abstractmethods__, type(Shape).__name__, type(sq).__name__)


class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Partly(Named):
    @property
    def name(self):
        return "partly"


try:
    Partly()
except TypeError as e:
    print(e)


class Whole(Partly):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def kind():
        return "whole"


w = Whole.make()
print(w.name, w.kind(), isinstance(w, Named))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Plain:
    pass


Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape), issubclass(int, Shape))
print(isinstance([], Sized), issubclass(dict, Sized), isinstance(3, Sized), issubclass(Plain, Sized))
print(Shape.register(RealSquare) is RealSquare, isinstance(Plain(), (int, Shape)))
try:
    Shape.register(3)
except TypeError as e:
    print(e)
