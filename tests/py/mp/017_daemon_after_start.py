# setting daemon after start() is an AssertionError
from multiprocessing import Process


def nothing():
    pass


if __name__ == '__main__':
    p = Process(target=nothing)
    p.daemon = True
    print('daemon before start', p.daemon)
    p.daemon = False
    p.start()
    try:
        p.daemon = True
    except AssertionError as e:
        print('AssertionError:', e)
    p.join()
    print('daemon', p.daemon, 'exitcode', p.exitcode)
