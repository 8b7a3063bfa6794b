# multiprocessing.connection.wait: the docs' example (four children send on pipes, the parent
# reads whichever is ready until each reports its end), processes' sentinels ready as they end,
# a timeout giving an empty list, a pipe and a sentinel waited on together, and a bad object.
import time
from multiprocessing import Process, Pipe, current_process
from multiprocessing.connection import wait


def foo(w):
    for i in range(10):
        w.send((i, current_process().name))
    w.close()


def nap(t):
    time.sleep(t)


if __name__ == '__main__':
    readers = []

    for i in range(4):
        r, w = Pipe(duplex=False)
        readers.append(r)
        p = Process(target=foo, args=(w,))
        p.start()
        # We close the writable end of the pipe now to be sure that
        # p is the only process which owns a handle for it.  This
        # ensures that when p closes its handle for the writable end,
        # wait() will promptly report the readable end as being ready.
        w.close()

    got = []
    while readers:
        for r in wait(readers):
            try:
                msg = r.recv()
            except EOFError:
                readers.remove(r)
            else:
                got.append(msg)
    print(len(got), sorted(got)[:3], sorted(got)[-1])

    # Sentinels: the first to end is ready first; a timeout gives an empty list.
    ps = {t: Process(target=nap, args=(t,)) for t in (0.6, 0.2)}
    for p in ps.values():
        p.start()
    print(wait([p.sentinel for p in ps.values()], timeout=0.05))
    first = wait([p.sentinel for p in ps.values()])
    print(first == [ps[0.2].sentinel])
    a, b = Pipe()
    t = time.monotonic()
    print(wait([a, ps[0.6].sentinel]) == [ps[0.6].sentinel], time.monotonic() - t > 0.2)
    b.send('x')
    print(wait([a], timeout=1) == [a], a.recv())
    print(wait([], timeout=0.01))
    for p in ps.values():
        p.join()
    try:
        wait(['x'])
    except ValueError as e:
        print(e)
