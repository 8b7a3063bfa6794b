# sys.modules: the modules imported so far, by name; a child's __main__ is __mp_main__
import sys
import os
from multiprocessing import Process

def child():
    print('child', sys.modules['__main__'].__name__, 'multiprocessing' in sys.modules, sys.modules['__mp_main__'] is sys.modules['__main__'])

if __name__ == '__main__':
    print(sys.modules['__main__'].__name__, 'os' in sys.modules, type(sys.modules).__name__)
    print(sys.modules['sys'] is sys, 'json' in sys.modules)
    import math
    print('math' in sys.modules, sys.modules['math'] is math)
    try:
        import nosuchmodule
    except ImportError:
        print('nosuchmodule' in sys.modules)
    p = Process(target=child)
    p.start()
    p.join()
