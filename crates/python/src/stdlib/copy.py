"""copy: shallow and deep copy operations for mpplay.

copy(x) returns a shallow copy, deepcopy(x, memo=None) a deep copy.  Both
honour the __copy__ / __deepcopy__ hooks, __getstate__ / __setstate__ and
a user-defined __reduce_ex__ / __reduce__.  Other objects are rebuilt the
way CPython's default reduce protocol does: cls.__new__(cls, *newargs),
then the instance __dict__ (and __slots__ values), then the items of list
and dict subclasses.  deepcopy keeps a memo dict so shared references stay
shared and cycles are reproduced.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatible alias


def _function():
    pass


class _Sample:
    def method(self):
        pass


def _existing_types(*getters):
    """The types the getters return, skipping names this interpreter lacks."""
    found = []
    for getter in getters:
        try:
            found.append(getter())
        except (NameError, AttributeError):
            pass
    return tuple(found)


_FunctionType = type(_function)
_BuiltinType = type(len)
_MethodType = type(_Sample().method)
_NoneType = type(None)
_SliceType = _existing_types(lambda: slice)
_SET_TYPES = _existing_types(lambda: set, lambda: frozenset)
_BYTEARRAY = _existing_types(lambda: bytearray)
_VALUE_BASES = _existing_types(lambda: tuple, lambda: int, lambda: float,
                               lambda: complex, lambda: str, lambda: bytes)

# objects of these exact types are returned unchanged by deepcopy ...
_ATOMIC = set(_existing_types(
    lambda: _NoneType, lambda: int, lambda: float, lambda: bool,
    lambda: complex, lambda: str, lambda: bytes, lambda: type,
    lambda: range, lambda: property, lambda: _FunctionType,
    lambda: _BuiltinType, lambda: type(Ellipsis),
    lambda: type(NotImplemented)))
# ... and by copy, which also shares immutable containers
_IMMUTABLE = _ATOMIC | set(_existing_types(
    lambda: tuple, lambda: frozenset, lambda: slice))

_NIL = object()


################################################################################
# shallow copy
################################################################################

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE or isinstance(x, type):
        return x
    if cls is list or cls is dict or cls is set or cls in _BYTEARRAY:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls is _MethodType:
        return getattr(x.__self__, x.__func__.__name__)
    rv = _user_reduce(x)
    if rv is None:
        rv = _default_reduce(x)
    return _reconstruct(x, None, *rv)


################################################################################
# deep copy
################################################################################

def deepcopy(x, memo=None):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _NIL)
    if y is not _NIL:
        return y

    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _MethodType:
        y = _deepcopy_method(x, memo)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(x)
            if rv is None:
                rv = _default_reduce(x)
            y = _reconstruct(x, memo, *rv)

    # if x is its own copy, don't memoize it
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a cycle through a mutable member may already have produced the copy
    already = memo.get(id(x), _NIL)
    if already is not _NIL:
        return already
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_method(x, memo):
    owner = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, owner)
    except TypeError:
        return getattr(owner, x.__func__.__name__)


def _keep_alive(x, memo):
    """Keep x alive as long as memo lives, so its id cannot be reused while
    the memo refers to it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


################################################################################
# reduce emulation
################################################################################

def _user_reduce(x):
    """Return the result of a __reduce_ex__/__reduce__ defined in Python
    code, or None when only the builtin defaults exist."""
    cls = type(x)
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is None or method is getattr(object, name, None):
            continue
        if type(method) is not _FunctionType:
            continue     # a builtin implementation: use the emulation
        rv = method(x, 4) if name == '__reduce_ex__' else method(x)
        if isinstance(rv, str):
            return (lambda: x, ())     # global object: copy is x itself
        if not isinstance(rv, tuple):
            raise Error('un(deep)copyable object of type %s' % cls)
        return rv
    return None


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = getattr(klass, '__dict__', {}).get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__') or name in names:
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and type(getstate) is _FunctionType:
        return getstate(x)
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        value = getattr(x, name, _NIL)
        if value is not _NIL:
            slots[name] = value
    if slots:
        state = (state, slots)
    return state


def _default_reduce(x):
    """(callable, args, state, listitems, dictitems) describing x, like the
    default object.__reduce_ex__(4) of CPython."""
    cls = type(x)
    state = _default_state(x)
    if isinstance(x, _SET_TYPES):
        return cls, (list(x),), state, None, None
    if isinstance(x, _BYTEARRAY):
        return cls, (bytes(x),), state, None, None
    if cls in _SliceType:
        return cls, (x.start, x.stop, x.step), None, None, None
    args = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None and type(getnewargs) is _FunctionType:
        args = tuple(getnewargs(x))
    else:
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _NewObj(cls), args, state, listitems, dictitems


class _NewObj:
    """Callable creating an uninitialised instance: cls.__new__(cls, *args)."""

    def __init__(self, cls):
        self.cls = cls

    def __call__(self, *args):
        return self.cls.__new__(self.cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                try:
                    y.__dict__.update(state)
                except AttributeError:
                    for key, value in state.items():
                        setattr(y, key, value)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
