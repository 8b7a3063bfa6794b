# several producers, one consumer: every item arrives exactly once (printed sorted)
from multiprocessing import Process, Queue


def produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))


if __name__ == '__main__':
    q = Queue()
    ps = [Process(target=produce, args=(q, t, 4)) for t in 'abc']
    for p in ps:
        p.start()
    got = [q.get() for _ in range(12)]
    for p in ps:
        p.join()
    print(sorted(got))
    for t in 'abc':
        mine = [i for tag, i in got if tag == t]
        assert mine == sorted(mine), 'per-producer FIFO'
    print('per-producer order kept')
