# threading.local: each thread sees its own attributes
import threading

data = threading.local()
data.name = 'main'


def work(name, out):
    print_missing = not hasattr(data, 'name')
    data.name = name
    out.append((name, print_missing, data.name))


if __name__ == '__main__':
    out = []
    ts = [threading.Thread(target=work, args=('t%d' % i, out)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(out))
    print(data.name)

