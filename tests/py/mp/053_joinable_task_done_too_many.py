# task_done() more often than items were put raises ValueError
from multiprocessing import JoinableQueue

if __name__ == '__main__':
    q = JoinableQueue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    q.put('a')
    q.put('b')
    print(q.get(), q.get())
    q.task_done()
    q.task_done()
    q.join()
    print('joined')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
