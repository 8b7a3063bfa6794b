# a function defined inside the __main__ guard pickles by name, but the child cannot find it
from multiprocessing import Process

if __name__ == '__main__':
    def hidden():
        print('never printed')

    p = Process(target=hidden)
    p.start()
    p.join()
    print('exitcode', p.exitcode)
