# A Pipe has two ends; what one end sends, the other receives, in order.
from multiprocessing import Process, Pipe


def child(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == '__main__':
    here, there = Pipe()
    p = Process(target=child, args=(there,))
    p.start()
    for word in ['spam', 'eggs', 'ham']:
        here.send(word)
        print(here.recv())
    here.send(None)
    p.join()
