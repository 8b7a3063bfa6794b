# terminate() does not release what the child held: the Lock stays locked
from multiprocessing import Process, Lock, Event
import time


def hog(lock, e):
    lock.acquire()
    e.set()
    time.sleep(30)


if __name__ == '__main__':
    lock = Lock()
    e = Event()
    p = Process(target=hog, args=(lock, e))
    p.start()
    e.wait()
    p.terminate()
    p.join()
    print('exitcode', p.exitcode)
    print('can acquire after terminate:', lock.acquire(timeout=0.2))
