# default names count every Process object created in this process
from multiprocessing import Process


def nothing():
    pass


if __name__ == '__main__':
    ps = [Process(target=nothing) for _ in range(3)]
    print([p.name for p in ps])
    named = Process(target=nothing, name='custom')
    after = Process(target=nothing)
    print(named.name, after.name)
    ps[0].start()
    ps[0].join()
    print(Process(target=nothing).name)
