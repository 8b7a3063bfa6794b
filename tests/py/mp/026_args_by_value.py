# arguments are pickled: a child's changes to them are not seen by the parent
from multiprocessing import Process, Queue


class Box:
    def __init__(self, v):
        self.v = v


def mutate(lst, d, box, q):
    lst.append('child')
    d['child'] = True
    box.v += 100
    q.put((lst, d, box.v))


if __name__ == '__main__':
    lst = [1, 2]
    d = {'a': 1}
    box = Box(1)
    q = Queue()
    p = Process(target=mutate, args=(lst, d, box, q))
    p.start()
    print('child saw', q.get())
    p.join()
    print('parent has', lst, d, box.v)
