# queue.Queue with threads: task_done/join, Full, Empty, maxsize
import queue
import threading

if __name__ == '__main__':
    q = queue.Queue()
    done = []

    def worker():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                break
            done.append(item * 2)
            q.task_done()

    t = threading.Thread(target=worker)
    t.start()
    for i in range(5):
        q.put(i)
    q.join()
    print(done)
    q.put(None)
    t.join()
    b = queue.Queue(maxsize=1)
    b.put(1)
    print(b.full(), b.qsize(), b.empty())
    try:
        b.put(2, timeout=0.02)
    except queue.Full:
        print('Full')
    b.get()
    try:
        b.get_nowait()
    except queue.Empty:
        print('Empty')
    try:
        b.task_done()
        b.task_done()
    except ValueError as e:
        print('ValueError:', e)
