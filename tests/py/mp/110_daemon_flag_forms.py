# daemon via keyword, via attribute, and the default inherited from the creating process
from multiprocessing import Process, Queue, current_process


def report(q):
    q.put((current_process().name, current_process().daemon))


if __name__ == '__main__':
    q = Queue()
    a = Process(target=report, args=(q,), name='kw', daemon=True)
    b = Process(target=report, args=(q,), name='attr')
    b.daemon = True
    c = Process(target=report, args=(q,), name='default')
    d = Process(target=report, args=(q,), name='none', daemon=None)
    print(a.daemon, b.daemon, c.daemon, d.daemon)
    for p in (a, b, c, d):
        p.start()
        print(q.get())
        p.join()
