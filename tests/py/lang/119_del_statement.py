x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
nested = {"a": [1, 2, {"b": 3}]}
del nested["a"][2]["b"]
print(nested)
del nested["a"][0]
print(nested)
class Obj:
    cls_attr = "class"
o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other, vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del lst[99]
except IndexError as e:
    print("IndexError:", e)
def func():
    local = 1
    del local
    return "deleted local"
print(func())
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print("NameError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
