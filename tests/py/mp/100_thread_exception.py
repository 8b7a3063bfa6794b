# an exception in a thread goes to threading.excepthook (stderr); the main thread carries on
import threading


def bad():
    raise RuntimeError('thread failed')


if __name__ == '__main__':
    t = threading.Thread(target=bad)
    t.start()
    t.join()
    print('main continues, alive:', t.is_alive())
    seen = []
    threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    t = threading.Thread(target=bad, name='hooked')
    t.start()
    t.join()
    print(seen)
