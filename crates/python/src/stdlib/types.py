"""The types module: GenericAlias (what `list[int]` makes), UnionType (what `int | None`
makes), SimpleNamespace, and the names of a few builtin types."""

NoneType = type(None)
FunctionType = type(lambda: None)
LambdaType = FunctionType


def _type_repr(obj):
    # As CPython's generic alias writes each of its arguments.
    if obj is Ellipsis:
        return "..."
    if obj is NoneType:
        return "None"
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


class GenericAlias:
    """A builtin class with its arguments: `list[int]`, `dict[str, int]`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + "[()]"
        return _type_repr(self.__origin__) + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


GenericAlias.__module__ = "types"


class UnionType:
    """`int | str`: the classes an isinstance check accepts any of."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


UnionType.__module__ = "types"


def _union_arg(x):
    if x is None:
        return NoneType
    if isinstance(x, (type, GenericAlias)):
        return x
    return NotImplemented


def _union(a, b):
    """`a | b` for classes, None and aliases: NotImplemented for anything else."""
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            args.extend(x.__args__)
            continue
        x = _union_arg(x)
        if x is NotImplemented:
            return NotImplemented
        args.append(x)
    unique = _unique(args)
    if len(unique) == 1:
        return unique[0]
    return UnionType(unique)


def _unique(args):
    """A union's members: each once, in the order first given."""
    unique = []
    for x in args:
        if x not in unique:
            unique.append(x)
    return tuple(unique)


class SimpleNamespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


SimpleNamespace.__module__ = "types"


class mappingproxy:
    """A read-only view of a mapping (a class's `__dict__`, an enum's `__members__`)."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


MappingProxyType = mappingproxy
