# qsize/empty after the items are through; close() then put/get raise ValueError; join_thread
import re
import time
from multiprocessing import Queue

if __name__ == '__main__':
    q = Queue()
    print(q.empty(), q.qsize())
    for i in range(3):
        q.put(i)
    time.sleep(0.1)
    print(q.empty(), q.qsize())
    print(q.get(), q.get(), q.get())
    print(q.empty(), q.qsize())
    q.put('last')
    q.close()
    q.join_thread()
    for name, fn in [('put', lambda: q.put(1)), ('get', q.get)]:
        try:
            fn()
        except ValueError as e:
            print(name, 'ValueError:', re.sub(r' at 0x[0-9a-fA-F]+', '', str(e)))
