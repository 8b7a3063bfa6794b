# A process pool never shut down: its work is done before the interpreter exits (as
# CPython's exit hook does), workers print as they run, and cancel() stops only calls
# not yet handed to a worker. Lines between processes race: compared as a multiset.
import time
from concurrent.futures import ProcessPoolExecutor


def work(n):
    time.sleep(0.05)
    print("worked", n)
    return n


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(work, i) for i in range(8)]
    # 2 workers plus 1 queued call are taken at once; the last ones are still pending.
    time.sleep(0.01)
    cancelled = [f.cancel() for f in fs]
    print("cancelled", cancelled[-1], cancelled[-2], cancelled.count(True) >= 3)
    print("first", fs[0].result(), fs[0].cancel())
    ex2 = ProcessPoolExecutor(max_workers=1)
    ex2.submit(work, 100)
    print("main done")
