# os.getppid() along a parent -> child -> grandchild chain
import os
from multiprocessing import Process, Queue, parent_process, current_process


def grandchild(q, child_pid):
    q.put(('grandchild', os.getppid() == child_pid, parent_process().name, current_process().name))


def child(q):
    q.put(('child', os.getppid() == MAIN_PID_FROM_ENV(), parent_process().name, current_process().name))
    g = Process(target=grandchild, args=(q, os.getpid()), name='g')
    g.start()
    g.join()


def MAIN_PID_FROM_ENV():
    return int(os.environ['MAIN_PID'])


if __name__ == '__main__':
    os.environ['MAIN_PID'] = str(os.getpid())
    q = Queue()
    p = Process(target=child, args=(q,), name='c')
    p.start()
    print(q.get())
    print(q.get())
    p.join()
