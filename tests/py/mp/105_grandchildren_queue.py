# a child can start its own children; results flow up through queues
from multiprocessing import Process, Queue, current_process


def leaf(q, n):
    q.put((current_process().name, n * n))


def branch(q):
    kids = [Process(target=leaf, args=(q, n), name='leaf%d' % n) for n in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    q.put((current_process().name, [k.exitcode for k in kids]))


if __name__ == '__main__':
    q = Queue()
    b = Process(target=branch, args=(q,), name='branch')
    b.start()
    out = [q.get() for _ in range(4)]
    b.join()
    print(sorted(out, key=str))
