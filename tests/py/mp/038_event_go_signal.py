# several processes wait on one Event and all proceed once it is set
from multiprocessing import Event, Process, Queue


def runner(i, go, q):
    ok = go.wait(5)
    q.put((i, ok))


if __name__ == '__main__':
    go = Event()
    q = Queue()
    ps = [Process(target=runner, args=(i, go, q)) for i in range(4)]
    for p in ps:
        p.start()
    print('results before set', q.empty())
    go.set()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
