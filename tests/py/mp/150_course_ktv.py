# course example 1 (信号量, c01_semaphore_ktv.py) with short sleeps: 20 visitors instead of 100,
# 0.05-0.1 s instead of 5-10 s, and the children joined (see the README). Lines are compared sorted.
import time
import random
from multiprocessing import Process,Semaphore
def ktv(name,sem):
    sem.acquire()
    print("%s走进了ktv"%name)
    time.sleep(random.randint(5,10) / 100)
    print("%s走出了ktv" % name)
    sem.release()

if __name__ == '__main__':
    sem = Semaphore(4)
    ps = []
    for i in range(20):
        p = Process(target=ktv,args = ('name%s'%i,sem))
        p.start()
        ps.append(p)
    for p in ps:
        p.join()
