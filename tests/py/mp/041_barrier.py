# Barrier(3) across 3 processes: wait() returns distinct indices 0..2
from multiprocessing import Barrier, Process, Queue


def party(b, q):
    q.put(b.wait())


if __name__ == '__main__':
    b = Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    q = Queue()
    ps = [Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = b.wait()
    others = [q.get() for _ in ps]
    print(sorted(others + [mine]))
    for p in ps:
        p.join()
    print(b.n_waiting, b.broken)
