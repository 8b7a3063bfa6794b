# close(): not while running; afterwards most methods raise ValueError
import time
from multiprocessing import Process


def nap():
    time.sleep(0.2)


if __name__ == '__main__':
    p = Process(target=nap)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print('ValueError:', e)
    p.join()
    p.close()
    p.close()
    print('closed twice fine')
    for what in ['pid', 'exitcode', 'ident', 'sentinel']:
        try:
            getattr(p, what)
            print(what, 'ok')
        except ValueError as e:
            print(what, 'ValueError:', e)
    for meth in ['is_alive', 'join', 'terminate', 'kill', 'start']:
        try:
            getattr(p, meth)()
            print(meth, 'ok')
        except ValueError as e:
            print(meth, 'ValueError:', e)
    print('name still readable:', p.name)
