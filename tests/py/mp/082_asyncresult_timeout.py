# AsyncResult: get(timeout) raises multiprocessing.TimeoutError, wait(timeout) returns None
import re
import time
import multiprocessing
from multiprocessing import Pool


def slow(x):
    time.sleep(0.4)
    return x


if __name__ == '__main__':
    with Pool(1) as p:
        r = p.apply_async(slow, (7,))
        print('ready', r.ready())
        try:
            r.successful()
        except ValueError as e:
            print('ValueError:', re.sub(r' at 0x[0-9a-fA-F]+', '', str(e)))
        try:
            r.get(timeout=0.05)
        except multiprocessing.TimeoutError as e:
            print('TimeoutError', repr(str(e)), isinstance(e, TimeoutError))
        print('wait(0.05) ->', r.wait(0.05), r.ready())
        print(r.get(timeout=5), r.ready(), r.successful())
        print(r.wait(), r.wait(0))
