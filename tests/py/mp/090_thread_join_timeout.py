# Thread.join(timeout) returns None; check is_alive() to know whether it finished
import threading
import time

if __name__ == '__main__':
    e = threading.Event()
    t = threading.Thread(target=e.wait, args=(5,))
    t.start()
    print(t.join(0.05), t.is_alive())
    e.set()
    t.join()
    print(t.is_alive())
    s = threading.Thread(target=time.sleep, args=(0.05,))
    s.start()
    s.join(timeout=2)
    print(s.is_alive())
