# current_process() and parent_process() in the main process and in a child
import os
from multiprocessing import Process, Queue, current_process, parent_process


def child(q):
    me = current_process()
    par = parent_process()
    q.put((me.name, me.pid == os.getpid(), par.name, par.pid == os.getppid(), me.daemon))


if __name__ == '__main__':
    print(current_process().name)
    print(parent_process())
    print(current_process().daemon)
    print(current_process().pid == os.getpid())
    q = Queue()
    p = Process(target=child, args=(q,), name='kid')
    p.start()
    print(q.get())
    p.join()
    p = Process(target=child, args=(q,), daemon=True)
    p.start()
    print(q.get())
    p.join()
