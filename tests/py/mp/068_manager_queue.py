# Manager().Queue(): a proxied queue.Queue shared by processes
import queue
from multiprocessing import Manager, Process


def produce(q):
    for i in range(3):
        q.put(i)


if __name__ == '__main__':
    with Manager() as m:
        q = m.Queue()
        p = Process(target=produce, args=(q,))
        p.start()
        p.join()
        print(q.qsize(), q.empty())
        print([q.get() for _ in range(3)])
        try:
            q.get(timeout=0.05)
        except queue.Empty:
            print('queue.Empty')
        bq = m.Queue(1)
        bq.put('x')
        print(bq.full())
        try:
            bq.put_nowait('y')
        except queue.Full:
            print('queue.Full')
