# Paths cross process boundaries: each child gets a Path (pickled), writes its report
# through it, and the parent finds the reports with glob and reads them back.
import multiprocessing
from pathlib import Path


def report(path, n):
    path.write_text('%s says %d squared is %d\n' % (multiprocessing.current_process().name,
                                                    n, n * n))


if __name__ == '__main__':
    out = Path('.')
    workers = [multiprocessing.Process(target=report, args=(out / ('report-%d.txt' % n), n),
                                       name='worker-%d' % n) for n in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for found in sorted(out.glob('report-*.txt')):
        print(found, '->', found.read_text(), end='')
    print('exit codes', [w.exitcode for w in workers])
