# A child inherits the signals its parent ignores (SIG_IGN survives exec, so spawn and
# fork agree): terminate() does not end it until the parent restores SIGTERM's default
# before starting the next child; kill() always does. A Python handler is not inherited
# by a spawned child, so it is set in the child here.
import multiprocessing as mp
import signal
import time


def report(q):
    q.put((signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1)))
    time.sleep(30)


def handled(q):
    signal.signal(signal.SIGTERM, lambda signum, frame: q.put("handled %d" % signum))
    q.put("ready")
    time.sleep(0.5)
    q.put("slept")


if __name__ == "__main__":
    q = mp.Queue()
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    p = mp.Process(target=report, args=(q,))
    p.start()
    print("child sees", q.get())
    p.terminate()
    p.join(0.5)
    print("after terminate, alive:", p.is_alive())
    p.kill()
    p.join()
    print("after kill:", p.exitcode)

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    p = mp.Process(target=report, args=(q,))
    p.start()
    print("child sees", q.get())
    p.terminate()
    p.join()
    print("after terminate:", p.exitcode)

    p = mp.Process(target=handled, args=(q,))
    p.start()
    print(q.get())
    p.terminate()
    print(q.get(), "/", q.get())
    p.join()
    print("handler child:", p.exitcode)
