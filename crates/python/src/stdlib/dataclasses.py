"""The dataclasses module: @dataclass reads a class's annotated fields and gives it
__init__, __repr__, __eq__ (and on request ordering, hashing, freezing), with CPython's
messages; field, fields, asdict, astuple, replace, is_dataclass, InitVar."""

import copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    """`x: InitVar[int]`: an __init__ parameter handed to __post_init__, not a field."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return f'dataclasses.InitVar[{name}]'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(' f'name={self.name!r},' f'type={self.type!r},'
                f'default={self.default!r},' f'default_factory={self.default_factory!r},'
                f'init={self.init!r},' f'repr={self.repr!r},' f'hash={self.hash!r},'
                f'compare={self.compare!r},' f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},' "_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is not None:
        if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
            return True
    return isinstance(annotation, str) and annotation.startswith(('ClassVar', 'typing.ClassVar'))


def _is_initvar(annotation):
    return isinstance(annotation, InitVar) or annotation is InitVar or (
        isinstance(annotation, str) and annotation.startswith(('InitVar', 'dataclasses.InitVar')))


def _hashable(value):
    # CPython refuses a default whose class is unhashable (list, dict, set): shared by
    # every instance, it would be changed through one of them for all.
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _own_fields(cls, kw_only):
    """The fields this class body annotates, in order (InitVars too, marked)."""
    annotations = cls.__dict__.get('__annotations__', {})
    result = []
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        if annotation is KW_ONLY:
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        f._initvar = _is_initvar(annotation)
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and not _hashable(f.default):
            raise ValueError(f'mutable default {type(f.default)} for field {name} '
                             'is not allowed: use default_factory')
        result.append(f)
    return result


def _plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def _names(missing):
    quoted = [repr(n) for n in missing]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _make_init(cls, all_fields, frozen, has_post_init):
    params = [f for f in all_fields if f.init]
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    where = cls.__qualname__ + '.__init__()'
    required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required == len(positional):
                takes = f"takes {len(positional) + 1} positional argument" + ("" if len(positional) == 0 else "s")
            else:
                takes = f"takes from {required + 1} to {len(positional) + 1} positional arguments"
            given = len(args) + 1
            raise TypeError(f"{where} {takes} but {given} {'was' if given == 1 else 'were'} given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if not any(f.name == name for f in params):
                raise TypeError(f"{where} got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{where} got multiple values for argument {name!r}")
            values[name] = value
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f"{where} missing {_plural(len(missing), 'required positional argument')}: {_names(missing)}")
        missing = [f.name for f in keyword_only if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f"{where} missing {_plural(len(missing), 'required keyword-only argument')}: {_names(missing)}")
        init_vars = []
        for f in all_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._initvar:
                init_vars.append(value)
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    __init__.__qualname__ = cls.__qualname__ + '.__init__'
    return __init__


def _tuple_of(obj, fs):
    return tuple(getattr(obj, f.name) for f in fs)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, '__dataclass_fields__', {}).values():
            all_fields[f.name] = f
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    fields_list = list(all_fields.values())
    real = [f for f in fields_list if not f._initvar]
    cls.__dataclass_fields__ = {f.name: f for f in real}
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)

    if init:
        cls.__init__ = _make_init(cls, fields_list, frozen, hasattr(cls, '__post_init__'))
    if repr:
        shown = [f for f in real if f.repr]

        def __repr__(self):
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
            return f"{self.__class__.__qualname__}({parts})"
        cls.__repr__ = __repr__
    compared = [f for f in real if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, compared) == _tuple_of(other, compared)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def comparer(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, compared), _tuple_of(other, compared))
                return NotImplemented
            return compare
        cls.__lt__ = comparer(lambda a, b: a < b)
        cls.__le__ = comparer(lambda a, b: a <= b)
        cls.__gt__ = comparer(lambda a, b: a > b)
        cls.__ge__ = comparer(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = lambda self: hash(_tuple_of(self, hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in fields_list if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())


def _inner(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory([(f.name, _inner(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_inner(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_inner(k, factory), _inner(v, factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_inner(getattr(obj, f.name), lambda pairs: tuple(v for _, v in pairs))
                         for f in fields(obj))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init and f.name in changes:
            raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
