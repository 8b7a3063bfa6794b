# custom class instances and builtin containers cross processes by pickling
from multiprocessing import Process, Queue


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put((type(item).__name__, item))


if __name__ == '__main__':
    inq, outq = Queue(), Queue()
    p = Process(target=echo, args=(inq, outq))
    p.start()
    items = [1, 2.5, 'text', b'bytes', (1, 2), [3, 4], {'k': 'v'}, {5, 6}, complex(1, 2), Point(1, 2), 10 ** 30, True, frozenset([7])]
    for it in items:
        inq.put(it)
    inq.put(None)
    for _ in items:
        print(outq.get())
    p.join()
