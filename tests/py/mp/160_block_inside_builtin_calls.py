# A process blocks inside Python code that a builtin called (map's function, a sort key,
# __str__, a generator zip pulls from): it waits there and goes on where it stopped, with
# nothing run twice and no item skipped.
from multiprocessing import Manager, Process, Queue
import queue
import threading
import time

calls = []


def producer(q, n):
    for i in range(n):
        time.sleep(0.01)
        q.put(i)


def keyed(q):
    def key(x):
        calls.append(x)
        return q.get() * 0 - x
    return key


class Slow:
    def __init__(self, q):
        self.q = q

    def __str__(self):
        calls.append('str')
        return 'slow %d' % self.q.get()


def bump(d):
    d['n'] = d.get('n', 0) + 1


if __name__ == '__main__':
    q = Queue()
    p = Process(target=producer, args=(q, 40))
    p.start()
    print(list(map(lambda _: q.get(), range(4))))
    print(sorted(range(4), key=keyed(q)), calls)
    calls.clear()
    print(Slow(q), Slow(q), calls)
    print(list(filter(lambda x: q.get() % 2 == 0, range(4))))
    print(list(zip(range(3), (q.get() for _ in range(3)))))
    print(max(range(3), key=lambda x: q.get() + 100 * x))
    print(sum(map(lambda _: q.get(), range(3))))
    print(dict(zip('abc', map(lambda _: q.get(), range(3)))))
    print(sorted(map(lambda x: -x, range(3)), key=lambda x: (q.get(), x)[1]))
    print(list(map(lambda x: time.sleep(0.01) or x, range(3))))
    p.join()

    # Every proxy call is one request: the manager's answers stay in step.
    with Manager() as m:
        d = m.dict()
        for _ in range(3):
            w = Process(target=bump, args=(d,))
            w.start()
            w.join()
        print(sorted([3, 1, 2], key=lambda x: d['n'] * x), d, str(d), len(d))

    # A green thread feeds the main thread while it waits inside map.
    tq = queue.Queue()
    t = threading.Thread(target=producer, args=(tq, 3))
    t.start()
    print(list(map(lambda _: tq.get(), range(3))))
    t.join()
