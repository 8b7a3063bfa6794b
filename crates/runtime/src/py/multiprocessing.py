"""multiprocessing with CPython 3.11's API under the spawn start method: processes are VMs
of the run (a child re-runs the main module as __mp_main__ and gets its Process object
pickled), primitives and queues live in the run's shared words, a Manager is a real server
process, and a Pool has real worker processes."""
import _mp
import os
import sys
import threading
from threading import _Hold

__all__ = ['Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'set_start_method', 'get_start_method', 'get_all_start_methods',
           'freeze_support', 'get_context', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Event', 'Condition', 'Barrier', 'Queue', 'SimpleQueue',
           'JoinableQueue', 'Pipe', 'Value', 'Array', 'Manager', 'Pool', 'ProcessError',
           'BufferTooShort', 'TimeoutError', 'AuthenticationError', 'get_logger',
           'log_to_stderr']


# What a child that starts a process while it imports the main module is told (a program
# without the `if __name__ == '__main__':` guard), in CPython's words.
_NOT_BOOTSTRAPPED = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# ----- processes -----

# The processes this one has made so far (the last number of their `_identity`).
_process_count = [0]
# Insertion-ordered, so reaping order (and a seeded run) does not depend on addresses.
_children = {}
_spawning = [False]
_finalizers = []
_open_connections = []

# As CPython builds it from the signal module's names (aliases included, so -29 is SIGPOLL).
_exitcode_to_name = {
    -1: '-SIGHUP', -2: '-SIGINT', -3: '-SIGQUIT', -4: '-SIGILL', -5: '-SIGTRAP', -6: '-SIGABRT',
    -7: '-SIGBUS', -8: '-SIGFPE', -9: '-SIGKILL', -10: '-SIGUSR1', -11: '-SIGSEGV',
    -12: '-SIGUSR2', -13: '-SIGPIPE', -14: '-SIGALRM', -15: '-SIGTERM', -16: '-SIGSTKFLT',
    -17: '-SIGCHLD', -18: '-SIGCONT', -19: '-SIGSTOP', -20: '-SIGTSTP', -21: '-SIGTTIN',
    -22: '-SIGTTOU', -23: '-SIGURG', -24: '-SIGXCPU', -25: '-SIGXFSZ', -26: '-SIGVTALRM',
    -27: '-SIGPROF', -28: '-SIGWINCH', -29: '-SIGPOLL', -30: '-SIGPWR', -31: '-SIGSYS',
    -34: '-SIGRTMIN', -64: '-SIGRTMAX',
}


class _Popen:
    """The parent's handle on a started child."""

    def __init__(self, pid):
        self.pid = pid
        self.returncode = None

    def poll(self):
        if self.returncode is None:
            code = _mp.proc_state(self.pid)
            if code is not None:
                _mp.reap(self.pid)
                self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = _mp.join(self.pid, timeout)
        return self.returncode

    def terminate(self):
        if self.poll() is None:
            _mp.terminate(self.pid, -15)

    def kill(self):
        if self.poll() is None:
            _mp.terminate(self.pid, -9)


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        _process_count[0] += 1
        count = _process_count[0]
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        _register_exit()
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        if _mp.importing_main():
            raise RuntimeError(_NOT_BOOTSTRAPPED)
        _cleanup()
        _spawning[0] = True
        try:
            logging = (_log_to_stderr, _logger.getEffectiveLevel() if _logger else None)
            # A child inherits the signals its parent ignores, as through exec.
            signals = sys.modules.get('signal')
            ignored = signals._ignored() if signals else ()
            payload = _mp.dumps((dict(os.environ), logging, ignored, self))
        finally:
            _spawning[0] = False
            self._lent = list(threading._lent)
            threading._lent.clear()
        pid = _mp.spawn(payload, self._name, self.daemon)
        if pid is None:
            raise BlockingIOError(11, 'Resource temporarily unavailable: at most %d processes '
                                  'may run at once here' % _mp.process_limit())
        self._popen = _Popen(pid)
        del self._target, self._args, self._kwargs
        _children[self] = None

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.pop(self, None)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.pop(self, None)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
        _children.pop(self, None)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._popen is None:
            raise ValueError('process not started')
        return self._popen.pid

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, logging=(False, None)):
        """Runs in the child: becomes the current process, takes its parent's logging to
        stderr and level, runs, gives the exit code."""
        global _current_process, _parent_process, _children
        _children = {}
        _process_count[0] = 0
        _current_process = self
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        to_stderr, level = logging
        if to_stderr:
            log_to_stderr()
        if level is not None:
            get_logger().setLevel(level)
        try:
            _info('child process calling self.run()')
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            _mp.print_exc(e)
        finally:
            threading._shutdown()
            _info('process exiting with exitcode %d' % exitcode)
        return exitcode


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': b'mpplay-authkey', 'semprefix': '/mp'}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _mp.parent_alive()

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        while self.is_alive():
            import time
            time.sleep(0.01 if timeout is None else min(timeout, 0.01))
            if timeout is not None:
                timeout -= 0.01
                if timeout <= 0:
                    return


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.pop(p, None)


def active_children():
    _cleanup()
    return list(_children)


def cpu_count():
    return os.cpu_count()


_start_method = [None]


def get_all_start_methods():
    return ['spawn', 'fork', 'forkserver']


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def get_start_method(allow_none=False):
    if _start_method[0] is None:
        if allow_none:
            return None
        _start_method[0] = 'spawn'
    return _start_method[0]


def freeze_support():
    pass


class _Context:
    """A start-method context: the module's API, answering for its method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method is None:
        return _Context(get_start_method())
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return _Context(method)


_exiting = False
_exit_registered = False


def _register_exit():
    """Registers the exit function with atexit, where CPython does: when multiprocessing.util
    is first imported, at the first process started or primitive, queue or pipe made. atexit
    calls the last registered first, which orders it against the program's own functions."""
    global _exit_registered
    if not _exit_registered:
        _exit_registered = True
        import atexit
        atexit.register(_exit_function)


def _exit_function():
    """At the end of a process, once: finalizers, terminate daemonic children, join the
    rest."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    _info('process shutting down')
    _debug('running all "atexit" finalizers with priority >= 0')
    for f in reversed(_finalizers):
        f()
    _finalizers.clear()
    # A daemon just terminated is joined too: in CPython it has not died yet.
    children = active_children()
    for p in children:
        if p.daemon:
            _info('calling terminate() for daemon %s', p.name)
            p._popen.terminate()
    for p in children:
        _info('calling join() for process %s', p.name)
        p.join()
    _debug('running the remaining "atexit" finalizers')
    for c in list(_open_connections):
        c.close()


# multiprocessing's logger, as multiprocessing.util keeps it: made by get_logger(), and
# told what the process does when it logs at INFO or DEBUG.
SUBDEBUG = 5
SUBWARNING = 25
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'
_logger = None
_log_to_stderr = False


def _info(msg, *args):
    if _logger:
        _logger.log(20, msg, *args)


def _debug(msg, *args):
    if _logger:
        _logger.log(10, msg, *args)


def get_logger():
    """The logger named 'multiprocessing', which does not pass records to the root's."""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
        # As CPython's: the exit function moves to run before the program's atexit functions.
        import atexit
        global _exit_registered
        _exit_registered = True
        atexit.unregister(_exit_function)
        atexit.register(_exit_function)
    return _logger


def log_to_stderr(level=None):
    """Has multiprocessing's logger write to stderr, here and in the processes started
    after."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def _assert_spawning(obj):
    if not _spawning[0]:
        raise RuntimeError(
            '%s objects should only be shared between processes'
            ' through inheritance' % type(obj).__name__)


# ----- synchronization -----

class _Shared:
    """Base of objects that may only cross to a child as an argument of Process."""

    def __new__(cls, *args, **kwargs):
        _register_exit()
        return object.__new__(cls)

    def __getstate__(self):
        _assert_spawning(self)
        return self.__dict__


def _owner_name(owner):
    """A lock holder as CPython's reprs name it."""
    if owner == 0:
        return 'None'
    if owner != _mp.task_id():
        return 'SomeOtherProcess'
    name = current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


# Bound once: a `with lock:` block is the hottest path of many programs, and each name
# looked up on `_mp` costs a dict lookup per call.
_lock_acquire, _lock_release = _mp.lock_acquire, _mp.lock_release
_rlock_acquire, _rlock_release = _mp.rlock_acquire, _mp.rlock_release


class Lock(_Shared):
    def __init__(self, *, ctx=None):
        self._h = _mp.lock_new('Lock')
        self._hold = _Hold(self._h)

    def acquire(self, block=True, timeout=None):
        return _lock_acquire(self._h, block, timeout, 'Lock')

    def release(self):
        if not _lock_release(self._h, 'Lock'):
            raise ValueError('semaphore or lock released too many times')

    __enter__ = _mp.lock_enter
    __exit__ = _mp.lock_exit

    def __repr__(self):
        return '<Lock(owner=%s)>' % _owner_name(_mp.lock_owner(self._h))


class RLock(_Shared):
    def __init__(self, *, ctx=None):
        self._h = _mp.lock_new('RLock')
        self._state = _mp.alloc(2)
        self._hold = _Hold(self._h, self._state)

    def acquire(self, block=True, timeout=None):
        return _rlock_acquire(self._h, self._state, block, timeout)

    def release(self):
        if not _rlock_release(self._h, self._state):
            raise AssertionError('attempt to release recursive lock not owned by thread')

    def _is_owned(self):
        return _mp.load(self._state) == _mp.task_id()

    def _release_save(self):
        count = _mp.load(self._state + 1)
        _mp.store(self._state, 0)
        _mp.store(self._state + 1, 0)
        _mp.lock_release(self._h, 'RLock')
        return count

    def _acquire_restore(self, count):
        _mp.lock_acquire(self._h, True, None, 'RLock')
        _mp.store(self._state, _mp.task_id())
        _mp.store(self._state + 1, count)

    __enter__ = _mp.rlock_enter
    __exit__ = _mp.rlock_exit

    def __repr__(self):
        count = _mp.load(self._state + 1)
        return '<RLock(%s, %s)>' % (_owner_name(_mp.load(self._state)), count)


class Semaphore(_Shared):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._h = _mp.sem_new(value, type(self).__name__)
        self._hold = _Hold(self._h)
        self._bound = None

    def acquire(self, block=True, timeout=None):
        return _mp.sem_acquire(self._h, block, timeout, type(self).__name__)

    def release(self):
        if not _mp.sem_release(self._h, self._bound, type(self).__name__):
            raise ValueError('semaphore or lock released too many times')

    def get_value(self):
        return _mp.sem_value(self._h)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._bound = value

    def __repr__(self):
        return '<BoundedSemaphore(value=%s, maxvalue=%s)>' % (self.get_value(), self._bound)


class Event(_Shared):
    def __init__(self, *, ctx=None):
        self._h = _mp.event_new('Event')
        self._hold = _Hold(self._h)

    def is_set(self):
        return _mp.event_is_set(self._h)

    def set(self):
        _mp.event_set(self._h, 'Event')

    def clear(self):
        _mp.event_clear(self._h, 'Event')

    def wait(self, timeout=None):
        return _mp.event_wait(self._h, timeout, 'Event')


class Condition(threading.Condition, _Shared):
    _Semaphore = Semaphore
    _RLock = RLock
    _kind = 'Condition'

    def __init__(self, lock=None, *, ctx=None):
        threading.Condition.__init__(self, lock)

    def wait(self, timeout=None):
        assert self._is_owned(), 'must acquire() condition before using wait()'
        return threading.Condition.wait(self, timeout)

    def notify(self, n=1):
        assert self._is_owned(), 'lock is not owned'
        return threading.Condition.notify(self, n)

    def __getstate__(self):
        _assert_spawning(self)
        state = dict(self.__dict__)
        del state['acquire'], state['release']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.acquire = self._lock.acquire
        self.release = self._lock.release


class Barrier(threading.Barrier, _Shared):
    _Condition = Condition
    _Lock = Lock
    _kind = 'Barrier'

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        threading.Barrier.__init__(self, parties, action, timeout)


# ----- queues -----

_QUEUE_BYTES = 1 << 18


class Queue(_Shared):
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._h = _mp.chan_new(_QUEUE_BYTES, type(self).__name__, maxsize)
        self._hold = _Hold(self._h)
        self._closed = False

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not _mp.chan_put(self._h, obj, block, timeout, self._maxsize,
                            type(self).__name__):
            import queue
            raise queue.Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        status, item = _mp.chan_get(self._h, block, timeout, type(self).__name__)
        if status:
            import queue
            raise queue.Empty
        return item

    def qsize(self):
        return _mp.chan_len(self._h)

    def empty(self):
        return _mp.chan_len(self._h) == 0

    def full(self):
        return _mp.chan_len(self._h) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.alloc(1)
        self._hold_unfinished = _Hold(self._unfinished)

    def put(self, obj, block=True, timeout=None):
        _mp.add(self._unfinished, 1)
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            _mp.add(self._unfinished, -1)
            raise

    def task_done(self):
        if _mp.add(self._unfinished, -1) <= 0:
            _mp.add(self._unfinished, 1)
            raise ValueError('task_done() called too many times')
        _mp.trace_op('JoinableQueue #%d' % self._h, 'task_done', None)
        if _mp.load(self._unfinished) == 0:
            _mp.wake(self._unfinished)

    def join(self):
        while True:
            n = _mp.load(self._unfinished)
            if n == 0:
                return
            _mp.wait_word(self._unfinished, n, None, 'JoinableQueue.join')


class SimpleQueue(_Shared):
    def __init__(self, *, ctx=None):
        self._h = _mp.chan_new(_QUEUE_BYTES, 'SimpleQueue', 0)
        self._hold = _Hold(self._h)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return _mp.chan_len(self._h) == 0

    def get(self):
        if self._closed:
            raise OSError('handle is closed')
        status, item = _mp.chan_get(self._h, True, None, 'SimpleQueue')
        return item

    def put(self, obj):
        _mp.chan_put(self._h, obj, True, None, None, 'SimpleQueue')


# ----- pipes -----

class _Channel:
    """One direction of a pipe: the ring plus the count of open write ends. Unless `held`
    is false (the connections of a Listener keep theirs), this object holds its blocks."""

    def __init__(self, held=True):
        self.h = _mp.chan_new(_QUEUE_BYTES, 'Pipe', 0)
        self.writers = _mp.alloc(1)
        self.hold = _Hold(self.h, self.writers) if held else None


class Connection:
    def __init__(self, reader, writer, counted=False):
        self._reader = reader
        self._writer = writer
        self._closed = False
        if writer is not None and not counted:
            _mp.add(writer.writers, 1)
        _open_connections.append(self)

    def __getstate__(self):
        if self._closed:
            raise OSError('handle is closed')
        # The copy counts as an open write end from now on, so the other end does not see
        # EOF before the copy arrives.
        if self._writer is not None:
            _mp.add(self._writer.writers, 1)
        return {'_reader': self._reader, '_writer': self._writer}

    def __setstate__(self, state):
        self.__init__(state['_reader'], state['_writer'], True)

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if self._reader is None:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._writer is None:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._reader is not None

    @property
    def writable(self):
        return self._writer is not None

    def fileno(self):
        self._check_closed()
        return self._reader.h if self._reader is not None else self._writer.h

    def close(self):
        if not self._closed:
            self._closed = True
            if self in _open_connections:
                _open_connections.remove(self)
            w = self._writer
            if w is not None and _mp.add(w.writers, -1) == 1:
                _mp.chan_close(w.h)

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _mp.chan_put(self._writer.h, obj, True, None, None, 'Pipe')

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _mp.chan_put(self._writer.h, m[offset:offset + size], True, None, None, 'Pipe',
                     True)

    def _get(self, raw):
        self._check_closed()
        self._check_readable()
        status, item = _mp.chan_get(self._reader.h, True, None, 'Pipe', raw)
        if status:
            raise EOFError
        return item

    def recv(self):
        return self._get(False)

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._get(True)
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receives a message into `buf` (a bytearray or an array) from byte `offset`; the
        message's length in bytes."""
        self._check_closed()
        self._check_readable()
        itemsize = getattr(buf, 'itemsize', 1)
        bytesize = itemsize * len(buf)
        if offset < 0:
            raise ValueError("negative offset")
        elif offset > bytesize:
            raise ValueError("offset too large")
        data = self._get(True)
        if bytesize < offset + len(data):
            raise BufferTooShort(data)
        if itemsize == 1:
            buf[offset:offset + len(data)] = data
        else:
            raw = bytearray(buf.tobytes())
            raw[offset:offset + len(data)] = data
            del buf[:]
            buf.frombytes(raw)
        return len(data)

    def _readiness(self):
        """None when recv() would not block (a message, or the end); else the shared word
        that changes when that may have changed, and its value now."""
        self._check_closed()
        self._check_readable()
        h = self._reader.h
        seq = _mp.load(h + 5)
        if _mp.chan_len(h) > 0 or _mp.chan_closed(h):
            return None
        return (h + 5, seq)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        h = self._reader.h
        import time
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            seq = _mp.load(h + 5)
            if _mp.chan_len(h) > 0 or _mp.chan_closed(h):
                return True
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                return False
            _mp.wait_word(h + 5, seq, left, 'Pipe.poll')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    _register_exit()
    a = _Channel()
    if duplex:
        b = _Channel()
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)


# ----- shared values -----

_typecode_names = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
    'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
    '?': 'c_bool',
}


def _typecode_of(typecode_or_type, count=None):
    """The typecode of a ctypes type, or of a typecode CPython's sharedctypes knows (not
    '?': c_bool comes only as the type); for anything else the TypeError CPython raises,
    which for an array first multiplies the type by the length."""
    if isinstance(typecode_or_type, type):
        code = getattr(typecode_or_type, '_type_', None)
        if code in _typecode_names:
            return code
    elif isinstance(typecode_or_type, str) and typecode_or_type in _typecode_names \
            and typecode_or_type != '?':
        return typecode_or_type
    if count is not None:
        typecode_or_type * count
    raise TypeError('this type has no size')


def _zero(typecode):
    if typecode == '?':
        return False
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    if typecode in 'fd':
        return 0.0
    return 0


class _SharedCell(_Shared):
    """A ctypes-like scalar in shared words."""

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._w = _mp.alloc(2)
        self._hold = _Hold(self._w)
        # The views name it, then see each value stored in it.
        _mp.trace_op('Value #%d' % self._w, 'new', _typecode_names[typecode], 1)
        _mp.shared_set(self._w, typecode, 0, value)

    @property
    def value(self):
        return _mp.shared_get(self._w, self._typecode, 0)

    @value.setter
    def value(self, v):
        _mp.shared_set(self._w, self._typecode, 0, v)

    def __repr__(self):
        return '%s(%r)' % (_typecode_names[self._typecode], self.value)


class Synchronized(_Shared):
    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A Value with its own kind of RLock: each access is one native call, which only
        # reads or stores when this thread holds the lock already.
        self._cell = None
        if type(lock) is RLock and isinstance(obj, _SharedCell):
            self._cell = (lock._h, lock._state, obj._w, obj._typecode)

    def __getstate__(self):
        _assert_spawning(self)
        return {'_obj': self._obj, '_lock': self._lock}

    def __setstate__(self, state):
        self.__init__(state['_obj'], state['_lock'])

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        if self._cell is not None:
            return _mp.synced_get(*self._cell)
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        if self._cell is not None:
            _mp.synced_set(*self._cell, v)
            return
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


for _tc, _name in _typecode_names.items():
    globals()[_name] = type(_name, (_SharedCell,), {'__module__': 'ctypes'})
    globals()[_name].__module__ = 'multiprocessing'


def Value(typecode_or_type, *args, lock=True, ctx=None):
    typecode_or_type = _typecode_of(typecode_or_type)
    value = args[0] if args else _zero(typecode_or_type)
    obj = globals()[_typecode_names[typecode_or_type]](typecode_or_type, value)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


class _SharedArray(_Shared):
    def __reduce__(self):
        _assert_spawning(self)
        return (_rebuild_array, (self._typecode, self._w, self._len, self._hold))

    def __init__(self, typecode, size_or_initializer):
        self._typecode = typecode
        if isinstance(size_or_initializer, int):
            init = [_zero(typecode)] * size_or_initializer
        else:
            init = list(size_or_initializer)
        self._len = len(init)
        self._w = _mp.alloc(2 * max(self._len, 1))
        self._hold = _Hold(self._w)
        _mp.trace_op('Array #%d' % self._w, 'new', _typecode_names[typecode], self._len)
        for i, v in enumerate(init):
            _mp.shared_set(self._w, typecode, i, v)

    def __len__(self):
        return self._len

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [_mp.shared_get(self._w, self._typecode, k)
                     for k in range(*i.indices(self._len))]
            if self._typecode == 'c':
                return b''.join(items)
            if self._typecode == 'u':
                return ''.join(items)
            return items
        return _mp.shared_get(self._w, self._typecode, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = list(range(*i.indices(self._len)))
            vals = list(v)
            if len(vals) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(idx, vals):
                _mp.shared_set(self._w, self._typecode, k, x)
            return
        _mp.shared_set(self._w, self._typecode, self._index(i), v)

    @property
    def value(self):
        data = self[:]
        if self._typecode == 'c':
            return data.split(b'\x00')[0]
        return data

    @value.setter
    def value(self, v):
        # As a C string: the bytes and a NUL if there is room; what follows stays.
        if len(v) > self._len:
            raise ValueError('byte string too long')
        for k in range(len(v)):
            self[k] = v[k:k + 1]
        if len(v) < self._len:
            self[len(v)] = b'\x00'

    @property
    def raw(self):
        return self[:]

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at 0x%x>' % (
            _typecode_names[self._typecode], self._len, id(self))


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __getslice__(self, start, stop):
        return self[start:stop]

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        return self._obj.raw


def _array_class(typecode, n):
    name = '%s_Array_%d' % (_typecode_names[typecode], n)
    return type(name, (_SharedArray,), {})


def _rebuild_array(typecode, w, n, hold):
    obj = _SharedArray.__new__(_array_class(typecode, n))
    obj._typecode, obj._w, obj._len, obj._hold = typecode, w, n, hold
    return obj


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    n = size_or_initializer if isinstance(size_or_initializer, int) else \
        len(size_or_initializer)
    typecode_or_type = _typecode_of(typecode_or_type, n)
    obj = _array_class(typecode_or_type, n)(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)


# ----- managers and pools (their own modules) -----

def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


for _cls, _module in [(Queue, 'multiprocessing.queues'), (JoinableQueue, 'multiprocessing.queues'),
                      (SimpleQueue, 'multiprocessing.queues'),
                      (Connection, 'multiprocessing.connection'),
                      (Synchronized, 'multiprocessing.sharedctypes'),
                      (SynchronizedArray, 'multiprocessing.sharedctypes')]:
    _cls.__module__ = _module
