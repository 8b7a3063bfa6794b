# 红绿灯 一种实际问题 演示
import time
import random
from multiprocessing import Event,Process
def traffic_light(e):
    print('\033[1;31m红灯亮\033[0m')
    while True:
        time.sleep(2)
        if e.is_set(): # 如果当前是绿灯
            print('\033[1;31m红灯亮\033[0m') # 先打印红灯亮
            e.clear() # 再把灯改成红色
        else : # 当前是红灯
            print('\033[1;32m绿灯亮\033[0m') # 先打印绿灯亮
            e.set() # 再把灯变绿色
def car(e,carname):
    if not e.is_set():
        print('%s正在等待通过'%carname)
        e.wait()
    print('%s正在通过'%carname)
if __name__ == '__main__':
    e = Event()
    p = Process(target=traffic_light,args = (e,))
    p.start()
    for i in range(100):
        time.sleep(random.randrange(0,3))
        p = Process(target=car, args=(e,'car%s'%i))
        p.start()
