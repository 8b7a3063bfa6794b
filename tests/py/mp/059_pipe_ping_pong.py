# two processes take turns over one duplex pipe
from multiprocessing import Process, Pipe


def ponger(conn):
    while True:
        n = conn.recv()
        if n is None:
            break
        conn.send(n + 1)


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=ponger, args=(b,))
    p.start()
    n = 0
    trail = []
    for _ in range(5):
        a.send(n)
        n = a.recv() + 1
        trail.append(n)
    a.send(None)
    p.join()
    print(trail)
