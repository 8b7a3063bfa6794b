# BoundedSemaphore: releasing above the initial value raises ValueError
from multiprocessing import BoundedSemaphore

if __name__ == '__main__':
    b = BoundedSemaphore(2)
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    b.acquire()
    b.acquire()
    print(b.acquire(False))
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    print(b.acquire(False), b.acquire(False), b.acquire(False))
