# 1200 processes, each terminated while connected to a manager: a connection whose process
# was ended without a goodbye reads as ended at the server (as a socket does when the
# process at its other end dies), so its channels come back and the next ones have room.
import time
from multiprocessing import Event, Manager, Process


def visit(d, i, visited):
    d[i % 10] = i
    visited.set()
    time.sleep(60)


if __name__ == '__main__':
    with Manager() as m:
        d = m.dict()
        visited = Event()
        for i in range(1200):
            p = Process(target=visit, args=(d, i, visited))
            p.start()
            visited.wait()
            visited.clear()
            p.terminate()
            p.join()
            if p.exitcode != -15:
                print("process", i, "ended with", p.exitcode)
                break
        print(sorted(d.items()))
