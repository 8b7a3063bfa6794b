# kwargs, name, default names Process-N
from multiprocessing import Process, current_process


def work(a, b=0, *, c=None):
    print(current_process().name, a, b, c)


if __name__ == '__main__':
    p1 = Process(target=work, args=(1,), kwargs={'b': 2, 'c': 3})
    p2 = Process(target=work, args=(4,), name='worker-x')
    p3 = Process(target=work, kwargs={'a': 5, 'c': 'kw'})
    print(p1.name, p2.name, p3.name)
    for p in (p1, p2, p3):
        p.start()
        p.join()
    p2.name = 'renamed'
    print(p2.name)
    try:
        p2.name = 42
    except Exception as e:
        print(type(e).__name__, e)
