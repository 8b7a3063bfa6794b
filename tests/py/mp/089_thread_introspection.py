# current_thread, main_thread, active_count, enumerate, get_ident
import threading


def waiter(e):
    e.wait()


if __name__ == '__main__':
    print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
    print(threading.active_count(), [t.name for t in threading.enumerate()])
    e = threading.Event()
    ts = [threading.Thread(target=waiter, args=(e,), name='w%d' % i) for i in range(3)]
    for t in ts:
        t.start()
    print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
    e.set()
    for t in ts:
        t.join()
    print(threading.active_count())
    print(isinstance(threading.get_ident(), int), threading.main_thread().ident == threading.get_ident())
