class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError caught")
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError after delete")
class Circle:
    def __init__(self, r):
        self.radius = r
    def _get_area(self):
        return round(3.14159 * self.radius ** 2, 2)
    area = property(_get_area)
c = Circle(2)
print(c.area)
c.radius = 3
print(c.area)
print(type(Circle.area).__name__)
print(isinstance(Temperature.celsius, property))
class Lazy:
    @property
    def value(self):
        if not hasattr(self, "_v"):
            print("computing")
            self._v = 99
        return self._v
l = Lazy()
print(l.value, l.value)
