# calling run() directly executes the target in the calling process
import os
from multiprocessing import Process, current_process

here = []


def f(x):
    here.append(x)
    return x


if __name__ == '__main__':
    p = Process(target=f, args=(7,))
    p.run()
    print('ran in this process:', here)
    print('still not started:', p.pid is None, p.is_alive())
    print(current_process().name)
