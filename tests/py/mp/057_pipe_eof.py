# recv() raises EOFError once every copy of the other end is closed and the data is drained
from multiprocessing import Process, Pipe


def writer(conn):
    for i in range(3):
        conn.send(i)
    conn.close()


if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    p = Process(target=writer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError as e:
            print('EOFError', repr(str(e)))
            break
    p.join()
    print(got)
    a, b = Pipe()
    b.close()
    try:
        a.recv()
    except EOFError:
        print('EOFError again')
    print(a.poll())
