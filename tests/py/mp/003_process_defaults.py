# attributes of a Process that was never started; run() without a target does nothing
from multiprocessing import Process

if __name__ == '__main__':
    p = Process()
    print('name', p.name)
    print('daemon', p.daemon)
    print('pid', p.pid)
    print('ident', p.ident)
    print('exitcode', p.exitcode)
    print('alive', p.is_alive())
    print('run ->', p.run())
    q = Process(daemon=True)
    print('daemon kw', q.daemon)
    try:
        p.join()
    except AssertionError as e:
        print('join before start: AssertionError', e)
    p.start()
    p.join()
    print('exitcode', p.exitcode)
