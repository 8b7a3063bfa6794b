class Config:
    debug = False
    def __init__(self):
        self.level = 1

c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "level", 5)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr)
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "debug"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "b", "c"]:
    setattr(c, name, name.upper())
print([getattr(c, n) for n in ["a", "b", "c"]])
print(sorted(vars(c)))
m = getattr(c, "__init__")
print(callable(m))
print(getattr("hello", "upper")(), getattr([3, 1], "index")(1))
setattr(Config, "class_level", "shared")
print(Config().class_level)
ops = {"add": "__add__", "mul": "__mul__"}
for name, dunder in ops.items():
    print(name, getattr(5, dunder)(3))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(c, "level", "unused default"))
