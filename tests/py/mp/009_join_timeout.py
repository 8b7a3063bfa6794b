# join(timeout) returns None even when the child is still running
import time
from multiprocessing import Process


def slow():
    time.sleep(0.6)


if __name__ == '__main__':
    p = Process(target=slow)
    p.start()
    r = p.join(timeout=0.1)
    print('join(0.1) returned', r)
    print('alive', p.is_alive(), 'exitcode', p.exitcode)
    p.join(0)
    print('alive after join(0)', p.is_alive())
    p.join()
    print('alive', p.is_alive(), 'exitcode', p.exitcode)
    print('join again', p.join())
