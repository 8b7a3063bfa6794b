# Manager().dict(): children's writes are seen by the parent
from multiprocessing import Manager, Process


def fill(d, k):
    d[k] = k * k


if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        ps = [Process(target=fill, args=(d, k)) for k in range(5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()))
        print(len(d), 3 in d, d.get(9, 'missing'), d[4])
        d.update({'x': 1})
        print(d.pop('x'), sorted(d.keys()))
        print(type(d.copy()).__name__, d.copy() == {k: k * k for k in range(5)})
