# a Lock-protected counter in shared memory: 4 processes x 250 increments
from multiprocessing import Process, Lock, Value


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    lock = Lock()
    counter = Value('i', 0, lock=False)
    ps = [Process(target=add, args=(counter, lock, 250)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('counter', counter.value)
