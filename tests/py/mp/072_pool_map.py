# Pool.map keeps input order; chunksize; empty input
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == '__main__':
    with Pool(2) as p:
        print(p.map(square, range(10)))
        print(p.map(square, [3, 1, 2], chunksize=2))
        print(p.map(square, []))
        print(p.map(len, ['a', 'bb', 'ccc']))
