# sys.exit(n) in a child sets its exitcode
import sys
from multiprocessing import Process


def leave(arg):
    if arg == 'noarg':
        sys.exit()
    sys.exit(arg)


def returns():
    return 5


if __name__ == '__main__':
    for arg in [3, 0, None, 'noarg', 'a message', True, 255]:
        p = Process(target=leave, args=(arg,))
        p.start()
        p.join()
        print(repr(arg), '->', p.exitcode)
    p = Process(target=returns)
    p.start()
    p.join()
    print('return value ignored ->', p.exitcode)
