# without a lock, decrementing a Manager dict entry from 10 processes may lose updates:
# only the invariant is printed
from multiprocessing import Manager, Process


def work(d):
    for _ in range(20):
        d['count'] -= 1


if __name__ == '__main__':
    with Manager() as m:
        d = m.dict({'count': 200})
        ps = [Process(target=work, args=(d,)) for _ in range(10)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        assert 0 <= d['count'] < 200, d['count']
        print('count within [0, 200):', True)
        print('exit codes', sorted(set(p.exitcode for p in ps)))
