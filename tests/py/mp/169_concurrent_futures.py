# concurrent.futures: a process pool's map, submit with as_completed and wait, an exception
# carried back to result(), workers named SpawnProcess-N, no submit after shutdown; a thread
# pool; futures by hand (cancel, callbacks, timeouts).
import multiprocessing
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, CancelledError, Future,
                                ProcessPoolExecutor, ThreadPoolExecutor, TimeoutError,
                                as_completed, wait)


def square(n):
    time.sleep(0.01 * (n % 3))
    return n * n


def boom(n):
    raise ValueError(f"bad {n}")


def who(n):
    time.sleep(0.01)
    return multiprocessing.current_process().name


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(square, range(8))))
        fs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in as_completed(fs)))
        f = ex.submit(boom, 7)
        try:
            f.result()
        except ValueError as e:
            print("ValueError", e, f.done(), type(f.exception()).__name__)
        names = sorted(set(ex.map(who, range(12))))
        print(all(n.startswith("SpawnProcess-") for n in names), 1 <= len(names) <= 3)
        done, not_done = wait([ex.submit(square, 3), ex.submit(square, 4)], return_when=ALL_COMPLETED)
        print(len(done), len(not_done), sorted(d.result() for d in done))
        print(list(ex.map(pow, [2, 3], [5, 2])))
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError", e)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="tp") as tex:
        print(list(tex.map(square, [4, 5, 6])))
        print(tex.submit(lambda: threading.current_thread().name).result().startswith("tp_"))
        slow = tex.submit(time.sleep, 0.2)
        done, not_done = wait([slow, tex.submit(square, 2)], return_when=FIRST_COMPLETED)
        print(len(done) >= 1, [d.result() for d in done if d is not slow])
        try:
            slow.result(timeout=0.01)
        except TimeoutError:
            print("TimeoutError", slow.done())

    f = Future()
    print(f.done(), f.running(), f.cancel(), f.cancelled(), f.done())
    try:
        f.result()
    except CancelledError:
        print("CancelledError")
    g = Future()
    g.add_done_callback(lambda fut: print("callback", fut.result()))
    print(g.set_running_or_notify_cancel(), g.running(), g.cancel())
    g.set_result(42)
    g.add_done_callback(lambda fut: print("late callback", fut.result()))
    h = Future()
    h.set_exception(KeyError("k"))
    print(repr(h.exception()), h.done())
    print(list(as_completed([g, h])) and "as_completed done")
