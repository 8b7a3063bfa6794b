# A daemon child is terminated when the main process's code ends; the others are waited for.
import time
from multiprocessing import Process


def heartbeat():
    while True:
        print('daemon: still here')
        time.sleep(1)


def worker():
    time.sleep(4)
    print('worker: finished')


if __name__ == '__main__':
    d = Process(target=heartbeat, daemon=True)
    w = Process(target=worker)
    d.start()
    w.start()
    time.sleep(2.5)
    print('main: my code ends here')
