# Semaphore(n): n acquisitions without blocking, then acquire fails; release may exceed the start value
from multiprocessing import Semaphore

if __name__ == '__main__':
    s = Semaphore(2)
    print(s.acquire(), s.acquire(block=False))
    print(s.acquire(block=False), s.acquire(timeout=0.05))
    s.release()
    s.release()
    s.release()
    print([s.acquire(False) for _ in range(4)])
    s.release()
    with s:
        print('in with', s.acquire(False))
    s0 = Semaphore(0)
    print(s0.acquire(False))
