# Two processes take two locks in opposite order: under sim the run stops with exit code 3.
import time
from multiprocessing import Process, Lock


def worker(first, second):
    with first:
        time.sleep(0.1)
        with second:
            print('never')


if __name__ == '__main__':
    a, b = Lock(), Lock()
    p = Process(target=worker, args=(a, b))
    q = Process(target=worker, args=(b, a))
    p.start()
    q.start()
    p.join()
    q.join()
