# subclassing Thread with run(); results kept on the instance
import threading


class Summer(threading.Thread):
    def __init__(self, nums):
        super().__init__()
        self.nums = nums
        self.total = None

    def run(self):
        self.total = sum(self.nums)


class Named(threading.Thread):
    def run(self):
        print('run in', self.name, threading.current_thread() is self)


if __name__ == '__main__':
    ts = [Summer(range(i * 10)) for i in range(1, 4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print([t.total for t in ts])
    print([t.name for t in ts])
    n = Named(name='named-thread')
    n.start()
    n.join()
