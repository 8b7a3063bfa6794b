# course example 4 (生产者消费者模型, c04_producer_consumer.py) with sleeps / 10. Which consumer eats
# which food is a race, so consumers print the food without their name; consumers are joined and
# the main process checks every food was eaten once. Lines are compared sorted.
import time
from multiprocessing import Queue,Process

def producer(name,food,num,q):
    '''生产者'''
    for i in range(num):
        time.sleep(0.03)
        foodi = food + str(i)
        print('%s生产了%s'%(name,foodi))
        q.put(foodi)

def consumer(name,q,eaten):
    while True:
        food = q.get()   # 等待接收数据
        if food == None:break
        print('有人吃了%s'%(food))
        eaten.put(food)
        time.sleep(0.1)

if __name__ == '__main__':
    q = Queue(maxsize=10)
    eaten = Queue()
    p1 = Process(target=producer,args = ('宝元','泔水',20,q))
    p2 = Process(target=producer,args = ('战山','鱼刺',10,q))
    c1 = Process(target=consumer, args=('alex', q, eaten))
    c2 = Process(target=consumer, args=('wusir', q, eaten))
    p1.start()   # 开始生产
    p2.start()   # 开始生产
    c1.start()
    c2.start()
    p1.join()    # 生产者结束生产了
    p2.join()    # 生产者结束生产了
    q.put(None)  # put None 操作永远放在所有的生产者结束生产之后
    q.put(None)  # 有几个消费者 就put多少个None
    all_food = sorted(eaten.get() for _ in range(30))
    c1.join()
    c2.join()
    assert all_food == sorted(['泔水%d' % i for i in range(20)] + ['鱼刺%d' % i for i in range(10)])
    print('全部吃完', len(all_food))
