# Subscripted builtin classes (types.GenericAlias), `X | Y` of classes (types.UnionType),
# __class_getitem__, __mro_entries__ in a class's bases, and the errors around them.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[int]("ab"))
print(int | None, int | str | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None), int | int)
print(type(list[int]), type(int | str), list[int] == list[int], list[int].__origin__, list[int].__args__)
import types
print(types.SimpleNamespace(a=1, b="x"), types.NoneType)
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))
class G:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
print(G[int])
def attempt(label, f):
    try:
        print(f())
    except TypeError as e:
        print(label, "->", e)
attempt("int[5]", lambda: int[5])
attempt("G()[1]", lambda: G()[1])
attempt("isinstance(1, list[int])", lambda: isinstance(1, list[int]))
attempt("int | 3", lambda: int | 3)
attempt("None | None", lambda: None | None)
attempt("list[int][str]", lambda: list[int][str])
class A: pass
try: A[1]
except TypeError as e: print(e)
class MyList(list):
    pass
print(MyList[int], MyList[int]([1]), type(MyList[int]([1])).__name__)
class D(dict): pass
print(D[str, int])
