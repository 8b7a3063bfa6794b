# the with-block's exit calls terminate(); the pool then refuses work
from multiprocessing import Pool


def inc(x):
    return x + 1


if __name__ == '__main__':
    with Pool(2) as p:
        print(p.map(inc, [1, 2]))
    for name, fn in [('map', lambda: p.map(inc, [1])),
                     ('apply_async', lambda: p.apply_async(inc, (1,))),
                     ('imap', lambda: p.imap(inc, [1]))]:
        try:
            fn()
        except ValueError as e:
            print(name, 'ValueError:', e)
    p.join()
    print('join after terminate ok')
