# JoinableQueue: join() returns once every item got a task_done()
from multiprocessing import Process, JoinableQueue, Value


def worker(q, total):
    while True:
        item = q.get()
        with total.get_lock():
            total.value += item
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    total = Value('i', 0)
    ws = [Process(target=worker, args=(q, total), daemon=True) for _ in range(2)]
    for w in ws:
        w.start()
    for i in range(1, 11):
        q.put(i)
    q.join()
    print('all tasks done, total', total.value)
    q.put(100)
    q.join()
    print('total', total.value)
