# Queue(maxsize): full(), qsize(), queue.Full from put_nowait and put(timeout)
import queue
from multiprocessing import Queue

if __name__ == '__main__':
    q = Queue(2)
    print(q.full(), q.qsize())
    q.put('a')
    q.put('b')
    print(q.full(), q.qsize())
    try:
        q.put_nowait('c')
    except queue.Full as e:
        print('put_nowait -> Full', repr(str(e)))
    try:
        q.put('c', timeout=0.1)
    except queue.Full:
        print('put(timeout) -> Full')
    try:
        q.put('c', block=False)
    except queue.Full:
        print('put(block=False) -> Full')
    print(q.get(), q.full(), q.qsize())
    q.put_nowait('c')
    print(q.get(), q.get(), q.qsize())
