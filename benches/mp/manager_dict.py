# 10^4 updates of a Manager dict.
from multiprocessing import Manager

if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        for i in range(10000):
            d[i % 100] = i
        print(len(d), sum(d.values()))
