# starting a process twice is an AssertionError, even after it finished
from multiprocessing import Process


def nothing():
    pass


if __name__ == '__main__':
    p = Process(target=nothing)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    print(p.exitcode)
