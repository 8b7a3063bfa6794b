# Typed arrays' machine bytes (tobytes, frombytes, bytes()) and a Pipe's byte messages into
# and out of them: send_bytes with a byte offset and size, recv_bytes_into at a byte offset,
# and its errors (too short, negative or too large offset).
from array import array
for t in 'bBuhHiIlLqQfd':
    a = array(t, 'ab' if t == 'u' else [1, 2])
    b = a.tobytes()
    c = array(t); c.frombytes(b)
    print(t, b, bytes(a) == b, c == a, c)
try:
    array('i').frombytes(b'abc')
except ValueError as e:
    print(e)
a = array('d', [1.5]); a.frombytes(bytearray(array('d', [2.5]).tobytes())); print(a)
import multiprocessing
r, w = multiprocessing.Pipe(False)
w.send_bytes(array('h', [1, 2, 3]), 2, 4)
x = array('h', [9, 9, 9, 9])
print(r.recv_bytes_into(x, 2), x)
w.send_bytes(b'abcdef')
try:
    r.recv_bytes_into(bytearray(3))
except multiprocessing.BufferTooShort as e:
    print('short', e.args)
for off in (-1, 99):
    try:
        r.recv_bytes_into(bytearray(3), off)
    except ValueError as e:
        print(e)
ba = bytearray(6); w.send_bytes(b'xy'); print(r.recv_bytes_into(ba, 3), ba)
