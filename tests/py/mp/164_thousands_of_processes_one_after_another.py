# 1200 processes started and joined one after another, each talking to a manager:
# a process's memory comes back when it ends (also when every process shares one thread,
# as under the simulator), and so do the channels of its connection to the manager.
from multiprocessing import Manager, Process


def visit(d, i):
    d[i % 10] = i


if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        for i in range(1200):
            p = Process(target=visit, args=(d, i))
            p.start()
            p.join()
            if p.exitcode != 0:
                print("process", i, "ended with", p.exitcode)
                break
        print(sorted(d.items()))
