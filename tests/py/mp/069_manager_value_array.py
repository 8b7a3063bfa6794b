# Manager().Value and Manager().Array proxies
from multiprocessing import Manager, Process


def work(v, a):
    v.value = v.value + 1
    a[0] = 99


if __name__ == '__main__':
    with Manager() as m:
        v = m.Value('i', 41)
        a = m.Array('i', [1, 2, 3])
        p = Process(target=work, args=(v, a))
        p.start()
        p.join()
        print(v.value, a[:], len(a), list(a))
        s = m.Value('s', 'text')
        print(s.value)
