# Semaphore(2) guarding a section entered by 6 processes: never more than 2 inside
import time
from multiprocessing import Process, Semaphore, Value, Lock


def visit(sem, inside, peak, lock, i):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.05)
        with lock:
            inside.value -= 1


if __name__ == '__main__':
    sem = Semaphore(2)
    lock = Lock()
    inside = Value('i', 0, lock=False)
    peak = Value('i', 0, lock=False)
    ps = [Process(target=visit, args=(sem, inside, peak, lock, i)) for i in range(6)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert 1 <= peak.value <= 2, peak.value
    print('peak within limit; inside at end', inside.value)
