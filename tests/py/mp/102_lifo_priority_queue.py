# queue.LifoQueue and queue.PriorityQueue orders; SimpleQueue
import queue

if __name__ == '__main__':
    l = queue.LifoQueue()
    for i in range(4):
        l.put(i)
    print([l.get() for _ in range(4)])
    p = queue.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
        p.put(item)
    print([p.get() for _ in range(4)])
    s = queue.SimpleQueue()
    s.put('x')
    print(s.get(), s.empty(), s.qsize())
    try:
        s.get(timeout=0.01)
    except queue.Empty:
        print('Empty')
