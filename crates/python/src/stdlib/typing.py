"""The typing module for annotations: the special forms and generic aliases (List, Dict,
Optional, Union, Callable, ...), TypeVar, Generic, Protocol, NewType, cast and overload.
Subscripting builds an alias that prints as CPython's does; nothing checks types."""

import collections
import types

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if obj is Ellipsis:
        return "..."
    if obj is _NoneType:
        return "NoneType"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _tuple(params):
    return params if type(params) is tuple else (params,)


def _arg(a):
    if a is None:
        return _NoneType
    if isinstance(a, str):
        return ForwardRef(a)
    return a


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class _GenericAlias(_Final):
    """A subscripted form: `List[int]`, `Box[T]`."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _Alias(_Final):
    """An unsubscripted generic name standing for a class: `List`, `Dict`, `Iterable`."""

    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_arg(p) for p in _tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _TupleAlias(_Alias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        return _GenericAlias(tuple, tuple(_arg(p) for p in _tuple(params)), "Tuple")


class _CallableAlias(_Alias):
    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            return _GenericAlias(self.__origin__, (Ellipsis, _arg(result)), "Callable")
        args = list(args) if isinstance(args, (list, tuple)) else [args]
        return _CallableGeneric(self.__origin__, [_arg(a) for a in args], _arg(result))


class _CallableGeneric(_GenericAlias):
    def __init__(self, origin, args, result):
        super().__init__(origin, tuple(args) + (result,), "Callable")
        self._shown = (args, result)

    def __repr__(self):
        args, result = self._shown
        return "typing.Callable[" + _type_repr(args) + ", " + _type_repr(result) + "]"


class _SpecialForm(_Final):
    """A name with its own subscription rules (Union, Optional, Literal, ...), or none."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")


class _UnionGeneric(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGeneric):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _tuple(params):
        p = _arg(p)
        if isinstance(p, (_UnionGeneric, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = types._unique(flat)
    if len(unique) == 1:
        return unique[0]
    return _UnionGeneric(Union, unique, "Union")


def _optional(form, params):
    return Union[params, None]


def _one(form, params):
    params = _tuple(params)
    if len(params) != 1:
        raise TypeError(f"{form._name} accepts only single type.")
    return _GenericAlias(form, (_arg(params[0]),), form._name)


def _literal(form, params):
    return _GenericAlias(form, _tuple(params), form._name)


class _AnyForm(_SpecialForm):
    """Any is a class since 3.11, and its errors say so."""

    def __getitem__(self, params):
        raise TypeError("type 'Any' is not subscriptable")

    def __call__(self, *args, **kwargs):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one)
Final = _SpecialForm("Final", _one)
Literal = _SpecialForm("Literal", _literal)

List = _Alias("List", list, 1)
Dict = _Alias("Dict", dict, 2)
Set = _Alias("Set", set, 1)
FrozenSet = _Alias("FrozenSet", frozenset, 1)
Tuple = _TupleAlias("Tuple", tuple, -1)
Type = _Alias("Type", type, 1)
Callable = _CallableAlias("Callable", types.FunctionType, -1)
Deque = _Alias("Deque", collections.deque, 1)
DefaultDict = _Alias("DefaultDict", collections.defaultdict, 2)
OrderedDict = _Alias("OrderedDict", collections.OrderedDict, 2)
Counter = _Alias("Counter", collections.Counter, 1)


def _abstract(name, nparams):
    # The aliases stand for collections.abc's classes, so isinstance and subclassing work.
    import collections.abc
    origin = getattr(collections.abc, "Set" if name == "AbstractSet" else name)
    return _Alias(name, origin, nparams)


Iterable = _abstract("Iterable", 1)
Iterator = _abstract("Iterator", 1)
Generator = _abstract("Generator", 3)
Sequence = _abstract("Sequence", 1)
MutableSequence = _abstract("MutableSequence", 1)
Mapping = _abstract("Mapping", 2)
MutableMapping = _abstract("MutableMapping", 2)
AbstractSet = _abstract("AbstractSet", 1)
MutableSet = _abstract("MutableSet", 1)
Collection = _abstract("Collection", 1)
Container = _abstract("Container", 1)
Hashable = _abstract("Hashable", 0)
Sized = _abstract("Sized", 0)
Reversible = _abstract("Reversible", 1)
Awaitable = _abstract("Awaitable", 1)
Coroutine = _abstract("Coroutine", 3)
AsyncIterable = _abstract("AsyncIterable", 1)
AsyncIterator = _abstract("AsyncIterator", 1)
ItemsView = _abstract("ItemsView", 2)
KeysView = _abstract("KeysView", 1)
ValuesView = _abstract("ValuesView", 1)


class Generic:
    """The base of a user's generic class: `class Box(Generic[T])`, then `Box[int]`."""

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, tuple(_arg(p) for p in _tuple(params)))


Generic.__module__ = "typing"


class Protocol(Generic):
    pass


Protocol.__module__ = "typing"


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x


def NamedTuple(typename, fields=None, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    return collections.namedtuple(typename, [name for name, _ in fields])


def TypedDict(typename, fields=None, total=True, **kwargs):
    return dict


def cast(typ, val):
    return val


def overload(func):
    def overloaded(*args, **kwargs):
        raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
    return overloaded


def no_type_check(arg):
    return arg


def final(f):
    return f


def runtime_checkable(cls):
    return cls


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str
