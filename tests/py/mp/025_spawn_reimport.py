# spawn: the child re-runs the module as __mp_main__, so top-level code outside the guard runs again
from multiprocessing import Process

print('top level, __name__ =', __name__)


def f():
    print('in f, module is', __name__)


if __name__ == '__main__':
    for i in range(2):
        p = Process(target=f)
        p.start()
        p.join()
    print('main done')
