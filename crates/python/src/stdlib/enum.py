"""The enum module as CPython 3.11 has it for everyday use: Enum, IntEnum, StrEnum, ReprEnum,
Flag, IntFlag, auto, unique, and the functional form `Enum('Name', 'A B C')`. EnumType makes
each member once, as an instance of its class, when the class is created; calling the class
looks a member up by value, subscripting it by name. A Flag's combinations are made on
first use and kept."""

import operator
from types import MappingProxyType

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "auto", "unique"]

_auto_null = object()


class auto:
    """Stands for a member's value, which `_generate_next_value_` chooses."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # `WHITE = RED | GREEN` in a class body combines values not chosen yet: the result is
    # worked out once they are (CPython chooses each as it is assigned).
    def __or__(self, other):
        return _Combined(operator.or_, self, other)

    def __and__(self, other):
        return _Combined(operator.and_, self, other)

    def __xor__(self, other):
        return _Combined(operator.xor, self, other)

    def __ror__(self, other):
        return _Combined(operator.or_, other, self)

    def __rand__(self, other):
        return _Combined(operator.and_, other, self)

    def __rxor__(self, other):
        return _Combined(operator.xor, other, self)


class _Combined(auto):
    """A combination of auto() values, resolved when the members before it have theirs."""

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    @property
    def value(self):
        resolve = lambda v: v.value if isinstance(v, auto) else v
        return self.op(resolve(self.left), resolve(self.right))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__") or isinstance(
        obj, (classmethod, staticmethod, property)
    )


def _is_member(cls_name, name, value):
    return not (_is_dunder(name) or _is_sunder(name) or _is_private(cls_name, name) or _is_descriptor(value))


def _data_type(bases):
    """The builtin or data class the members are also instances of (int for IntEnum)."""
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                break
            if base.__module__ == "builtins" or "__new__" in base.__dict__ or "__init__" in base.__dict__:
                return candidate or base
            candidate = candidate or base
    return object


class EnumType(type):
    """Metaclass of the enums: makes the members and lets the class be iterated, measured,
    called with a value and subscripted with a name."""

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        member_names = [
            name for name, value in classdict.items() if _is_member(cls, name, value)
        ]
        values = {name: classdict[name] for name in member_names}
        for name in member_names:
            del classdict[name]
        own_new = classdict.pop("__new__", None)
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type = _data_type(bases)
        type.__setattr__(enum_class, "_member_type_", member_type)
        if own_new is not None:
            type.__setattr__(enum_class, "__new_member__", own_new)
        elif member_type is not object:
            type.__setattr__(enum_class, "__new_member__", member_type.__new__)
        first_enum = bases[-1] if bases else None
        if first_enum is not None:
            metacls._keep_enum_methods_(enum_class, classdict, first_enum, member_type)
        if Enum is not None and ReprEnum in bases:
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", lambda self, spec: format(self._value_, spec))
            if "__str__" not in classdict:
                type.__setattr__(enum_class, "__str__", lambda self: str(self._value_))
        last_values = []
        for name in member_names:
            value = values[name]
            if isinstance(value, _Combined):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:]
                    )
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value)
        # Flag itself is made with a boundary before the name Flag is bound.
        if boundary is not None:
            type.__setattr__(enum_class, "_boundary_", boundary)
        if boundary is not None or (Flag is not None and issubclass(enum_class, Flag)):
            metacls._flag_bits_(enum_class)
        if Flag is not None and issubclass(enum_class, Flag):
            # An int's operators come first in IntFlag's order; the flag's must win.
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        return enum_class

    @staticmethod
    def _flag_bits_(enum_class):
        # Members of one bit are the flag's own; others (0, or several bits) are aliases
        # of combinations, left out of iteration and len() as CPython leaves them.
        mask = 0
        for name in enum_class._member_names_:
            mask |= enum_class._member_map_[name]._value_
        type.__setattr__(enum_class, "_flag_mask_", mask)
        enum_class._member_names_[:] = [
            name for name in enum_class._member_names_
            if _is_single_bit(enum_class._member_map_[name]._value_)
        ]

    @staticmethod
    def _keep_enum_methods_(enum_class, classdict, first_enum, member_type):
        # The data type's repr, str and format must not win over Enum's (IntEnum's members
        # are ints first), unless the enum itself defines them.
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name in classdict:
                continue
            for klass in enum_class.__mro__:
                if name in klass.__dict__:
                    break
            if not isinstance(klass, EnumType):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    @staticmethod
    def _add_member_(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        new = enum_class.__dict__.get("__new_member__")
        if new is None:
            for klass in enum_class.__mro__[1:]:
                if "__new_member__" in klass.__dict__:
                    new = klass.__dict__["__new_member__"]
                    break
        if new is None:
            member = object.__new__(enum_class)
            if not hasattr(member, "_value_"):
                member._value_ = value
        else:
            member = new(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        # A flag that ejects unknown bits answers a plain int.
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(found, int):
            return found
        if found is not None:
            raise TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, found)
            )
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        # A functional enum is taken to belong to the program (CPython reads the caller's
        # frame); pickle finds it there by name.
        classdict["__module__"] = "__main__" if module is None else module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = None
ReprEnum = None
Flag = None


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """A set of names bound to unique values: `class Color(Enum): RED = 1`."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __reduce__(self):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Changes only the repr: str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits none of its members has."""

    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits(num, width):
    """A value in binary as enum's messages show it: sign digit, space, digits."""
    return "0b0 " + format(num, "b").zfill(width)


class Flag(Enum, boundary=STRICT):
    """Members that combine with | & ^ ~ into values of the same class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value += 2 ** mask.bit_length()
        unknown = value & ~mask
        boundary = cls._boundary_
        if unknown and boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, width), _bits(mask, width)))
        if unknown and boundary is EJECT:
            return value
        if boundary is CONFORM:
            value &= mask
            unknown = 0
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls._members_in_(value)]
        if unknown and names:
            names.append(str(unknown))
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    @classmethod
    def _members_in_(cls, value):
        return [m for m in cls if m._value_ & value == m._value_]

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._members_in_(self._value_))

    def __len__(self):
        return len(self._members_in_(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def _combine_(self, other, op):
        if isinstance(other, self.__class__):
            value = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            value = other
        else:
            return NotImplemented
        return self.__class__(op(self._value_, value))

    def __or__(self, other):
        return self._combine_(other, operator.or_)

    def __and__(self, other):
        return self._combine_(other, operator.and_)

    def __xor__(self, other):
        return self._combine_(other, operator.xor)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints; values beyond its members are kept."""


def unique(enumeration):
    """A class decorator: no two names may share a value."""
    duplicates = [
        (name, member.name)
        for name, member in enumeration.__members__.items()
        if name != member.name
    ]
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
