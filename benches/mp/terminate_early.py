# 40 children, each terminated 1 ms after its start() and joined. One whose worker is not
# up yet has not begun to run: it ends at once, and join() need not wait for it to come up.
import time
from multiprocessing import Process


def child():
    pass


if __name__ == '__main__':
    for i in range(40):
        p = Process(target=child)
        p.start()
        time.sleep(0.001)
        p.terminate()
        p.join()
    print("joined", i + 1)
