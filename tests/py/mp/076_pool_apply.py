# apply blocks and returns the value; apply_async with args and kwds
import os
from multiprocessing import Pool


def describe(a, b=0, *, c=1):
    return (a, b, c, os.getpid() != PARENT)


PARENT = int(os.environ.get('PARENT_PID', '0'))

if __name__ == '__main__':
    os.environ['PARENT_PID'] = str(os.getpid())
    with Pool(2) as p:
        print(p.apply(describe, (1,)))
        print(p.apply(describe, (1, 2), {'c': 3}))
        r = p.apply_async(describe, args=(5,), kwds={'b': 6})
        print(r.get())
        rs = [p.apply_async(pow, (i, 2)) for i in range(6)]
        print([r.get() for r in rs])
