# Threads take turns where CPython 3.11 hands over the GIL (a loop's back edge, a call),
# never inside a statement: `n += 1` in four threads loses no update, and neither does a
# manager's method run by its server threads for three processes at once.
import threading
from multiprocessing import Process
from multiprocessing.managers import BaseManager

n = 0


def inc():
    global n
    for _ in range(50000):
        n += 1


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def get(self):
        return self.balance


class Bank(BaseManager):
    pass


Bank.register('Account', Account)


def customer(account):
    for _ in range(50):
        account.deposit(1)


if __name__ == '__main__':
    threads = [threading.Thread(target=inc) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('n =', n)
    with Bank() as bank:
        account = bank.Account()
        customers = [Process(target=customer, args=(account,)) for _ in range(3)]
        for c in customers:
            c.start()
        for c in customers:
            c.join()
        print('balance', account.get())
