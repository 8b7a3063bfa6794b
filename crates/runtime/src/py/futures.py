"""concurrent.futures: Future, ThreadPoolExecutor and ProcessPoolExecutor, as_completed and
wait. As in CPython, a process pool starts a worker per submit while none is idle (up to
max_workers), keeps at most max_workers + 1 calls queued to the workers (the rest stay
pending and can be cancelled), and sets the futures from a manager thread of the
submitting process; a thread pool starts threads the same way."""
import itertools
import multiprocessing
import os
import queue
import threading
import time
import traceback
from collections import namedtuple
from multiprocessing import Process, SimpleQueue

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor',
           'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = (
    'PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED')
_STATE_TO_DESCRIPTION_MAP = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                             CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _cls.__module__ = 'concurrent.futures._base'


class _Waiter:
    """What as_completed and wait block on: told of each future that finishes."""

    def __init__(self, wanted):
        self._wanted = wanted
        self.event = threading.Event()
        self.finished_futures = []
        self._lock = threading.Lock()

    def add_result(self, future):
        self._add(future, future._exception is not None)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)

    def _add(self, future, raised):
        with self._lock:
            self.finished_futures.append(future)
            if (self._wanted == FIRST_COMPLETED or self._wanted == 'AS_COMPLETED'
                    or (self._wanted == FIRST_EXCEPTION and raised)):
                self.event.set()
            elif self._wanted in (ALL_COMPLETED, FIRST_EXCEPTION):
                self._pending -= 1
                if self._pending == 0:
                    self.event.set()


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _log_callback_error('exception calling callback for %r' % (self,), e)

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            _log_callback_error('exception calling callback for %r' % (self,), e)

    def result(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


Future.__module__ = 'concurrent.futures._base'


def _log_callback_error(message, e):
    import sys
    print(message, file=sys.stderr)
    print(f"{type(e).__name__}: {e}", file=sys.stderr)


class _AcquireFutures:
    """Holds every future's lock, so none finishes between looking and installing a waiter."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _finished(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _install_waiter(fs, wanted):
    """Called with every future's lock held (see _AcquireFutures)."""
    waiter = _Waiter(wanted)
    waiter._pending = sum(1 for f in fs if not _finished(f))
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """The futures as they finish: those already finished first, then in finishing order."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if _finished(f)]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, 'AS_COMPLETED')
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter._lock:
                done = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in done:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if _finished(f))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter._lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


# ----- threads -----

def _thread_worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            executor._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is None:
            work_queue.put(None)
            return
        if not work_item.future.set_running_or_notify_cancel():
            continue
        try:
            result = work_item.fn(*work_item.args, **work_item.kwargs)
        except BaseException as exc:
            work_item.future.set_exception(exc)
        else:
            work_item.future.set_result(result)
        del work_item
        executor._idle_semaphore.release()


class ThreadPoolExecutor(Executor):
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs
        multiprocessing._finalizers.append(self._at_exit)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenExecutor(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads),
                                 target=_thread_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs),
                                 daemon=True)
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()

    def _at_exit(self):
        # As CPython's exit hook: the work submitted is done before the interpreter ends.
        self.shutdown(wait=True)


# ----- processes -----

EXTRA_QUEUED_CALLS = 1


class SpawnProcess(Process):
    """A process pool's worker, named as CPython's spawn context names them."""


class BrokenProcessPool(BrokenExecutor):
    """A worker of the pool ended abruptly: the pool can no longer be used."""

    __module__ = 'concurrent.futures.process'


class _RemoteTraceback(Exception):
    """The cause of an exception re-raised from a worker: the worker's traceback."""

    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """A worker's exception with its traceback as text, which the parent unpickles as
    the exception with a _RemoteTraceback as its cause."""

    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            return
    while True:
        call_item = call_queue.get()
        if call_item is None:
            result_queue.put(os.getpid())
            return
        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, False, _ExceptionWithTraceback(e, e.__traceback__)))
        else:
            result_queue.put((work_id, True, r))


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        self._processes = {}
        self._pending_work_items = {}
        self._work_ids = []
        self._queue_count = 0
        self._in_flight = 0
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._manager = None
        self._broken = False
        multiprocessing._finalizers.append(self._at_exit)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._pending_work_items[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            if self._manager is None:
                self._manager = threading.Thread(target=self._manage, daemon=True)
                self._manager.start()
            self._adjust_process_count()
            self._wake()
            return f

    def _wake(self):
        # The manager blocks on the result queue, so a submit or a shutdown wakes it there.
        self._result_queue.put('wakeup')

    def _adjust_process_count(self):
        if self._idle_worker_semaphore.acquire(timeout=0):
            return
        if len(self._processes) < self._max_workers:
            p = SpawnProcess(target=_process_worker,
                              args=(self._call_queue, self._result_queue,
                                    self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p
            # The manager waits on the result queue only, so a worker's end is reported
            # there (CPython's manager waits on the workers' sentinels as well).
            threading.Thread(target=self._watch, args=(p,), daemon=True,
                             name='%s watcher' % p.name).start()

    def _watch(self, p):
        p.join()
        if p.exitcode != 0:
            self._result_queue.put(('#ended', p.pid, p.exitcode))

    def _feed_workers(self):
        """Moves pending calls to the workers, keeping at most max_workers + 1 queued."""
        with self._shutdown_lock:
            while self._work_ids and self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
                work_id = self._work_ids.pop(0)
                item = self._pending_work_items.get(work_id)
                if item is None:
                    continue
                if item.future.set_running_or_notify_cancel():
                    self._in_flight += 1
                    self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
                else:
                    del self._pending_work_items[work_id]

    def _manage(self):
        while True:
            self._feed_workers()
            with self._shutdown_lock:
                finished = self._shutdown_thread and not self._pending_work_items
            if finished:
                break
            message = self._result_queue.get()
            if message == 'wakeup':
                continue
            work_id, ok, value = message
            if work_id == '#ended':
                return self._terminate_broken()
            item = self._pending_work_items.pop(work_id, None)
            self._in_flight -= 1
            self._idle_worker_semaphore.release()
            if item is not None:
                if ok:
                    item.future.set_result(value)
                else:
                    item.future.set_exception(value)
        for _ in self._processes:
            self._call_queue.put(None)
        left = len(self._processes)
        while left:
            message = self._result_queue.get()
            if isinstance(message, int):
                left -= 1
        for p in self._processes.values():
            p.join()

    def _terminate_broken(self):
        """A worker ended abruptly: every call not finished fails, the other workers are
        ended, and the pool takes no more calls."""
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool is not '
                            'usable anymore')
            self._shutdown_thread = True
            items = list(self._pending_work_items.values())
            self._pending_work_items.clear()
            self._work_ids = []
        bpe = BrokenProcessPool('A process in the process pool was terminated abruptly '
                                'while the future was running or pending.')
        for item in items:
            if not item.future.done():
                if not item.future.running():
                    item.future.set_running_or_notify_cancel()
                item.future.set_exception(bpe)
        for p in self._processes.values():
            p.terminate()
        for p in self._processes.values():
            p.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                for work_id in self._work_ids:
                    item = self._pending_work_items.get(work_id)
                    if item is not None and item.future.cancel():
                        item.future.set_running_or_notify_cancel()
                        del self._pending_work_items[work_id]
                self._work_ids = []
        if self._manager is None or not self._manager.is_alive():
            return
        self._wake()
        if wait:
            self._manager.join()

    def _at_exit(self):
        self.shutdown(wait=True)


ThreadPoolExecutor.__module__ = 'concurrent.futures.thread'
ProcessPoolExecutor.__module__ = 'concurrent.futures.process'
