# Manager().list(): appends from children, ordinary list methods on the proxy
from multiprocessing import Manager, Process


def add(lst, i):
    lst.append(i)


if __name__ == '__main__':
    with Manager() as m:
        lst = m.list([100])
        ps = [Process(target=add, args=(lst, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(lst))
        print(len(lst), lst[0] if lst[0] == 100 else 'first is not 100')
        lst.sort()
        print(lst[:], list(lst))
        lst.extend([7, 7])
        print(lst.count(7), lst.index(100))
        lst[0] = 'first'
        del lst[1]
        print(lst[0], len(lst))
