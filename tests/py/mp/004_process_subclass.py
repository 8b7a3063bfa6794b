# subclassing Process: __init__ with super().__init__(), run() override; attributes travel with the object
import os
from multiprocessing import Process, Queue


class Worker(Process):
    def __init__(self, n, q):
        super().__init__()
        self.n = n
        self.q = q

    def run(self):
        self.q.put((self.name, self.n * self.n, os.getpid() == self.pid))


class Named(Process):
    def __init__(self, label):
        super().__init__(name='named-' + label)
        self.label = label

    def run(self):
        print('running', self.name, self.label)


if __name__ == '__main__':
    q = Queue()
    ws = [Worker(i, q) for i in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print(sorted(q.get() for _ in ws))
    print([w.exitcode for w in ws])
    n = Named('z')
    n.start()
    n.join()
    print(n.name, n.exitcode)
