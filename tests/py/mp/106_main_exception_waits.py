# an uncaught exception in the main process: traceback, exit code 1, but non-daemon children are
# still waited for first
import time
from multiprocessing import Process, Event


def late(started):
    started.set()
    time.sleep(0.3)
    print('child finished', flush=True)


if __name__ == '__main__':
    started = Event()
    p = Process(target=late, args=(started,))
    p.start()
    started.wait()
    print('main raises', flush=True)
    raise RuntimeError('main failed')
