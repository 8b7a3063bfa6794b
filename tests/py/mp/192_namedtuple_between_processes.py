# A namedtuple (and an Enum made by call) is pickled by reference to the module that made
# it, as CPython finds it with sys._getframe, so it travels through a Queue and a Pool.
import multiprocessing
import sys
from collections import namedtuple
from enum import Enum

Point = namedtuple('Point', 'x y')
Color = Enum('Color', 'RED GREEN')


def norm(p):
    return Point(abs(p.x), abs(p.y))


def producer(q):
    q.put(Point(1, -2))
    q.put(Color.GREEN)


def where():
    here = sys._getframe()
    return here.f_code.co_name, here.f_back.f_code.co_name, here.f_globals['__name__']


if __name__ == '__main__':
    print(Point.__module__, Color.__module__, where())
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q,))
    p.start()
    print(q.get(), q.get())
    p.join()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Point(-1, 2), Point(3, -4)]))
    try:
        sys._getframe(1000)
    except ValueError as e:
        print('ValueError:', e)
