# Start and join 50 processes that do nothing.
from multiprocessing import Process


def nothing():
    pass


if __name__ == '__main__':
    ps = [Process(target=nothing) for _ in range(50)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sum(p.exitcode for p in ps))
