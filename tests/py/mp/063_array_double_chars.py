# Array of doubles and of chars; lock=False arrays
from multiprocessing import Process, Array


def fill(d, c):
    for k in range(len(d)):
        d[k] = k / 4
    c.value = b'spawned'


if __name__ == '__main__':
    d = Array('d', 5)
    c = Array('c', 10)
    p = Process(target=fill, args=(d, c))
    p.start()
    p.join()
    print(d[:])
    print(c.value, c.raw, len(c))
    raw = Array('i', range(3), lock=False)
    print(raw[:], type(raw).__name__)
