# Manager() without with: start/shutdown; proxies fail after shutdown
from multiprocessing import Manager

if __name__ == '__main__':
    m = Manager()
    d = m.dict(a=1)
    print(dict(d))
    m.shutdown()
    try:
        d['a']
        print('still works?!')
    except Exception as e:
        print('after shutdown:', isinstance(e, (OSError, EOFError)))
