# initializer(*initargs) runs once in each worker before its tasks
from multiprocessing import Pool

config = None


def init(value, suffix):
    global config
    config = value + suffix


def read(_):
    return config


if __name__ == '__main__':
    with Pool(2, initializer=init, initargs=('conf', '!')) as p:
        print(set(p.map(read, range(6))))
    print('main config', config)
    with Pool(processes=1, initializer=init, initargs=('x', 'y')) as p:
        print(p.apply(read, (0,)))
