# exceptions crossing the pool keep their type and arguments; custom exceptions too
from multiprocessing import Pool


class MyError(Exception):
    pass


def fail(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'mine':
        raise MyError('custom', 42)
    return kind


if __name__ == '__main__':
    with Pool(1) as p:
        for kind in ['key', 'zero', 'mine', 'fine']:
            try:
                print('ok', p.apply(fail, (kind,)))
            except Exception as e:
                print(type(e).__name__, e.args)
