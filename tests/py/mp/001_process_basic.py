# Process(target, args): start, join, exitcode 0
from multiprocessing import Process


def greet(name, times):
    for i in range(times):
        print('hello', name, i)


if __name__ == '__main__':
    p = Process(target=greet, args=('alice', 3))
    print('exitcode before start:', p.exitcode)
    p.start()
    p.join()
    print('exitcode after join:', p.exitcode)
    print('alive:', p.is_alive())
