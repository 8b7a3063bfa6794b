# Value(lock=False) is a raw ctypes object without get_lock(); overflow wraps for 'i'
from multiprocessing import Value, Lock

if __name__ == '__main__':
    raw = Value('i', 7, lock=False)
    print(raw.value, type(raw).__name__)
    try:
        raw.get_lock()
    except AttributeError as e:
        print('AttributeError:', e)
    wrapped = Value('i', 1)
    print(type(wrapped).__name__)
    mine = Lock()
    v = Value('i', 0, lock=mine)
    print(v.get_lock() is mine)
    b = Value('b', 127, lock=False)
    b.value += 1
    print(b.value)
    try:
        Value('i', 'text')
    except TypeError as e:
        print('TypeError:', e)
