# a put on a full Queue blocks until a consumer makes room
import time
from multiprocessing import Process, Queue


def slow_consumer(q, out):
    time.sleep(0.2)
    for _ in range(3):
        out.put(q.get())


if __name__ == '__main__':
    q = Queue(1)
    out = Queue()
    p = Process(target=slow_consumer, args=(q, out))
    p.start()
    t0 = time.monotonic()
    for i in range(3):
        q.put(i)
    waited = time.monotonic() - t0
    print('blocked at least a while:', waited >= 0.15)
    print([out.get() for _ in range(3)])
    p.join()
