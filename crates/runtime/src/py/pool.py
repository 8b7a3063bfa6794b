"""multiprocessing.pool: a Pool of real worker processes fed through shared queues, and
ThreadPool, the same with threads of the calling process and its own queues (so nothing is
pickled). As in CPython, results come back through a result-handler thread of the calling
process, which also runs the callbacks."""
import _mp
import threading
import itertools
import traceback
import queue
import multiprocessing
from multiprocessing import Process, SimpleQueue, TimeoutError, cpu_count

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN, CLOSE, TERMINATE = 0, 1, 2
_job_counter = itertools.count()


class RemoteTraceback(Exception):
    """The cause of an exception re-raised from a worker: the worker's traceback."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """A worker's exception with its traceback as text, which the parent unpickles as
    the exception with a RemoteTraceback as its cause."""

    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=True):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        completed += 1
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        _mp.trace_op('pool', 'result', repr(job))
        outqueue.put((job, i, result))


def mapstar(func, chunk):
    return list(map(func, chunk))


def starmapstar(func, chunk):
    return list(itertools.starmap(func, chunk))


class SpawnPoolWorker(Process):
    pass


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            _mp.trace_op('pool', 'callback', repr(self._value))
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._chunked = False
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if not self._cond.wait(timeout) and not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.pop(0)
        if not success:
            raise value
        if self._chunked:
            # A chunk's results: hand them out one at a time.
            if not value:
                return self.next(timeout)
            first = value[0]
            if len(value) > 1:
                with self._cond:
                    self._items.insert(0, (True, value[1:]))
            return first
        return value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


def _result_handler(outqueue, cache, state):
    while True:
        task = outqueue.get()
        if task is None:
            return
        job, i, obj = task
        r = cache.get(job)
        if r is not None:
            r._set(i, obj)


class Pool:
    # A worker's exception comes back with its traceback as text (it crosses processes).
    _wrap_exception = True

    @staticmethod
    def Process(*args, **kwds):
        w = SpawnPoolWorker(*args, **kwds)
        w.name = w.name.replace('Process', 'PoolWorker')
        return w

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = RUN
        self._cache = {}
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._setup_queues()
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._pool = []
        for i in range(processes):
            self._add_worker()
        # CPython's pool has three handler threads, which take the next three thread names;
        # this one needs a thread to replace workers only when they leave after their tasks.
        maintainer = threading._newname() + ' (_handle_workers)'
        if maxtasksperchild is not None:
            threading.Thread(target=self._maintain, name=maintainer, daemon=True).start()
        threading._newname()
        self._result_thread = threading.Thread(
            target=_result_handler, args=(self._outqueue, self._cache, self),
            name=threading._newname() + ' (_handle_results)', daemon=True)
        self._result_thread.start()
        multiprocessing._finalizers.append(self._finalize)

    def _add_worker(self):
        w = self.Process(target=worker,
                         args=(self._inqueue, self._outqueue, self._initializer,
                               self._initargs, self._maxtasksperchild, self._wrap_exception))
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _maintain(self):
        import time
        while self._state == RUN:
            for w in list(self._pool):
                if w.exitcode is not None:
                    w.join()
                    self._pool.remove(w)
                    if self._state == RUN:
                        self._add_worker()
            time.sleep(0.1)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds={}):
        _mp.trace_op('pool', 'task', repr((job, i)))
        self._inqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, args, kwds)
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        items = list(iterable)
        for i, start in enumerate(range(0, len(items), max(chunksize, 1))):
            if chunksize == 0:
                break
            self._submit(result._job, i, mapper, (func, items[start:start + chunksize]))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def _imap(self, iterator_class, func, iterable, chunksize):
        self._check_running()
        result = iterator_class(self)
        items = list(iterable)
        if chunksize == 1:
            for i, x in enumerate(items):
                self._submit(result._job, i, func, (x,))
            result._set_length(len(items))
        else:
            # Chunks carry lists of results; the iterator hands them out one by one.
            result._chunked = True
            n = 0
            for i in range(0, len(items), chunksize):
                self._submit(result._job, n, mapstar, (func, items[i:i + chunksize]))
                n += 1
            result._set_length(n)
        return result

    def imap(self, func, iterable, chunksize=1):
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        self._stop_results()

    def _stop_results(self):
        if self._result_thread is not None:
            self._outqueue.put(None)
            self._result_thread = None
        # Nothing is left for the exit hook to do; without this the hook would keep the
        # pool and its queues alive for the rest of the run.
        if self._finalize in multiprocessing._finalizers:
            multiprocessing._finalizers.remove(self._finalize)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for w in self._pool:
            w.join()
        if self._state == CLOSE:
            while self._cache:
                import time
                time.sleep(0.001)
        self._stop_results()

    def _finalize(self):
        if self._state != TERMINATE:
            self.terminate()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return f'<{self.__class__.__module__}.{self.__class__.__qualname__} ' \
               f'state={state} pool_size={len(self._pool)}>'


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process: functions and results are passed
    as they are, so lambdas and local functions work, and exceptions come back unwrapped."""

    _wrap_exception = False

    @staticmethod
    def Process(*args, **kwds):
        from multiprocessing.dummy import DummyProcess
        return DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def terminate(self):
        # Threads cannot be killed: the tasks not yet taken are dropped and each worker
        # leaves once the task it runs has ended.
        self._state = TERMINATE
        try:
            while True:
                self._inqueue.get(block=False)
        except queue.Empty:
            pass
        for w in self._pool:
            self._inqueue.put(None)
        self._stop_results()
