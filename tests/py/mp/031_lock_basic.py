# multiprocessing.Lock: acquire/release, non-blocking and timeout acquire, releasing an unlocked lock
from multiprocessing import Lock, Process, Queue


def try_take(lock, q):
    q.put(lock.acquire(block=False))
    q.put(lock.acquire(timeout=0.1))


if __name__ == '__main__':
    lock = Lock()
    print(lock.acquire())
    print(lock.acquire(False))
    print(lock.acquire(timeout=0.05))
    q = Queue()
    p = Process(target=try_take, args=(lock, q))
    p.start()
    print('child non-blocking', q.get())
    print('child timeout', q.get())
    p.join()
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)
    with lock:
        print('inside with: can acquire again?', lock.acquire(False))
    print('after with:', lock.acquire(False))
    lock.release()
