# 10^5 small items through a Queue from one producer to one consumer.
from multiprocessing import Process, Queue

N = 100000


def produce(q):
    for i in range(N):
        q.put(i)
    q.put(None)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    p.join()
    print(total)
