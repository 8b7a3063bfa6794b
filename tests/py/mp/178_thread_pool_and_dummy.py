# multiprocessing.pool.ThreadPool and multiprocessing.dummy run on threads of the calling
# process: lambdas and closures need no pickling, a worker's exception comes back as it is
# (no RemoteTraceback cause), workers are named `Thread-N (worker)` in `MainProcess`, and a
# pool's handler threads take thread numbers as CPython's three do. dummy's Process, Queue,
# Lock, Manager, Pipe, Value and Array are their thread-level counterparts.
import threading
import time
from multiprocessing import current_process
from multiprocessing.dummy import Pool as ThreadPool, Process, Queue, Lock, Manager, Pipe, active_children, Value, Array
from multiprocessing.pool import ThreadPool as TP


def fetch(url):
    time.sleep(0.01)
    return url.upper(), threading.current_thread().name.split(" ")[1], current_process().name


def boom(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x


if __name__ == "__main__":
    urls = ["a", "b", "c", "d"]
    with ThreadPool(2) as pool:
        print(pool.map(fetch, urls))
        print(pool.map(lambda x: x * 2, range(5)))
        local = 10
        print(sorted(pool.imap_unordered(lambda x: x + local, range(4))))
        r = pool.apply_async(sum, ([1, 2, 3],))
        print(r.get(timeout=1))
        try:
            pool.map(boom, range(5))
        except ValueError as e:
            print("caught", repr(e), e.__cause__)
        print(pool)
    print(pool)
    tp = TP(3)
    print(tp.starmap(pow, [(2, 3), (3, 2)]), type(tp).__name__, len(tp._pool))
    tp.close()
    tp.join()
    q = Queue()
    shared = []
    lock = Lock()

    def work(n):
        with lock:
            shared.append(n)
        q.put(n * n)

    ps = [Process(target=work, args=(i,)) for i in range(3)]
    print([p.exitcode for p in ps])
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(shared), sorted(q.get() for _ in ps), [p.exitcode for p in ps], active_children())
    print(ps[0].name, Manager().dict(a=1), Manager().Namespace(x=1, _y=2))
    a, b = Pipe()
    a.send("hi")
    print(b.poll(), b.recv(), b.poll(0.01))
    v = Value('i', 3); v.value += 1
    print(v, Array('i', [1, 2]))
    from multiprocessing import Pool
    with Pool(1) as p:
        print(p.map(abs, [-1]))
    print(threading.Thread(target=fetch).name)
