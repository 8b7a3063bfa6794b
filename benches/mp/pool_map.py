# Pool(4).map over 10^4 trivial tasks.
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == '__main__':
    with Pool(4) as pool:
        print(sum(pool.map(square, range(10000))))
