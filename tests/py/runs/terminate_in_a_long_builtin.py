# A process in the middle of a long builtin call (a sum over 10**10 numbers, some forty
# seconds) ends at terminate(): join() returns at once and the sum is never printed.
# Under the simulator a builtin call is one step, so this runs on real threads only.
import time
from multiprocessing import Process, Event


def busy(started):
    started.set()
    print(sum(range(10**10)))


if __name__ == '__main__':
    started = Event()
    p = Process(target=busy, args=(started,))
    p.start()
    started.wait()
    time.sleep(0.3)
    t = time.monotonic()
    p.terminate()
    p.join()
    print(p.exitcode, time.monotonic() - t < 0.5)
