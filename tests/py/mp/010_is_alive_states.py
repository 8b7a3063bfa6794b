# is_alive before start, while running, after the child finished
from multiprocessing import Process, Event


def wait_for(e):
    e.wait()


if __name__ == '__main__':
    e = Event()
    p = Process(target=wait_for, args=(e,))
    print('before start', p.is_alive())
    p.start()
    print('running', p.is_alive())
    e.set()
    p.join()
    print('after join', p.is_alive())
