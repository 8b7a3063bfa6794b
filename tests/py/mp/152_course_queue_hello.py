# course example 3 (进程间通信 Queue, c03_queue_hello.py); the only change: the child is joined,
# so the main process does not end (and unlink the queue's semaphores) before the child has started
from multiprocessing import Queue,Process

def consumer(q):
    print(
       '子进程 :', q.get()
    )


if __name__ == '__main__':
    q = Queue()
    p = Process(target=consumer,args=(q,))
    p.start()
    q.put('hello,world')
    p.join()
