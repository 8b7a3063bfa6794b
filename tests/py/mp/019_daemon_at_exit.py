# when the main code ends, daemon children are terminated, then non-daemon children are waited for
import time
from multiprocessing import Process, Event


def forever(e):
    print('daemon started', flush=True)
    e.set()
    time.sleep(30)
    print('daemon never gets here', flush=True)


def finisher(e, running):
    running.set()
    e.wait()
    time.sleep(0.3)
    print('non-daemon finished after main code ended', flush=True)


if __name__ == '__main__':
    e = Event()
    running = Event()
    d = Process(target=forever, args=(e,), daemon=True)
    n = Process(target=finisher, args=(e, running))
    d.start()
    n.start()
    e.wait()
    # both children must have unpickled their arguments before the main code ends: CPython
    # unlinks its named semaphores at exit before it joins the children
    running.wait()
    print('main code ends', flush=True)
