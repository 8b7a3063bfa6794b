# Run once when the page has loaded, on the simulator in a worker nobody sees: it compiles
# the interpreter's common paths (parsing, calls, classes, pickling, queues, locks, pools)
# ahead of the first run, since every worker of the page shares the compiled module.

import os
import random
import time
from multiprocessing import Event, Lock, Pool, Process, Queue, Semaphore


class Room:
    def __init__(self, name):
        self.name = name
        self.guests = []

    def __repr__(self):
        return f"Room({self.name!r}, {len(self.guests)})"


def sing(name, sem, lock, q, done):
    with sem:
        with lock:
            room = Room("%s ktv" % name)
            room.guests.append({"name": name, "pid": os.getpid(), "song": random.randint(5, 10)})
            q.put((name, repr(room), [n * n for n in range(20)]))
    time.sleep(0.01)
    done.set()


def square(x):
    try:
        return {"x": x, "y": x * x, "s": str(x).zfill(3)}
    except ValueError as e:
        return e


if __name__ == "__main__":
    sem, lock, q, done = Semaphore(2), Lock(), Queue(), Event()
    ps = [Process(target=sing, args=("name%s" % i, sem, lock, q, done)) for i in range(6)]
    for p in ps:
        p.start()
    got = sorted(q.get()[0] for _ in ps)
    for p in ps:
        p.join()
    with Pool(2) as pool:
        total = sum(r["y"] for r in pool.map(square, range(40)))
    words = {}
    for i in range(3000):
        key = "k%d" % (i % 50)
        words[key] = words.get(key, 0) + len(str(i))
    print(len(got), total, sum(words.values()), done.is_set())
