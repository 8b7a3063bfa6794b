# Pipe(duplex=False): (reader, writer); wrong-direction use and closed handles raise OSError
from multiprocessing import Pipe

if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('r.send:', e)
    try:
        w.recv()
    except OSError as e:
        print('w.recv:', e)
    w.send('ok')
    print(r.recv())
    print(r.closed)
    r.close()
    print(r.closed)
    r.close()
    for name, fn in [('recv', r.recv), ('poll', r.poll), ('fileno', r.fileno)]:
        try:
            fn()
        except OSError as e:
            print(name, 'after close:', e)
