# imap yields results in order, imap_unordered in completion order (printed sorted)
import time
from multiprocessing import Pool


def slow_double(x):
    time.sleep(0.02 * (5 - x))
    return 2 * x


if __name__ == '__main__':
    with Pool(3) as p:
        it = p.imap(slow_double, range(5))
        print(type(it).__name__, next(it), list(it))
        print(list(p.imap(slow_double, range(5), chunksize=2)))
        un = list(p.imap_unordered(slow_double, range(5)))
        print(sorted(un), len(un))
        it = p.imap(slow_double, [])
        try:
            next(it)
        except StopIteration:
            print('StopIteration')
