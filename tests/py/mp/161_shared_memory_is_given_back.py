# Queues, pools and shared arrays made again and again: each one's shared memory is given
# back when it is dropped, so a run can make far more of them than fit at once. A queue a
# child got as an argument stays the child's even when the parent has dropped it.
from multiprocessing import Array, Event, Pool, Process, Queue


def square(x):
    return x * x


def echo(q, started, ready):
    q.put('child')
    started.set()
    ready.wait()
    print('child got', q.get())


if __name__ == '__main__':
    for i in range(1000):
        q = Queue()
        q.put(i)
    print('queues', q.get())

    for n in range(40):
        with Pool(2) as pool:
            results = pool.map(square, range(n, n + 3))
    print('pools', results)

    for i in range(500):
        a = Array('i', 10000)
        a[i] = i
    print('arrays', a[499], sum(a[:]))

    started, ready = Event(), Event()
    q = Queue()
    p = Process(target=echo, args=(q, started, ready))
    p.start()
    started.wait()
    del q
    for i in range(50):
        other = Queue()
        other.put('parent')
    ready.set()
    p.join()
    print('exit code', p.exitcode)
