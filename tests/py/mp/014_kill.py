# kill() sends SIGKILL: exitcode -9
import time
from multiprocessing import Process, Event


def sleeper(e):
    e.set()
    time.sleep(30)


if __name__ == '__main__':
    e = Event()
    p = Process(target=sleeper, args=(e,))
    p.start()
    e.wait()
    p.kill()
    p.join()
    print('exitcode', p.exitcode)
