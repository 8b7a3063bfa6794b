# globals: the child starts from the module as imported, and its changes stay in the child
from multiprocessing import Process, Queue

counter = 0
setting = 'module default'


def bump(q):
    global counter
    counter += 10
    q.put((counter, setting))


if __name__ == '__main__':
    setting = 'changed in main block'
    counter = 5
    q = Queue()
    p = Process(target=bump, args=(q,))
    p.start()
    print('child:', q.get())
    p.join()
    print('parent:', counter, setting)
