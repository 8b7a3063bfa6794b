# BrokenBarrierError: on timeout, after abort(); reset() repairs the barrier
from multiprocessing import Barrier, Process, Queue
from threading import BrokenBarrierError


def lonely(b, q):
    try:
        b.wait()
        q.put('passed')
    except BrokenBarrierError:
        q.put('broken in child')


if __name__ == '__main__':
    b = Barrier(2, timeout=0.1)
    try:
        b.wait()
    except BrokenBarrierError as e:
        print('timeout ->', type(e).__name__, repr(str(e)))
    print('broken', b.broken)
    try:
        b.wait()
    except BrokenBarrierError:
        print('still broken')
    b.reset()
    print('after reset', b.broken)
    b2 = Barrier(3)
    q = Queue()
    p = Process(target=lonely, args=(b2, q))
    p.start()
    import time
    while b2.n_waiting < 1:
        time.sleep(0.01)
    b2.abort()
    print(q.get())
    p.join()
    print(b2.broken)
