from multiprocessing import Queue,Process

def consumer(q):
    print(
       '子进程 :', q.get()
    )


if __name__ == '__main__':
    q = Queue()
    p = Process(target=consumer,args=(q,))
    p.start()
    q.put('hello,world')
