# Array(typecode, size_or_list): indexing, slicing, slice assignment, len, shared with a child
from multiprocessing import Process, Array


def double(arr):
    for k in range(len(arr)):
        arr[k] *= 2


if __name__ == '__main__':
    z = Array('i', 4)
    print(z[:], len(z))
    a = Array('i', [1, 2, 3, 4, 5])
    print(a[0], a[-1], a[1:3], a[::2], list(a))
    a[0] = 10
    a[1:3] = [20, 30]
    print(a[:])
    p = Process(target=double, args=(a,))
    p.start()
    p.join()
    print(a[:])
    try:
        a[5]
    except IndexError as e:
        print('IndexError:', e)
    try:
        a[0:2] = [1, 2, 3]
    except ValueError as e:
        print('ValueError:', e)
    with a.get_lock():
        a[4] += 1
    print(a[4], sum(a), max(a), 20 in a)
