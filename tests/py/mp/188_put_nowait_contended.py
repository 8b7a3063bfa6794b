# put_nowait on an unbounded queue never raises Full, however many processes put at the
# same moment; get_nowait on a queue that holds items never raises Empty while another
# process is putting.
import multiprocessing
import queue


def flood(q, who, n):
    for i in range(n):
        q.put_nowait((who, i))


if __name__ == '__main__':
    q = multiprocessing.Queue()
    n = 200
    putters = [multiprocessing.Process(target=flood, args=(q, w, n)) for w in range(4)]
    for p in putters:
        p.start()
    for p in putters:
        p.join()
    print('exit codes', [p.exitcode for p in putters])
    busy = multiprocessing.Process(target=flood, args=(q, 9, n))
    busy.start()
    seen = {}
    for _ in range(4 * n):
        who, i = q.get_nowait()
        assert seen.get(who, -1) == i - 1, (who, i)
        seen[who] = i
    busy.join()
    rest = 0
    while True:
        try:
            q.get(timeout=0.5)
        except queue.Empty:
            break
        rest += 1
    print('first four, in order per process:', sorted(seen.items()))
    print('from the busy putter:', rest)
