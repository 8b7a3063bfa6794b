# Ten buyers, one ticket counter: the Lock lets one process at a time read and write it.
import time
from multiprocessing import Process, Lock, Value


def buy(lock, tickets, n):
    with lock:
        left = tickets.value
        time.sleep(0.2)
        if left > 0:
            tickets.value = left - 1
            print(f'buyer {n} got a ticket, {left - 1} left')
        else:
            print(f'buyer {n}: sold out')


if __name__ == '__main__':
    lock = Lock()
    tickets = Value('i', 3, lock=False)
    buyers = [Process(target=buy, args=(lock, tickets, n)) for n in range(10)]
    for b in buyers:
        b.start()
    for b in buyers:
        b.join()
