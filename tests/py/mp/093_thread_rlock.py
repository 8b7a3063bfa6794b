# threading.RLock: re-entrant for the owner, other threads cannot release it
import threading

if __name__ == '__main__':
    r = threading.RLock()
    print(r.acquire(), r.acquire())
    res = []

    def other():
        res.append(r.acquire(timeout=0.05))
        try:
            r.release()
        except RuntimeError as e:
            res.append('RuntimeError: %s' % e)

    t = threading.Thread(target=other)
    t.start()
    t.join()
    print(res)
    r.release()
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    with r:
        with r:
            print('nested')
