# terminate() sends SIGTERM: exitcode -15
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
    print('alive', p.is_alive())
    p.terminate()
    p.join()
    print('alive', p.is_alive(), 'exitcode', p.exitcode)
    p.terminate()
    print('terminate again is harmless', p.exitcode)
