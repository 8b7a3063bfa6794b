# multiprocessing's queues raise queue.Full and queue.Empty (CPython's Empty is defined in
# C, in _queue) also when the program never imported queue itself; catching them by the
# queue module's names afterwards finds the same classes.
from multiprocessing import Process, Queue, JoinableQueue


def child(q):
    try:
        q.get(timeout=0.05)
    except Exception as e:
        print("child:", type(e), type(e).__module__, type(e).__qualname__)


if __name__ == '__main__':
    q = Queue(1)
    q.put(1)
    try:
        q.put_nowait(2)
    except Exception as e:
        print(type(e), type(e).__module__, repr(e))
    q.get()
    try:
        q.get_nowait()
    except Exception as e:
        print(type(e), type(e).__module__, repr(e))
    p = Process(target=child, args=(q,))
    p.start()
    p.join()
    import queue
    jq = JoinableQueue(1)
    jq.put('x')
    try:
        jq.put('y', timeout=0.01)
    except queue.Full:
        print("full, caught as queue.Full")
    jq.get()
    jq.task_done()
    try:
        jq.get(block=False)
    except queue.Empty as e:
        print("empty, caught as queue.Empty:", queue.Empty.__module__, e.__class__ is queue.Empty)
