# Condition between processes: wait/notify, wait(timeout) -> False, wait_for, errors without the lock
from multiprocessing import Condition, Process, Value


def producer(cond, box):
    with cond:
        box.value = 42
        cond.notify()


if __name__ == '__main__':
    cond = Condition()
    box = Value('i', 0)
    with cond:
        print('wait timeout ->', cond.wait(0.05))
        p = Process(target=producer, args=(cond, box))
        p.start()
        got = cond.wait_for(lambda: box.value != 0, timeout=5)
        print('wait_for ->', got, box.value)
    p.join()
    with cond:
        print('wait_for already true ->', cond.wait_for(lambda: True))
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError:', e)
