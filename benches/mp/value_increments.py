# 5*10^4 increments of a synchronized Value under its own lock, from two processes: the
# tutorials' shared counter, where every `v.value` also takes the (recursive) lock.
from multiprocessing import Process, Value


def work(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == '__main__':
    counter = Value('i', 0)
    ps = [Process(target=work, args=(counter, 25000)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value)
