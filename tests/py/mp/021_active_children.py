# active_children() lists the started children that have not ended yet
from multiprocessing import Process, Event, active_children


def wait_for(e):
    e.wait()


if __name__ == '__main__':
    e = Event()
    ps = [Process(target=wait_for, args=(e,), name='w%d' % i) for i in range(3)]
    print(active_children())
    for p in ps:
        p.start()
    print(sorted(c.name for c in active_children()))
    print(all(c in ps for c in active_children()))
    e.set()
    for p in ps:
        p.join()
    print(active_children())
