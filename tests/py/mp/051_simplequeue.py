# SimpleQueue: put/get/empty/close between processes
from multiprocessing import Process, SimpleQueue


def square_all(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put(x * x)


if __name__ == '__main__':
    inq, outq = SimpleQueue(), SimpleQueue()
    print(inq.empty())
    p = Process(target=square_all, args=(inq, outq))
    p.start()
    for i in range(5):
        inq.put(i)
    inq.put(None)
    print([outq.get() for _ in range(5)])
    p.join()
    print(outq.empty())
    inq.close()
    outq.close()
    try:
        outq.get()
    except OSError as e:
        print('get after close:', type(e).__name__, e)
