# Manager Lock, RLock, Semaphore, Event, Condition, Barrier proxies used from a child
from multiprocessing import Manager, Process


def child(lock, rlock, sem, ev, q):
    q.put(('lock free', lock.acquire(False)))
    lock.release()
    rlock.acquire()
    rlock.acquire()
    rlock.release()
    rlock.release()
    q.put(('sem', sem.acquire(False), sem.acquire(False)))
    ev.set()


if __name__ == '__main__':
    with Manager() as m:
        lock, rlock, sem, ev, q = m.Lock(), m.RLock(), m.Semaphore(1), m.Event(), m.Queue()
        print(ev.is_set(), ev.wait(0.05))
        p = Process(target=child, args=(lock, rlock, sem, ev, q))
        p.start()
        p.join()
        print(q.get(), q.get())
        print(ev.is_set(), ev.wait(1))
        with lock:
            print('lock in with')
        print(lock.acquire(), lock.acquire(False))
        lock.release()
        print(rlock.acquire(), rlock.acquire(), sem.acquire(timeout=0.05))
        b = m.BoundedSemaphore(1)
        try:
            b.release()
        except ValueError as e:
            print('ValueError:', e)
