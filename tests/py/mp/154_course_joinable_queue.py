# course example 5 (JoinableQueue, c05_joinablequeue.py) with sleeps / 10. Which consumer gets which
# food is a race, so consumers print the food without their name, with flush=True: they are daemons,
# terminated when the main code ends, and a buffered line would be lost. Lines are compared sorted.
import  time
from multiprocessing import JoinableQueue,Process

def consumer(name,q):
    while True:
        food = q.get()
        time.sleep(0.1)
        print('有人消费了%s'%(food), flush=True)
        q.task_done()

def producer(name,food,num,q):
    '''生产者'''
    for i in range(num):
        time.sleep(0.03)
        foodi = food + str(i)
        print('%s生产了%s'%(name,foodi))
        q.put(foodi)
    q.join() # 消费者消费完毕之后会结束阻塞
if __name__ == '__main__':
    q = JoinableQueue()
    p1 = Process(target=producer, args=('宝元', '泔水', 20, q))
    c1 = Process(target=consumer, args=('alex', q))
    c2 = Process(target=consumer, args=('wusir', q))
    c1.daemon = True
    c2.daemon = True
    p1.start()
    c1.start()
    c2.start()
    p1.join()
    print('生产者结束', p1.exitcode)
