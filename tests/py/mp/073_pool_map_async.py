# map_async returns a MapResult: get/wait/ready/successful, callback gets the whole list
from multiprocessing import Pool

got = []


def cube(x):
    return x ** 3


if __name__ == '__main__':
    with Pool(2) as p:
        r = p.map_async(cube, range(5), callback=got.append)
        r.wait()
        print(r.ready(), r.successful(), r.get())
        print('callback got', got)
        print(type(r).__name__)
