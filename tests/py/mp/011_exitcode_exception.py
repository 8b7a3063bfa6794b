# an uncaught exception in the child: exitcode 1, traceback on the child's stderr
from multiprocessing import Process


def boom(x):
    raise ValueError('bad value %d' % x)


if __name__ == '__main__':
    p = Process(target=boom, args=(3,))
    p.start()
    p.join()
    print('exitcode', p.exitcode)
    print('main goes on')
