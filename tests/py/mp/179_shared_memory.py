# multiprocessing.shared_memory: a block made with a chosen or generated name is attached to
# by name in this and other processes (by name, or by passing the SharedMemory itself); its
# buffer behaves as a memoryview of bytes (slices, steps, errors as CPython words them);
# close, unlink and their errors; ShareableList's items, formats, sizes and storage limits,
# attached elsewhere by name and filled by children. Names are random, so they are not printed.
from multiprocessing import shared_memory, Process, Lock
from multiprocessing.shared_memory import SharedMemory, ShareableList
import array

def add_one(name, lock):
    shm = SharedMemory(name)
    with lock:
        shm.buf[0] += 1
    shm.close()

def write_at(shm, i, v):
    shm.buf[i] = v


def fill(sl, i):
    sl[i] = i * i

def alone():
    shm_a = shared_memory.SharedMemory(create=True, size=10)
    print(type(shm_a.buf), len(shm_a.buf), shm_a.size, len(shm_a.name), shm_a.name[:4])
    buffer = shm_a.buf
    buffer[:4] = bytearray([22, 33, 44, 55])
    buffer[4] = 100
    shm_b = shared_memory.SharedMemory(shm_a.name)
    print(array.array('b', shm_b.buf[:5]))
    shm_b.buf[:5] = b'howdy'
    print(bytes(shm_a.buf[:5]), shm_a.buf[:5].tobytes(), shm_a.buf.tolist(), shm_a.buf[-1], list(shm_a.buf[::3]))
    print(shm_b.buf[1:4] == b'owd', repr(shm_a).replace(shm_a.name, 'NAME'))
    try: shm_a.buf[0] = 256
    except ValueError as e: print(e)
    try: shm_a.buf[0] = 'x'
    except TypeError as e: print(e)
    try: shm_a.buf[:2] = b'abc'
    except ValueError as e: print(e)
    try: shm_a.buf[10]
    except IndexError as e: print(e)
    shm_b.close()
    shm_a.close()
    print(shm_a.buf)
    shm_a.unlink()
    try: shared_memory.SharedMemory(shm_a.name)
    except FileNotFoundError as e: print(str(e).replace(shm_a.name, 'NAME'))
    try: shm_a.unlink()
    except FileNotFoundError as e: print(str(e).replace(shm_a.name, 'NAME'))
    try: SharedMemory()
    except ValueError as e: print(e)
    try: SharedMemory(create=True)
    except ValueError as e: print(e)
    named = SharedMemory(name="my_block", create=True, size=7)
    try: SharedMemory(name="my_block", create=True, size=7)
    except FileExistsError as e: print(e)
    print(named.name, named.size, SharedMemory("my_block").size)
    named.close(); named.unlink()

    a = shared_memory.ShareableList(['howdy', b'HoWdY', -273.154, 100, None, True, 42])
    print([type(entry) for entry in a])
    print(a[2], a.format, a.shm.size, len(a))
    a[2] = -78.5
    print(a[2])
    a[2] = 'dry ice'
    print(a[2], a.format)
    try: a[2] = 'larger than previously allowed storage space'
    except ValueError as e: print(e)
    print(a[2], a.count(42), a.index(100))
    b = shared_memory.ShareableList(name=a.shm.name)
    print(repr(b).replace(a.shm.name, 'NAME'))
    b[-1] = -b[-1]
    print(a[-1], a[4], a[5])
    try: a[7]
    except IndexError as e: print(e)
    try: a[7] = 1
    except IndexError as e: print(e)
    try: a.index(3)
    except ValueError as e: print(e)
    a.shm.close(); a.shm.unlink(); b.shm.close()
    empty = ShareableList()
    print(list(empty), len(empty), empty.shm.size)
    empty.shm.close(); empty.shm.unlink()


if __name__ == "__main__":
    alone()
    shm = SharedMemory(create=True, size=4)
    lock = Lock()
    ps = [Process(target=add_one, args=(shm.name, lock)) for _ in range(5)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(shm.buf[0])
    sl = ShareableList([0] * 4)
    ps = [Process(target=fill, args=(sl, i)) for i in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(list(sl))
    p = Process(target=add_one, args=(shm.name, lock)); p.start(); p.join()
    q = Process(target=write_at, args=(shm, 3, 9))
    q.start()
    q.join()
    print(bytes(shm.buf))
    shm.close(); shm.unlink(); sl.shm.close(); sl.shm.unlink()
