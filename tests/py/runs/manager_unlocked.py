# The course's Manager example without the lock (its commented-out variant): each
# `d['count'] -= 1` is a read request then a write request, so updates can be lost.
from multiprocessing import Manager,Process
def work(d):
    d['count'] -= 1

if __name__ == '__main__':
    m = Manager()
    dic=m.dict({'count':100})
    p_l=[]
    for i in range(100):
        p=Process(target=work,args=(dic,))
        p_l.append(p)
        p.start()
    for p in p_l:
        p.join()
    print(dic)
