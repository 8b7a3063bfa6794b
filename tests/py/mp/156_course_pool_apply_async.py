# course example 7 (进程池 apply_async + get, c07_pool_apply_async_get.py) with 0.01 s instead of 1 s
import time
from multiprocessing import Pool  # 池
def func(i):
    i -= 1
    time.sleep(0.01)
    return i**2

# 你的池中打算放多少个进程,个数cpu的个数 * 1|2
if __name__ == '__main__':
    p = Pool(5)
    l = []
    for i in range(100):
        ret = p.apply_async(func,args=(i,))  # 自动带join  异步的  apply_async异步提交任务
        l.append(ret)
    for ret in l:
        print(ret.get())
