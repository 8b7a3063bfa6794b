# a daemonic process may not start children
from multiprocessing import Process, Queue


def grandchild():
    pass


def parent(q):
    try:
        Process(target=grandchild).start()
        q.put('started')
    except AssertionError as e:
        q.put('AssertionError: %s' % e)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=parent, args=(q,), daemon=True)
    p.start()
    print(q.get())
    p.join()
    p = Process(target=parent, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
