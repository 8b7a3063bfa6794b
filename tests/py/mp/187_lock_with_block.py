# multiprocessing.Lock as a with-block: what it gives `as`, an exception inside releases
# it, a release inside makes the exit fail, and a child's with-block waits for the holder
import time
from multiprocessing import Lock, Process, Queue


def wait_for_it(lock, q):
    q.put('child waiting')
    with lock as got:
        q.put(('child inside', got))


if __name__ == '__main__':
    lock = Lock()
    with lock as got:
        print('as:', got, lock.acquire(False))
    try:
        with lock:
            raise KeyError('inside')
    except KeyError as e:
        print('KeyError', e, 'then free:', lock.acquire(False))
    lock.release()
    try:
        with lock:
            lock.release()
    except ValueError as e:
        print('ValueError:', e)
    print('free after:', lock.acquire(False))
    q = Queue()
    p = Process(target=wait_for_it, args=(lock, q))
    p.start()
    print(q.get())
    time.sleep(0.2)
    print('child got it while held?', not q.empty())
    lock.release()
    print(q.get())
    p.join()
    print('exitcode', p.exitcode, 'free at the end:', lock.acquire(False))
