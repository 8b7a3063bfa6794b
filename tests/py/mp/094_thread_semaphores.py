# threading.Semaphore limits concurrency; BoundedSemaphore over-release is ValueError
import threading
import time

inside = 0
peak = 0
guard = threading.Lock()


def visit(sem):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)
        with guard:
            inside -= 1


if __name__ == '__main__':
    sem = threading.Semaphore(3)
    ts = [threading.Thread(target=visit, args=(sem,)) for _ in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert 1 <= peak <= 3
    print('peak within 3, inside', inside)
    b = threading.BoundedSemaphore(2)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    s = threading.Semaphore(0)
    print(s.acquire(blocking=False), s.acquire(timeout=0.02))
    s.release(3)
    print([s.acquire(False) for _ in range(4)])
    try:
        threading.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
