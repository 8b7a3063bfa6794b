# queue.Empty from get(timeout), get_nowait(), get(block=False)
import queue
import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue()
    for how, fn in [('get(timeout=0.1)', lambda: q.get(timeout=0.1)),
                    ('get_nowait()', q.get_nowait),
                    ('get(block=False)', lambda: q.get(block=False)),
                    ('get(False, 0.05)', lambda: q.get(False, 0.05))]:
        try:
            fn()
        except queue.Empty as e:
            print(how, '->', type(e).__name__, repr(str(e)), isinstance(e, Exception))
    q.put('x')
    print(q.get(timeout=1))
