# course example 8 (回调函数, c08_pool_callback.py) with sleeps / 100. Pids differ between runs, so
# instead of printing them it prints whether the callback ran in the main process (it does).
# Callbacks run in completion order: lines are compared sorted.
import os
import time
import random
from multiprocessing import Pool  # 池
def func(i):     # [2,1,1,5,0,0.2]
    i -= 1
    time.sleep(random.uniform(0,0.02))
    return i**2

def back_func(args):
    print(args,os.getpid() == MAIN_PID)

if __name__ == '__main__':
    MAIN_PID = os.getpid()
    print('main')
    p = Pool(5)
    l = []
    for i in range(100):
        ret = p.apply_async(func,args=(i,),callback=back_func)  # 5个任务
    p.close()
    p.join()
