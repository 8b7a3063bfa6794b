# concurrent.futures: a worker that ends abruptly (os._exit) breaks a ProcessPoolExecutor: every
# call not finished fails with BrokenProcessPool, map raises it, submit refuses with the pool's
# reason, and a new pool works.
import os
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool

def die(x):
    if x == 3:
        os._exit(1)
    return x

if __name__ == '__main__':
    with ProcessPoolExecutor(1) as ex:
        fs = [ex.submit(die, i) for i in range(6)]
        for f in fs:
            try:
                print(f.result())
            except BrokenProcessPool as e:
                print(type(e).__name__, e, isinstance(e, BrokenExecutor), e.__cause__)
        try:
            ex.submit(die, 1)
        except BrokenProcessPool as e:
            print('submit:', e)
    print(BrokenProcessPool.__module__, BrokenProcessPool.__mro__[1:3])
    with ProcessPoolExecutor(2) as ex:
        try:
            print(list(ex.map(die, range(6))))
        except BrokenProcessPool as e:
            print('map:', e)
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(die, [1, 2])))
