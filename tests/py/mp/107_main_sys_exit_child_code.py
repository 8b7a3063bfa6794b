# sys.exit(n) in the main process while a child runs: the child is waited for, exit code n
import sys
import time
from multiprocessing import Process, Event


def late(started):
    started.set()
    time.sleep(0.2)
    print('child done', flush=True)


if __name__ == '__main__':
    started = Event()
    p = Process(target=late, args=(started,))
    p.start()
    started.wait()
    print('main exits with 4', flush=True)
    sys.exit(4)
