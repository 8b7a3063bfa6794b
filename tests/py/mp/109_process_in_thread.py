# a Process can be started and joined from a thread of the main process
import threading
from multiprocessing import Process, Queue


def child(q, tag):
    q.put(tag * 2)


def launcher(q, tag, out):
    p = Process(target=child, args=(q, tag))
    p.start()
    p.join()
    out.append((tag, p.exitcode))


if __name__ == '__main__':
    q = Queue()
    out = []
    ts = [threading.Thread(target=launcher, args=(q, t, out)) for t in 'xy']
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(out), sorted(q.get() for _ in ts))
