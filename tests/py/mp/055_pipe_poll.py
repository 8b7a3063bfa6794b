# Connection.poll(): False with nothing to read, True once data arrived; poll(timeout) waits
from multiprocessing import Process, Pipe
import time


def late_sender(conn):
    time.sleep(0.2)
    conn.send('late')


if __name__ == '__main__':
    a, b = Pipe()
    print(a.poll(), a.poll(0.05))
    b.send('now')
    print(a.poll(), a.poll(1))
    print(a.recv(), a.poll())
    p = Process(target=late_sender, args=(b,))
    p.start()
    print('poll(2) ->', a.poll(2))
    print(a.recv())
    p.join()
    print(a.poll(None) if False else 'done')
