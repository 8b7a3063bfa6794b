class Dog:
    species = "canis"

    def __init__(self, name, age=1):
        self.name = name
        self.age = age

    def bark(self):
        return self.name + " says woof"

    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex")
print(d.name, d.age, d.species)
print(d.bark())
d.birthday().birthday()
print(d.age)
e = Dog("Fido", 5)
print(e.bark(), e.age)
print(Dog.bark(e))
m = d.bark
print(m())
print(type(d).__name__, isinstance(d, Dog))
d.trick = "roll"
print(d.trick, hasattr(e, "trick"))
print(sorted(d.__dict__.items()))

class Empty:
    pass
x = Empty()
x.a = 1
print(x.a, type(x).__name__)

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def size(self):
        return len(self.items)

s = Stack()
for v in [1, 2, 3]:
    s.push(v)
print(s.pop(), s.peek(), s.size())
print(Dog.species, Dog.__name__)
