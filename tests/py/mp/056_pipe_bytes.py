# send_bytes/recv_bytes, offsets and sizes, recv_bytes_into
from multiprocessing import Pipe

if __name__ == '__main__':
    a, b = Pipe()
    a.send_bytes(b'hello world')
    print(b.recv_bytes())
    a.send_bytes(b'0123456789', 2, 5)
    print(b.recv_bytes())
    a.send_bytes(bytearray(b'abc'))
    buf = bytearray(10)
    n = b.recv_bytes_into(buf)
    print(n, bytes(buf))
    a.send_bytes(b'')
    print(b.recv_bytes())
    a.send('an object')
    print(b.recv_bytes()[:2] == b'\x80\x04')
    a.send_bytes(b'x' * 10)
    try:
        b.recv_bytes(5)
    except OSError as e:
        print('OSError:', e)
    try:
        a.send_bytes(b'abc', 2, 5)
    except ValueError as e:
        print('ValueError:', e)
