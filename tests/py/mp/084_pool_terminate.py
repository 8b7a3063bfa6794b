# terminate() stops workers without finishing outstanding tasks
import time
from multiprocessing import Pool


def sleepy(x):
    time.sleep(0.3)
    return x


if __name__ == '__main__':
    p = Pool(2)
    rs = [p.apply_async(sleepy, (i,)) for i in range(10)]
    time.sleep(0.05)
    t0 = time.monotonic()
    p.terminate()
    p.join()
    print('terminated quickly:', time.monotonic() - t0 < 2)
    print('all ready:', all(r.ready() for r in rs))
