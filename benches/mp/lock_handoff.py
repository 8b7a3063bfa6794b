# 10^4 lock acquire/release handoffs between two processes (5000 each, under contention).
from multiprocessing import Process, Lock, Value


def work(lock, counter, n):
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    lock = Lock()
    counter = Value('i', 0, lock=False)
    ps = [Process(target=work, args=(lock, counter, 5000)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value)
