# A finished child stays a zombie until its parent reaps it (join, is_alive, active_children).
import time
from multiprocessing import Process


def work():
    print('child: done')


if __name__ == '__main__':
    p = Process(target=work)
    p.start()
    time.sleep(3)          # the child has ended: it is a zombie now
    print('exitcode before join:', p.exitcode)
    p.join()               # reaped
    print('exitcode after join:', p.exitcode)
