# course example 2 (事件 Event, c02_event_traffic_light.py) with short sleeps: the light changes every
# 0.2 s instead of 2 s, 10 cars instead of 100 arrive 0, 0.1 or 0.2 s apart instead of 0-2 s.
# Whether a car has to wait depends on timing, so the light's lines and the "waiting" lines go to
# stderr; every car passing is deterministic (compared sorted). The light is stopped at the end.
import sys
import time
import random
from multiprocessing import Event,Process
def traffic_light(e):
    print('\033[1;31m红灯亮\033[0m', file=sys.stderr)
    while True:
        time.sleep(0.2)
        if e.is_set(): # 如果当前是绿灯
            print('\033[1;31m红灯亮\033[0m', file=sys.stderr) # 先打印红灯亮
            e.clear() # 再把灯改成红色
        else : # 当前是红灯
            print('\033[1;32m绿灯亮\033[0m', file=sys.stderr) # 先打印绿灯亮
            e.set() # 再把灯变绿色
def car(e,carname):
    if not e.is_set():
        print('%s正在等待通过'%carname, file=sys.stderr)
        e.wait()
    print('%s正在通过'%carname)
if __name__ == '__main__':
    e = Event()
    p = Process(target=traffic_light,args = (e,))
    p.start()
    cars = []
    for i in range(10):
        time.sleep(random.randrange(0,3) / 10)
        c = Process(target=car, args=(e,'car%s'%i))
        c.start()
        cars.append(c)
    for c in cars:
        c.join()
    p.terminate()
    p.join()
    print('红绿灯', p.exitcode)
