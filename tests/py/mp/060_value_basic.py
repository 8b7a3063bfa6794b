# Value(typecode, v): shared between processes, with a lock by default
from multiprocessing import Process, Value


def change(i, d, c):
    i.value += 5
    d.value *= 2
    c.value = b'z'


if __name__ == '__main__':
    i = Value('i', 10)
    d = Value('d', 1.25)
    c = Value('c', b'a')
    print(i.value, d.value, c.value)
    p = Process(target=change, args=(i, d, c))
    p.start()
    p.join()
    print(i.value, d.value, c.value)
    lock = i.get_lock()
    print(lock.acquire(), lock.acquire(False))
    lock.release()
    with i.get_lock():
        i.value += 1
    print(i.value)
    print(Value('i').value, Value('d').value)
    i.value = 3.9 if False else 3
    print(i.value)
