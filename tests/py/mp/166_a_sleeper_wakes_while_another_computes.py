# A parent sleeps while its child computes without ever waiting: time passes for the
# sleeper all the same (under the simulator, computing moves its clock on), so the parent
# wakes and ends the child.
import time
from multiprocessing import Process


def spin():
    n = 0
    while True:
        n += 1


if __name__ == '__main__':
    p = Process(target=spin)
    p.start()
    time.sleep(0.05)
    p.terminate()
    p.join()
    print("exit code", p.exitcode)
