# os._exit ends a process at once with its status as a byte (0, 7, 265 -> 9, -1 -> 255):
# no finally block, no exit function, no wait for a non-daemon thread; in the main process
# it is the run's exit code.
import atexit
import os
import threading
import time
from multiprocessing import Process, Queue


def child(q, code):
    q.put("started %d" % code)
    # os._exit does not wait for the queue's feeder thread: flush it first.
    q.close()
    q.join_thread()
    try:
        os._exit(code)
    finally:
        q.put("finally ran")


def loop_in_thread():
    threading.Thread(target=lambda: time.sleep(30), daemon=False).start()
    os._exit(5)


if __name__ == "__main__":
    atexit.register(lambda: print("atexit ran"))
    q = Queue()
    for code in (0, 7, 256 + 9, -1):
        p = Process(target=child, args=(q, code))
        p.start()
        p.join()
        print(q.get(), p.exitcode)
    p = Process(target=loop_in_thread)
    p.start()
    p.join()
    print("non-daemon thread left behind:", p.exitcode)
    try:
        print("before", flush=True)
        os._exit(3)
    finally:
        print("finally ran")
