# Event: is_set/set/clear, wait(timeout) returns False on timeout and True once set
from multiprocessing import Event, Process


def setter(e):
    e.set()


if __name__ == '__main__':
    e = Event()
    print(e.is_set())
    print(e.wait(0.05))
    print(e.wait(timeout=0))
    p = Process(target=setter, args=(e,))
    p.start()
    print(e.wait())
    p.join()
    print(e.is_set(), e.wait(0.01))
    e.clear()
    print(e.is_set(), e.wait(0.01))
    e.set()
    e.set()
    print(e.is_set())
