# worker processes loop on a task queue until a None sentinel each
from multiprocessing import Process, Queue


def worker(tasks, results):
    while True:
        t = tasks.get()
        if t is None:
            break
        results.put((t, t * 10))


if __name__ == '__main__':
    tasks, results = Queue(), Queue()
    ws = [Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in ws:
        w.start()
    for t in range(9):
        tasks.put(t)
    for _ in ws:
        tasks.put(None)
    out = sorted(results.get() for _ in range(9))
    for w in ws:
        w.join()
    print(out)
    print([w.exitcode for w in ws])
