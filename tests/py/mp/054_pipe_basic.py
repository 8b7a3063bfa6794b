# Pipe(): a duplex pair of Connections; both ends can send and recv
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    conn.send(('echo', msg))
    conn.send([1, 2, 3])
    conn.close()


if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    parent_end.send({'hello': 'world'})
    print(parent_end.recv())
    print(parent_end.recv())
    p.join()
    a, b = Pipe(duplex=True)
    a.send('ab')
    b.send('ba')
    print(b.recv(), a.recv())
