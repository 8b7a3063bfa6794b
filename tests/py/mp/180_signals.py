# signal: handlers set in children run on their main thread when terminate() or os.kill
# sends the signal (sys.exit from one ends the child cleanly, a returning one lets it sleep
# on, one that raises raises where the child stood); SIG_IGN, SIGINT as KeyboardInterrupt,
# kill() through an ignored SIGTERM, exit codes named by signal, and CPython's errors.
import os
import signal
import sys
import time
from multiprocessing import Event, Process, Queue


def graceful(ready, q):
    def on_term(signum, frame):
        q.put(("handler", signum, signal.Signals(signum).name, frame is None or True))
        sys.exit(0)
    signal.signal(signal.SIGTERM, on_term)
    try:
        # Inside the try: the signal may come while set() still runs.
        ready.set()
        time.sleep(30)
    finally:
        q.put("finally ran")


def stubborn(ready, q):
    calls = []
    def on_term(signum, frame):
        calls.append(signum)
        q.put(("ignored once", len(calls)))
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    t = time.monotonic()
    time.sleep(0.5)
    q.put(("slept through", time.monotonic() - t >= 0.45, calls))


def ignorer(ready, q):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(0.3)
    q.put("ignorer done")


def raiser(ready, q):
    def on_usr1(signum, frame):
        raise RuntimeError("from the handler")
    signal.signal(signal.SIGUSR1, on_usr1)
    try:
        ready.set()
        while True:
            time.sleep(0.01)
    except RuntimeError as e:
        q.put(("caught", str(e)))


def interrupted(ready, q):
    try:
        ready.set()
        time.sleep(30)
    except KeyboardInterrupt:
        q.put("KeyboardInterrupt")


def run(target, send, wait_for=1):
    ready, q = Event(), Queue()
    p = Process(target=target, args=(ready, q))
    p.start()
    ready.wait()
    send(p)
    got = [q.get() for _ in range(wait_for)]
    p.join()
    print(target.__name__, got, p.exitcode)


if __name__ == "__main__":
    print(signal.SIGTERM, repr(signal.SIGTERM), signal.SIGTERM == 15, signal.Signals(9).name)
    print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.getsignal(signal.SIGTERM)))
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
    print(repr(signal.getsignal(signal.SIGPIPE)), signal.NSIG, repr(signal.SIGIOT), repr(signal.SIGCLD))
    print([signal.strsignal(n) for n in (1, 2, 9, 15, 17, 34, 64)])
    print(len(signal.valid_signals()), sorted(signal.valid_signals())[:3])
    for args in [(99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_IGN),
                 (32, signal.SIG_IGN), (signal.SIGTERM, 5), ("x", signal.SIG_DFL), (0, signal.SIG_DFL)]:
        try:
            signal.signal(*args)
        except Exception as e:
            print(type(e).__name__, e)
    for n in (0, 65):
        try:
            signal.strsignal(n)
        except ValueError as e:
            print("strsignal", n, e)
    old = signal.signal(signal.SIGUSR1, lambda s, f: print("USR1 handled", s))
    print(repr(old), signal.getsignal(signal.SIGUSR1).__name__)
    signal.raise_signal(signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after raise")
    print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)).startswith("<function"))
    signal.raise_signal(signal.SIGUSR1)
    print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
    signal.raise_signal(signal.SIGCHLD)
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt as e:
        print("raise_signal(SIGINT):", repr(e))
    try:
        os.kill(999999, 0)
    except ProcessLookupError as e:
        print(type(e).__name__, e, e.errno)
    try:
        os.kill(os.getpid(), 99)
    except OSError as e:
        print(type(e).__name__, e)
    os.kill(os.getpid(), 0)

    run(graceful, lambda p: p.terminate(), 2)
    run(stubborn, lambda p: p.terminate(), 2)
    run(ignorer, lambda p: p.terminate())
    run(raiser, lambda p: os.kill(p.pid, signal.SIGUSR1))
    run(interrupted, lambda p: os.kill(p.pid, signal.SIGINT))

    # Ignoring SIGTERM does not protect from kill().
    ready, q = Event(), Queue()
    p = Process(target=ignorer, args=(ready, q))
    p.start()
    ready.wait()
    p.terminate()
    p.kill()
    p.join()
    print("killed", p.exitcode, repr(p).split()[-1])

    # A default signal ends a child with minus its number.
    ready, q = Event(), Queue()
    p = Process(target=interrupted, args=(ready, q))
    p.start()
    ready.wait()
    os.kill(p.pid, 0)
    os.kill(p.pid, signal.SIGUSR2)
    p.join()
    print("USR2", p.exitcode, repr(p).split()[-1])
    try:
        os.kill(p.pid, 0)
    except ProcessLookupError as e:
        print("joined:", e)

    def in_thread():
        try:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        except ValueError as e:
            print("thread:", e)
    import threading
    t = threading.Thread(target=in_thread)
    t.start()
    t.join()
