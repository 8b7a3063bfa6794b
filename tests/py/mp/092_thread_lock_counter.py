# threading.Lock protects a read-modify-write counter across 4 threads
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            v = counter
            counter = v + 1


if __name__ == '__main__':
    ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(counter)
    print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
