# callbacks and error callbacks run in the main process, on a helper thread
import os
import threading
from multiprocessing import Pool, current_process

seen = []


def work(x):
    return x, os.getpid()


def cb(result):
    x, worker_pid = result
    seen.append((x, os.getpid() == MAIN, worker_pid != MAIN, current_process().name,
                 threading.current_thread() is threading.main_thread()))


if __name__ == '__main__':
    MAIN = os.getpid()
    with Pool(2) as p:
        rs = [p.apply_async(work, (i,), callback=cb) for i in range(4)]
        for r in rs:
            r.wait()
        p.close()
        p.join()
    for s in sorted(seen):
        print(s)
