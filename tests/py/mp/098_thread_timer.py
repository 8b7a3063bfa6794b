# threading.Timer fires once after its interval; cancel() before it fires prevents it
import threading

if __name__ == '__main__':
    log = []
    t = threading.Timer(0.05, log.append, args=('fired',))
    t.start()
    t.join()
    print(log)
    c = threading.Timer(5, log.append, args=('should not fire',))
    c.start()
    c.cancel()
    c.join()
    print(log, c.is_alive())
    k = threading.Timer(0.01, lambda **kw: log.append(kw), kwargs={'x': 1})
    k.start()
    k.join()
    print(log)
