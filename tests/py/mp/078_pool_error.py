# an exception in a task is re-raised by get(); error_callback receives it; successful() is False
from multiprocessing import Pool

errors = []


def risky(x):
    if x == 3:
        raise ValueError('no threes: %d' % x)
    return x


if __name__ == '__main__':
    with Pool(2) as p:
        r = p.apply_async(risky, (3,), error_callback=errors.append)
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print('get raised ValueError:', e)
        print('error_callback got', [(type(e).__name__, str(e)) for e in errors])
        try:
            p.map(risky, range(5))
        except ValueError as e:
            print('map raised', e)
        ok = p.apply_async(risky, (1,), callback=print, error_callback=errors.append)
        ok.get()
        print(len(errors))
        try:
            p.apply(risky, (3,))
        except ValueError as e:
            print('apply raised', e)
        print(p.map(risky, [1, 2]))
