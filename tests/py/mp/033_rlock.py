# RLock: re-entrant for its owner; other processes block; releasing an unowned RLock fails
from multiprocessing import RLock, Process, Queue


def other(r, q):
    q.put(r.acquire(timeout=0.1))
    try:
        r.release()
    except AssertionError as e:
        q.put('AssertionError: %s' % e)


if __name__ == '__main__':
    r = RLock()
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)
    print(r.acquire(), r.acquire(), r.acquire(False))
    q = Queue()
    p = Process(target=other, args=(r, q))
    p.start()
    print('other process acquire:', q.get())
    print('other process release:', q.get())
    p.join()
    r.release()
    r.release()
    r.release()
    with r:
        with r:
            print('nested with ok')
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)
