"""threading: green threads of one process (one heap, switching between bytecodes), with
CPython 3.11's API. Locks and semaphores are the runtime's shared-word primitives; the rest
is written over them as CPython writes it."""
import _mp
import time as _time

__all__ = ['Thread', 'Timer', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event',
           'Condition', 'Barrier', 'BrokenBarrierError', 'current_thread', 'main_thread',
           'active_count', 'enumerate', 'local', 'get_ident', 'TIMEOUT_MAX', 'excepthook',
           'ExceptHookArgs']

TIMEOUT_MAX = 9223372036.0
_counter = [0]
_active = {}


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


def get_ident():
    return _mp.task_id()


# The holds the pickle of a child's arguments has lent it (`multiprocessing.Process.start`
# keeps them on the Process object until the child is reaped).
_lent = []


class _Hold:
    """The creating process's hold on blocks of shared words: the blocks go back to the
    run's heap when the owning object (a Queue, a Lock) is dropped. A child that gets the
    object as an argument of its Process sees the same blocks; its parent keeps the hold
    on the Process object until the child has been reaped, so the blocks outlive every
    process that can use them."""

    def __init__(self, *blocks):
        self.blocks = blocks
        _mp.hold(self, blocks)

    def __reduce__(self):
        _lent.append(self)
        return (_Lent, self.blocks)


class _Lent:
    """A child's copy of a hold: the blocks stay its parent's to give back."""

    def __init__(self, *blocks):
        self.blocks = blocks

    def __reduce__(self):
        _lent.append(self)
        return (_Lent, self.blocks)


def _timeout_arg(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    return None if timeout == -1 else timeout


class _LockBase:
    __slots__ = ('_h', '_hold')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class Lock(_LockBase):
    __slots__ = ()

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.lock' object")

    def __init__(self):
        self._h = _mp.lock_new('threading.Lock')
        self._hold = _Hold(self._h)

    def acquire(self, blocking=True, timeout=-1):
        t = _timeout_arg(blocking, timeout)
        return _mp.lock_acquire(self._h, blocking, t, 'threading.Lock')

    def release(self):
        if not _mp.lock_release(self._h, 'threading.Lock'):
            raise RuntimeError('release unlocked lock')

    def locked(self):
        return _mp.lock_owner(self._h) != 0 or _mp.load(self._h) != 0

    def _at_fork_reinit(self):
        pass

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return '<%s %s object at 0x%x>' % (state, '_thread.lock', id(self))


class RLock(_LockBase):
    __slots__ = ('_owner', '_count')

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def __init__(self):
        self._h = _mp.lock_new('threading.RLock')
        self._hold = _Hold(self._h)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        t = _timeout_arg(blocking, timeout)
        if not _mp.lock_acquire(self._h, blocking, t, 'threading.RLock'):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _mp.lock_release(self._h, 'threading.RLock')

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        count = self._count
        self._count = 0
        self._owner = None
        _mp.lock_release(self._h, 'threading.RLock')
        return count

    def _acquire_restore(self, count):
        _mp.lock_acquire(self._h, True, None, 'threading.RLock')
        self._owner = get_ident()
        self._count = count

    def __repr__(self):
        owner = self._owner
        return '<%s %s object owner=%r count=%d at 0x%x>' % (
            'locked' if owner is not None else 'unlocked', '_thread.RLock',
            owner or 0, self._count, id(self))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._h = _mp.sem_new(value, 'threading.Semaphore')
        self._hold = _Hold(self._h)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return _mp.sem_acquire(self._h, blocking, timeout, 'threading.Semaphore')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        for i in range(n):
            self._release_one()

    def _release_one(self):
        _mp.sem_release(self._h, None, 'threading.Semaphore')

    def __exit__(self, t, v, tb):
        self.release()

    @property
    def _value(self):
        return _mp.sem_value(self._h)

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def _release_one(self):
        if not _mp.sem_release(self._h, self._initial_value, 'threading.BoundedSemaphore'):
            raise ValueError("Semaphore released too many times")

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")


class Event:
    def __init__(self):
        self._h = _mp.event_new('threading.Event')
        self._hold = _Hold(self._h)

    def is_set(self):
        return _mp.event_is_set(self._h)

    isSet = is_set

    def set(self):
        _mp.event_set(self._h, 'threading.Event')

    def clear(self):
        _mp.event_clear(self._h, 'threading.Event')

    def wait(self, timeout=None):
        return _mp.event_wait(self._h, timeout, 'threading.Event')


def _traced_name(prim):
    """The name the trace gives a primitive: its kind and handle (`Semaphore #24`,
    `threading.Lock #12`)."""
    kind = type(prim).__name__
    if type(prim).__module__ == 'threading':
        kind = 'threading.' + kind
    return '%s #%d' % (kind, prim._h)


class Condition:
    """CPython's multiprocessing Condition algorithm (semaphores counting sleepers and
    woken waiters), which serves threads and processes alike."""

    # The parts' kinds; multiprocessing's Condition uses its own.
    _Semaphore = Semaphore
    _RLock = RLock
    _kind = 'threading.Condition'

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else self._RLock()
        self._sleeping_count = self._Semaphore(0)
        self._woken_count = self._Semaphore(0)
        self._wait_semaphore = self._Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # The trace names the condition's parts (`lock | semaphores`), so a view can draw
        # one condition rather than a lock and three semaphores.
        lock = _traced_name(self._lock) if hasattr(self._lock, '_h') else ''
        counters = (self._sleeping_count, self._woken_count, self._wait_semaphore)
        _mp.trace_op(self._traced_name(), 'new',
                     lock + ' | ' + ', '.join(_traced_name(c) for c in counters))

    def _traced_name(self):
        return '%s #%d' % (self._kind, self._wait_semaphore._h)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        self._sleeping_count.release()
        if hasattr(self._lock, '_release_save'):
            saved = self._lock._release_save()
        else:
            self._lock.release()
            saved = None
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            if saved is None:
                self._lock.acquire()
            else:
                self._lock._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            _mp.trace_op(self._traced_name(), 'notify', None, sleepers)
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(2147483647)

    notifyAll = notify_all


class BrokenBarrierError(RuntimeError):
    pass


class _Cell:
    """An int in a shared word, so a Barrier's state is seen by every process."""

    def __init__(self, value=0):
        self._w = _mp.alloc(1)
        self._hold = _Hold(self._w)
        _mp.store(self._w, value)

    def get(self):
        return _mp.load(self._w)

    def set(self, v):
        _mp.store(self._w, v)


class Barrier:
    """CPython's threading.Barrier, its state in shared words."""

    # The parts' kinds; multiprocessing's Barrier uses its own.
    _Condition = Condition
    _Lock = Lock
    _kind = 'threading.Barrier'

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = self._Condition(self._Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state_cell = _Cell(0)
        self._count_cell = _Cell(0)
        _mp.trace_op(self._traced_name(), 'new', self._cond._traced_name(), parties)

    def _traced_name(self):
        return '%s #%d' % (self._kind, self._state_cell._w)

    _state = property(lambda self: self._state_cell.get(),
                      lambda self, v: self._state_cell.set(v))
    _count = property(lambda self: self._count_cell.get(),
                      lambda self, v: self._count_cell.set(v))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            _mp.trace_op(self._traced_name(), 'wait', None, index + 1)
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._done = _mp.alloc(1)
        self._hold = _Hold(self._done)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        try:
            tid = _mp.thread_start(self._bootstrap, (), self._name, self._daemonic)
        except BaseException:
            self._started = False
            raise
        # The new thread may already have run (and ended) when this one goes on.
        if not self._is_stopped:
            self._tid = tid
            self._ident = _mp.task_id() - _mp.thread_id() + tid
            _active[tid] = self

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._tid = _mp.thread_id()
        self._ident = _mp.task_id()
        _active[self._tid] = self
        try:
            self.run()
        except BaseException as e:
            hook = globals()['excepthook']
            hook(ExceptHookArgs(type(e), e, getattr(e, '__traceback__', None), self))
        finally:
            self._is_stopped = True
            _active.pop(self._tid, None)
            _mp.store(self._done, 1)
            _mp.wake(self._done)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _mp.wait_word(self._done, 0, timeout, 'join ' + self._name)

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._name = "MainThread"
        self._daemonic = False
        self._started = True
        self._is_stopped = False
        self._initialized = True
        self._ident = _mp.task_id() - _mp.thread_id()
        self._tid = 0


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    tid = _mp.thread_id()
    if tid == 0:
        return _main_thread
    return _active.get(tid, _main_thread)


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + 1


activeCount = active_count


def enumerate():
    return [_main_thread] + list(_active.copy().values())


class local:
    """Attributes per green thread: each thread sees only what it set."""

    def __init__(self):
        self.__dict__['_local__dicts'] = {}

    def __getattr__(self, name):
        own = self.__dict__['_local__dicts'].get(_mp.thread_id(), {})
        try:
            return own[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        self.__dict__['_local__dicts'].setdefault(_mp.thread_id(), {})[name] = value

    def __delattr__(self, name):
        own = self.__dict__['_local__dicts'].get(_mp.thread_id(), {})
        try:
            del own[name]
        except KeyError:
            raise AttributeError(name) from None


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ('ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    """Writes an uncaught exception of a thread to stderr, as CPython's default hook."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _mp.write_stderr(f"Exception in thread {name}:\n")
    _mp.print_exc(args.exc_value)


__excepthook__ = excepthook


def _shutdown():
    """Waits for every non-daemon thread (the interpreter does this at exit)."""
    while True:
        live = [t for t in list(_active.values()) if not t._daemonic and t.is_alive()]
        if not live:
            return
        live[0].join()
