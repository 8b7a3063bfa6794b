# starmap / starmap_async unpack argument tuples
from multiprocessing import Pool


def power(base, exp):
    return base ** exp


if __name__ == '__main__':
    with Pool(2) as p:
        print(p.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        r = p.starmap_async(power, zip(range(5), [2] * 5))
        print(r.get(timeout=10))
