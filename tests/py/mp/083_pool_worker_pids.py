# pool tasks run in worker processes, never in the main process; at most `processes` distinct workers
import os
import time
from multiprocessing import Pool


def whoami(_):
    time.sleep(0.01)
    return os.getpid()


if __name__ == '__main__':
    with Pool(3) as p:
        pids = p.map(whoami, range(12), chunksize=1)
    distinct = set(pids)
    assert 1 <= len(distinct) <= 3, distinct
    print('main pid not used:', os.getpid() not in distinct)
    print('results', len(pids))
