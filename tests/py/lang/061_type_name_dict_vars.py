class Person:
    kind = "human"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def greet(self):
        return "hi " + self.name

p = Person("Ann", 30)
print(type(p).__name__)
print(p.__class__.__name__)
print(p.__class__ is Person)
print(p.__dict__)
print(vars(p))
print(vars(p) is p.__dict__)
p.email = "a@x"
print(p.__dict__)
del p.age
print(vars(p))
p.__dict__["dyn"] = 1
print(p.dyn)
print([k for k in dir(Person) if not k.startswith("__")])
print([k for k in dir(p) if not k.startswith("__")])
print("greet" in Person.__dict__, "kind" in Person.__dict__)
for v in [1, 1.5, "s", [], (), {}, set(), None, True, b"", range(1), Person, p.greet]:
    print(type(v).__name__, end=" ")
print()
print(type(p)("Bob", 1).name)
class Sub(Person):
    pass
print(Sub("Cy", 2).__class__.__name__, Sub.__name__, Sub.__bases__[0].__name__)
print(vars(Sub("D", 3)))
print(p.__module__)
print(Person.__module__)
