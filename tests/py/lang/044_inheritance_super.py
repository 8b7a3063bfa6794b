class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)

    def speak(self):
        return "..."

    def describe(self):
        return "%s the %s says %s" % (self.name, type(self).__name__, self.speak())

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
        print("Puppy.__init__", toy)

    def speak(self):
        return super().speak() + "!"

class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)

    def speak(self):
        return "Meow"

for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", "ball"), Cat("Tom")]:
    print(a.describe())

p = Puppy("Max", "rope")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(p.toy, p.name)
print(Puppy.__bases__[0].__name__)
print(Animal.__bases__[0].__name__)
class Base:
    def greet(self):
        return "Base greet"
class Derived(Base):
    def greet(self):
        return "Derived + " + super(Derived, self).greet()
print(Derived().greet())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(4).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
