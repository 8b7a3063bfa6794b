# multiprocessing.Value and Array given ctypes types instead of typecodes: the same shared
# values, their reprs, and children that update them under the lock.
import ctypes
from multiprocessing import Array, Process, Value


def add(total, counts, n):
    with total.get_lock():
        total.value += n
    counts[n] = n * 10


if __name__ == '__main__':
    total = Value(ctypes.c_double, 0.5)
    counts = Array(ctypes.c_int, 4)
    flag = Value(ctypes.c_char, b'a')
    print(total, counts[:], flag, flag.value)
    ps = [Process(target=add, args=(total, counts, n)) for n in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, counts[:], Value(ctypes.c_ubyte, 255).value, Array(ctypes.c_float, [0.1])[0])
