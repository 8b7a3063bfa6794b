# threading.Event between threads; wait(timeout) results
import threading

if __name__ == '__main__':
    e = threading.Event()
    print(e.is_set(), e.wait(0.02))
    log = []

    def waiter(i):
        log.append((i, e.wait(5)))

    ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    e.set()
    for t in ts:
        t.join()
    print(sorted(log))
    e.clear()
    print(e.is_set(), e.wait(0))
