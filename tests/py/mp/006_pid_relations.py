# pid / ident / os.getpid / os.getppid relations between parent and child
import os
from multiprocessing import Process, Queue


def report(q):
    q.put((os.getpid(), os.getppid()))


if __name__ == '__main__':
    q = Queue()
    p = Process(target=report, args=(q,))
    print('pid before start is None:', p.pid is None)
    p.start()
    child_pid, child_ppid = q.get()
    p.join()
    print('p.pid == child getpid:', p.pid == child_pid)
    print('p.ident == p.pid:', p.ident == p.pid)
    print('child ppid == parent pid:', child_ppid == os.getpid())
    print('child pid != parent pid:', child_pid != os.getpid())
    print('pid type:', type(p.pid).__name__)
