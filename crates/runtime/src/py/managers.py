"""multiprocessing.managers: a SyncManager is a real server process holding the shared
objects; each proxy operation is one request and one reply (so `d['n'] -= 1` is a read
then a write, and unlocked updates can be lost, as in CPython). As in CPython, every
client thread gets its own server thread, so a blocking request (a lock, a queue) holds up
only its caller."""
import _mp
import threading
import queue
import multiprocessing
from multiprocessing import Process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value', 'Array']

_CHANNEL_BYTES = 1 << 13


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


_types = {
    'dict': dict, 'list': list, 'Namespace': Namespace, 'Value': Value, 'Array': Array,
    'Lock': threading.Lock, 'RLock': threading.RLock, 'Semaphore': threading.Semaphore,
    'BoundedSemaphore': threading.BoundedSemaphore, 'Condition': threading.Condition,
    'Event': threading.Event, 'Barrier': threading.Barrier, 'Queue': queue.Queue,
    'JoinableQueue': queue.Queue, 'LifoQueue': queue.LifoQueue,
    'PriorityQueue': queue.PriorityQueue,
}


# ----- the server process -----

def _serve(listener, registry):
    """The manager process: accepts clients, one server thread each. `registry` maps each
    typeid to (callable, exposed, method_to_typeid), as the manager's class registered."""
    objects = {}
    state = {'next': 1, 'running': True, 'listener': listener}
    while state['running']:
        status, msg = _mp.chan_get(listener, True, None, 'manager')
        if status:
            return
        req, reply, client_exit = msg
        t = threading.Thread(target=_serve_client,
                             args=(objects, state, registry, listener, req, reply, client_exit),
                             daemon=True)
        t.start()


def _public_methods(obj):
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name))]


def _new_object(objects, state, registry, typeid, obj):
    """Keeps `obj` as a shared object of `typeid`: its id and the methods it exposes."""
    _, exposed, method_to_typeid = registry[typeid]
    if exposed is None:
        exposed = _public_methods(obj)
    if method_to_typeid:
        exposed = list(exposed) + list(method_to_typeid)
    oid = state['next']
    state['next'] += 1
    shown = None
    if _TRACING and typeid in _SHOWN:
        shown = 'Manager.%s #%d:%d' % (typeid, state['listener'], oid)
        _mp.trace_op(shown, 'new', None, None)
    objects[oid] = (obj, frozenset(exposed), method_to_typeid or {}, shown)
    _show(objects[oid])
    return oid, tuple(exposed)


# The shared data the views show, as it changes: a manager's containers and values,
# shown again after each call that may change them.
_SHOWN = ('dict', 'list', 'Namespace', 'Value', 'Array')
_READS = frozenset(('__contains__', '__getitem__', '__len__', '__repr__', '__str__', 'copy',
                    'count', 'get', 'index', 'items', 'keys', 'values'))
_TRACING = _mp.tracing()


def _show(entry):
    obj, shown = entry[0], entry[3]
    if shown is not None:
        _mp.trace_op(shown, 'value', _glimpse(obj), None)


def _glimpse(obj, most=8):
    """A short repr for the views: at most `most` items of a big container, so that
    showing it after each change costs the same however big it grows."""
    if type(obj) in (dict, list) and len(obj) > most:
        if type(obj) is dict:
            inner = ', '.join('%r: %r' % kv for kv in list(obj.items())[:most])
            return '{%s, ...} (%d items)' % (inner, len(obj))
        return '[%s, ...] (%d items)' % (', '.join(map(repr, obj[:most])), len(obj))
    text = repr(obj)
    return text if len(text) <= 200 else text[:197] + '...'


def _serve_client(objects, state, registry, listener, req, reply, client_exit):
    while True:
        status, msg = _mp.chan_get(req, True, None, 'manager request', False, client_exit)
        # EOF: the client's process has ended (whichever way) and left nothing unread.
        # No one else writes to or reads these channels: a hold that is dropped at once
        # gives them back.
        if status:
            threading._Hold(req, reply)
            return
        oid, method, args, kwds = msg
        try:
            if method == '#create':
                typeid = args[0]
                obj = registry[typeid][0](*args[1:], **kwds)
                result = (True, _new_object(objects, state, registry, typeid, obj))
            elif method == '#shutdown':
                state['running'] = False
                _mp.chan_put(reply, (True, None), True, None, None, 'manager reply')
                _mp.chan_close(listener)
                return
            elif method == '#getattr':
                result = (True, getattr(objects[oid][0], args[0]))
            elif method == '#setattr':
                setattr(objects[oid][0], args[0], args[1])
                _show(objects[oid])
                result = (True, None)
            elif method == '#delattr':
                delattr(objects[oid][0], args[0])
                _show(objects[oid])
                result = (True, None)
            else:
                obj, exposed, method_to_typeid, shown = objects[oid]
                # Every proxy may ask for the object's repr (its str()).
                if method not in exposed and method not in ('__repr__', '__str__'):
                    raise AttributeError('method %r of %r object is not in exposed=%r'
                                         % (method, type(obj), set(exposed)))
                value = getattr(obj, method)(*args, **kwds)
                typeid = method_to_typeid.get(method)
                if typeid is not None:
                    # The result is shared as that typeid makes it from the result.
                    make = registry[typeid][0]
                    if make is not None:
                        value = make(value)
                    value = _Token(typeid, *_new_object(objects, state, registry, typeid, value))
                elif type(value).__name__ in ('dict_keys', 'dict_values', 'dict_items'):
                    value = list(value)
                if shown is not None and method not in _READS:
                    _show(objects[oid])
                result = (True, value)
        except BaseException as e:
            result = (False, e)
        _mp.trace_op('manager', 'reply', repr(result[1]))
        try:
            _mp.chan_put(reply, result, True, None, None, 'manager reply')
        except Exception as e:
            _mp.chan_put(reply, (False, e), True, None, None, 'manager reply')


class _Token:
    """A shared object a method returned, to become a proxy on the client's side."""

    def __init__(self, typeid, oid, exposed):
        self.typeid, self.oid, self.exposed = typeid, oid, exposed


# ----- the client side -----

_connections = {}


def _connection(listener):
    """This thread's (request, reply) channels to the server at `listener`."""
    key = (listener, _mp.thread_id())
    conn = _connections.get(key)
    if conn is None:
        conn = (_mp.chan_new(_CHANNEL_BYTES), _mp.chan_new(_CHANNEL_BYTES))
        _mp.chan_put(listener, conn + (_mp.exit_word(),), True, None, None, 'manager connect')
        _connections[key] = conn
    return conn


def _call(listener, oid, method, args=(), kwds={}):
    if _mp.chan_closed(listener):
        # The server has shut down: its address is gone, as CPython's socket file is.
        raise FileNotFoundError(2, 'No such file or directory')
    req, reply = _connection(listener)
    _mp.trace_op('manager', 'request', method)
    ok, value = _mp.request(req, reply, (oid, method, args, kwds), 'manager reply')
    if not ok:
        raise value
    if type(value) is _Token:
        proxytype = _proxytypes.get(value.typeid, AutoProxy)
        return _make_proxy(proxytype, listener, value.oid, value.typeid, value.exposed)
    return value


class BaseProxy:
    _exposed_ = ()

    def __init__(self, listener, oid, typeid):
        object.__setattr__(self, '_listener', listener)
        object.__setattr__(self, '_id', oid)
        object.__setattr__(self, '_typeid', typeid)

    def __reduce__(self):
        # An AutoProxy's class is made where it is needed, from the methods exposed.
        proxytype = AutoProxy if getattr(type(self), '_auto', False) else type(self)
        return (_make_proxy, (proxytype, self._listener, self._id, self._typeid,
                              self._exposed_))

    def _callmethod(self, methodname, args=(), kwds={}):
        return _call(self._listener, self._id, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else None

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _make_proxy(proxytype, listener, oid, typeid, exposed):
    if proxytype is AutoProxy:
        proxytype = _auto_proxy_type(typeid, exposed)
    return proxytype(listener, oid, typeid)


# The proxy types of the typeids registered with any manager class of this process, for
# proxies that methods return (method_to_typeid).
_proxytypes = {}
_auto_proxy_types = {}


def _auto_proxy_type(typeid, exposed):
    key = (typeid, tuple(exposed))
    proxytype = _auto_proxy_types.get(key)
    if proxytype is None:
        proxytype = _make_proxy_type('AutoProxy[%s]' % typeid, tuple(exposed))
        proxytype._auto = True
        _auto_proxy_types[key] = proxytype
    return proxytype


def AutoProxy(*args, **kwds):
    """The proxy of a registered type that names no proxy type of its own: it offers the
    methods the object exposes (its public ones, unless registered with `exposed`)."""
    raise TypeError('AutoProxy is made by a manager')


def _method(name):
    def call(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


def _make_proxy_type(name, exposed):
    namespace = {'_exposed_': exposed}
    for m in exposed:
        namespace[m] = _method(m)
    return type(name, (BaseProxy,), namespace)


_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
                 '__setitem__', 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem',
                 'setdefault', 'update', 'values')


class DictProxy(_make_proxy_type('_DictBase', _dict_methods)):
    def keys(self):
        return list(self._callmethod('keys'))

    def values(self):
        return list(self._callmethod('values'))

    def items(self):
        return list(self._callmethod('items'))

    def __iter__(self):
        return iter(self.keys())


_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
                 '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append', 'count',
                 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort')


class ListProxy(_make_proxy_type('_ListBase', _list_methods)):
    # What the server lets a list's proxies call: iterating asks for a copy.
    _exposed_ = _list_methods + ('__imul__', 'copy')

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('#getattr', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('#setattr', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('#delattr', (key,))

    def __str__(self):
        return self._callmethod('__repr__')


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)

    def __str__(self):
        return self._callmethod('__repr__')


ArrayProxy = _make_proxy_type('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        while not result:
            waittime = None
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


EventProxy = _make_proxy_type('EventProxy', ('is_set', 'set', 'clear', 'wait'))
BarrierProxy = _make_proxy_type('BarrierProxy', ('__getattribute__', 'wait', 'abort',
                                                 'reset'))
_queue_methods = ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait',
                  'qsize', 'task_done')

class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._listener = None
        self._process = None
        self._state = 'initial'

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Registers a type or callable with the manager class, and (with `create_method`)
        a method of that name which makes one in the server and returns its proxy."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        _proxytypes[typeid] = proxytype
        if create_method:
            def create(self, /, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            create.__name__ = typeid
            setattr(cls, typeid, create)

    def start(self, initializer=None, initargs=()):
        if self._state != 'initial':
            if self._state == 'started':
                raise multiprocessing.ProcessError("Already started server")
            raise multiprocessing.ProcessError("Manager has shut down")
        self._listener = _mp.chan_new(_CHANNEL_BYTES)
        registry = {typeid: entry[:3] for typeid, entry in self._registry.items()}
        self._process = Process(target=_serve, args=(self._listener, registry))
        self._process._name = type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._process._identity)
        self._process.start()
        self._state = 'started'
        multiprocessing._finalizers.append(self.shutdown)

    @property
    def address(self):
        return self._listener

    def _create(self, typeid, *args, **kwds):
        if self._state != 'started':
            raise multiprocessing.ProcessError("Manager has not been started")
        oid, exposed = _call(self._listener, None, '#create', (typeid,) + args, kwds)
        return _make_proxy(self._registry[typeid][3], self._listener, oid, typeid, exposed)

    def shutdown(self):
        if self._state == 'started':
            self._state = 'shutdown'
            try:
                _call(self._listener, None, '#shutdown')
            except Exception:
                pass
            self._process.join()
            if self.shutdown in multiprocessing._finalizers:
                multiprocessing._finalizers.remove(self.shutdown)

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class SyncManager(BaseManager):
    pass


# What a SyncManager makes, with CPython's proxy types.
for _typeid, _proxytype, _exposed in [
        ('dict', DictProxy, None), ('list', ListProxy, None),
        ('Namespace', NamespaceProxy, None), ('Value', ValueProxy, None),
        ('Array', ArrayProxy, None), ('Lock', AcquirerProxy, None),
        ('RLock', AcquirerProxy, None), ('Semaphore', AcquirerProxy, None),
        ('BoundedSemaphore', AcquirerProxy, None), ('Condition', ConditionProxy, None),
        ('Event', EventProxy, None), ('Barrier', BarrierProxy, None),
        ('Queue', AutoProxy, _queue_methods), ('JoinableQueue', AutoProxy, _queue_methods),
        ('LifoQueue', AutoProxy, _queue_methods), ('PriorityQueue', AutoProxy, _queue_methods)]:
    SyncManager.register(_typeid, _types[_typeid], _proxytype, _exposed)
