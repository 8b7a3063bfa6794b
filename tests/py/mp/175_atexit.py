# atexit: a process calls its functions at the end, the last registered first, with their
# arguments; a spawned child, which re-runs the module's top level and so registers them
# too, calls them after its target returns. multiprocessing's own exit function, registered
# at the first process started, joins the children: functions registered before it run
# after it, and a function registered after the children started runs before they are
# joined.
import atexit
import multiprocessing
import time


def goodbye(who, *, mark='!'):
    print('goodbye from', who, multiprocessing.current_process().name + mark, flush=True)


def work(n):
    time.sleep(0.2 * n)
    print('child', n, 'done', flush=True)


atexit.register(goodbye, 'top level')
atexit.register(goodbye, 'removed')
atexit.unregister(goodbye)
atexit.register(goodbye, 'registered at import', mark='?')

if __name__ == '__main__':
    for n in (1, 2):
        multiprocessing.Process(target=work, args=(n,)).start()
    atexit.register(print, 'after the starts: before the children are joined', flush=True)
    try:
        atexit.register('not callable')
    except TypeError as e:
        print(e)
    print('main code done', flush=True)
