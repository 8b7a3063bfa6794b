# An exception raised in a worker of a Pool or of a ProcessPoolExecutor comes back to the
# caller with the worker's traceback as its cause (a RemoteTraceback, as CPython words
# it), naming the line of the function that raised; uncaught, the program's report shows
# both (its last line is checked).
import concurrent.futures
import multiprocessing
import os
from multiprocessing import Pool


def divide(x):
    return 10 // x


def check(e):
    cause = e.__cause__
    print(type(e).__name__, e)
    print(type(cause).__module__, type(cause).__name__, e.__suppress_context__)
    lines = str(cause).splitlines()
    print(repr(lines[0]), repr(lines[1]), repr(lines[-1]))
    # The program's folder differs from run to run.
    mine = [line.strip().replace(os.getcwd() + '/', '') for line in lines
            if 'divide' in line or '10 //' in line]
    print(mine[-2:])


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.apply_async(divide, (0,)).get()
        except ZeroDivisionError as e:
            check(e)
        try:
            pool.map(divide, [1, 0, 2])
        except ZeroDivisionError as e:
            check(e)
    with concurrent.futures.ProcessPoolExecutor(2) as ex:
        try:
            ex.submit(divide, 0).result()
        except ZeroDivisionError as e:
            check(e)
    with Pool(1) as pool:
        pool.map(divide, [0])
