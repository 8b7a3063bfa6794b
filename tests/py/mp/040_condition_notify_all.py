# notify_all wakes every waiting process
from multiprocessing import Condition, Process, Value, Queue


def waiter(i, cond, ready, flag, q):
    with cond:
        ready.value += 1
        cond.notify_all()
        cond.wait_for(lambda: flag.value == 1)
    q.put(i)


if __name__ == '__main__':
    cond = Condition()
    ready = Value('i', 0, lock=False)
    flag = Value('i', 0, lock=False)
    q = Queue()
    ps = [Process(target=waiter, args=(i, cond, ready, flag, q)) for i in range(3)]
    for p in ps:
        p.start()
    with cond:
        cond.wait_for(lambda: ready.value == 3)
        flag.value = 1
        cond.notify_all()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
