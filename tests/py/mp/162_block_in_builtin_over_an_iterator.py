# A builtin that reads an iterator and then calls Python code that blocks (a sort key that
# sleeps or waits on a queue, a __lt__ or __add__ that sleeps): after the wait it goes on
# with the items it had read, although the iterator itself has moved on.
from multiprocessing import Process, Queue
import time


def slow_key(x):
    time.sleep(0.01)
    return -x


class Slow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        time.sleep(0.001)
        return self.v < other.v

    def __add__(self, other):
        time.sleep(0.001)
        return Slow(self.v + (other.v if isinstance(other, Slow) else other))

    __radd__ = __add__

    def __bool__(self):
        time.sleep(0.001)
        return self.v > 1


def producer(q, n):
    for i in range(n):
        time.sleep(0.01)
        q.put(i)


if __name__ == '__main__':
    lst = [3, 1, 2, 5, 4]
    print(sorted(iter(lst), key=slow_key))
    print(sorted(iter((3, 1, 2)), key=slow_key), sorted(iter({'b': 1, 'a': 2}), key=lambda k: time.sleep(0.01) or k))
    print(sorted(iter(range(5)), key=slow_key), sorted(iter('cab'), key=lambda c: time.sleep(0.01) or c))
    print(min(iter(lst), key=slow_key), max(iter(lst), key=slow_key))
    print(min(iter([Slow(3), Slow(1), Slow(2)])).v, max(iter([Slow(3), Slow(1), Slow(2)])).v)
    print(sum(iter([Slow(1), Slow(2), Slow(3)]), Slow(0)).v)
    print(any(iter([Slow(0), Slow(1), Slow(2)])), all(iter([Slow(2), Slow(3), Slow(0)])))
    print([s.v for s in sorted(iter([Slow(3), Slow(1), Slow(2)]))])
    it = iter(lst)
    print(sorted(it, key=slow_key), list(it))

    q = Queue()
    p = Process(target=producer, args=(q, 5))
    p.start()
    order = sorted(iter(['a', 'b', 'c', 'd', 'e']), key=lambda x: -q.get())
    p.join()
    print(order)
