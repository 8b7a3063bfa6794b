# terminate() only asks, as a signal does; once join() returns the process is gone and
# changes nothing any more. A waiting process is woken to end: join() returns at once.
import time
from multiprocessing import Process, Value, Event


def count(n, started):
    started.set()
    while True:
        n.value += 1


def sleep(asleep):
    asleep.set()
    time.sleep(30)


if __name__ == '__main__':
    n = Value('i', 0, lock=False)
    started = Event()
    p = Process(target=count, args=(n, started))
    p.start()
    started.wait()
    time.sleep(0.05)
    p.terminate()
    p.join()
    seen = n.value
    time.sleep(0.1)
    print('counted', seen > 0)
    print('unchanged after join', n.value == seen)
    print('exitcode', p.exitcode)

    asleep = Event()
    sleeper = Process(target=sleep, args=(asleep,))
    sleeper.start()
    asleep.wait()
    time.sleep(0.05)
    t = time.monotonic()
    sleeper.terminate()
    sleeper.join()
    print('the sleeper ended at once', time.monotonic() - t < 0.1, sleeper.exitcode)
