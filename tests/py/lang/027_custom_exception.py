class MyError(Exception):
    pass

class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return "%s: %s" % (self.field, self.message)

class NotFound(LookupError):
    def __init__(self, key):
        self.key = key
        super().__init__("not found: " + key)

try:
    raise MyError
except MyError as e:
    print(type(e).__name__, repr(str(e)), e.args)

try:
    raise MyError("with message", 42)
except MyError as e:
    print(str(e), e.args, repr(e))

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(str(e))
    print(e.field, "|", e.message, "|", e.args)
    print(isinstance(e, Exception))

try:
    raise NotFound("user")
except LookupError as e:
    print(type(e).__name__, e, e.key, repr(e))

class Base(Exception): pass
class Child(Base): pass
class GrandChild(Child): pass

for cls in [Base, Child, GrandChild]:
    try:
        raise cls("x")
    except GrandChild:
        print("GrandChild handler")
    except Child:
        print("Child handler")
    except Base:
        print("Base handler")

print(issubclass(GrandChild, Base), issubclass(Base, Child))
print([c.__name__ for c in GrandChild.__mro__])
e = MyError("a", "b")
print(len(e.args), e.args[1])
