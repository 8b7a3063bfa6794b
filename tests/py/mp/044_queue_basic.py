# Queue between processes keeps FIFO order
from multiprocessing import Process, Queue


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put('end')


if __name__ == '__main__':
    q = Queue()
    p = Process(target=producer, args=(q, 6))
    p.start()
    out = []
    while True:
        item = q.get()
        if item == 'end':
            break
        out.append(item)
    p.join()
    print(out)
