# maxtasksperchild=1: every task gets a fresh worker
import os
from multiprocessing import Pool


def pid(_):
    return os.getpid()


if __name__ == '__main__':
    with Pool(1, maxtasksperchild=1) as p:
        pids = [p.apply(pid, (i,)) for i in range(3)]
    print(len(set(pids)))
