# a finished child stays in active_children until it is reaped; is_alive()/exitcode/active_children reap it
import time
from multiprocessing import Process, Queue, active_children


def quick(q):
    q.put('done')


if __name__ == '__main__':
    q = Queue()
    p = Process(target=quick, args=(q,))
    p.start()
    print(q.get())
    time.sleep(0.3)
    print('active after it ended:', [c.name for c in active_children()])
    print('exitcode', p.exitcode, 'alive', p.is_alive())
    p.join()
    print('join after reaped ok', p.exitcode)
