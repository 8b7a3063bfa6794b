# threading.Condition: producer/consumer with wait_for and notify; errors without the lock
import threading

items = []
cond = threading.Condition()
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


if __name__ == '__main__':
    c = threading.Thread(target=consumer, args=(5,))
    c.start()
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
    c.join()
    print(consumed)
    with cond:
        print(cond.wait(0.02), cond.wait_for(lambda: False, timeout=0.02))
    for name, fn in [('wait', cond.wait), ('notify', cond.notify), ('notify_all', cond.notify_all)]:
        try:
            fn()
        except RuntimeError as e:
            print(name, 'RuntimeError:', e)
