# several processes append to one file; the parent reads it back afterwards
from multiprocessing import Process, Lock


def append_lines(path, tag, n, lock):
    for i in range(n):
        with lock:
            with open(path, 'a', encoding='utf-8') as f:
                f.write('%s-%d\n' % (tag, i))


if __name__ == '__main__':
    path = 'shared.txt'
    with open(path, 'w', encoding='utf-8') as f:
        f.write('header\n')
    lock = Lock()
    ps = [Process(target=append_lines, args=(path, t, 3, lock)) for t in 'abc']
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    print(lines[0], len(lines))
    print(sorted(lines[1:]))
    for t in 'abc':
        assert [l for l in lines if l.startswith(t)] == ['%s-%d' % (t, i) for i in range(3)]
    print('each writer in order')
