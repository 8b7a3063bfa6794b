# with spawn, start() pickles target and args: lambdas and local functions fail there
import re
import threading
from multiprocessing import Process


def f(*args):
    pass


def make_local():
    def inner():
        pass
    return inner


def show(e):
    print(type(e).__name__ + ':', re.sub(r' at 0x[0-9a-fA-F]+', '', str(e)))


if __name__ == '__main__':
    for desc, kw in [('lambda arg', dict(target=f, args=(lambda: 1,))),
                     ('lambda target', dict(target=lambda: 1)),
                     ('local function', dict(target=make_local())),
                     ('thread lock arg', dict(target=f, args=(threading.Lock(),))),
                     ('generator arg', dict(target=f, args=((x for x in []),)))]:
        p = Process(**kw)
        try:
            p.start()
            print(desc, 'started?!')
            p.join()
        except Exception as e:
            print(desc, end=': ')
            show(e)
        print('  alive', p.is_alive(), 'exitcode', p.exitcode)
