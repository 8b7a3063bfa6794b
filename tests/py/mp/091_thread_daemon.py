# daemon threads: inherited flag, not waited for at exit; non-daemon threads are
import threading
import time


def forever():
    time.sleep(30)
    print('never')


def late():
    time.sleep(0.2)
    print('non-daemon thread finished after main code')


if __name__ == '__main__':
    d = threading.Thread(target=forever, daemon=True)
    print(d.daemon, threading.current_thread().daemon)
    d.start()
    try:
        d.daemon = False
    except RuntimeError as e:
        print('RuntimeError:', e)
    t = threading.Thread(target=late)
    print(t.daemon)
    t.start()
    print('main code ends')
