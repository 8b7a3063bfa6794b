# The logging cookbook's way across processes: each worker's root logger puts records on a
# multiprocessing Queue through a QueueHandler; a QueueListener thread in the parent hands
# them to its handlers (with and without respecting their levels). Records keep their
# logger's name, level, process name and already formatted message; unordered.
import logging
import logging.handlers
import multiprocessing
import sys


def worker(queue, n):
    root = logging.getLogger()
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(logging.DEBUG)
    log = logging.getLogger('worker.%d' % n)
    log.debug('debug from %s', multiprocessing.current_process().name)
    log.info('%d squared is %d', n, n * n)
    try:
        {}[n]
    except KeyError as e:
        log.error('lookup failed: %r', e)


if __name__ == '__main__':
    queue = multiprocessing.Queue(-1)
    everything = logging.StreamHandler(sys.stdout)
    everything.setFormatter(logging.Formatter('%(processName)s %(name)s %(levelname)s %(message)s'))
    errors_only = logging.StreamHandler(sys.stdout)
    errors_only.setLevel(logging.ERROR)
    errors_only.setFormatter(logging.Formatter('ERRORS ONLY: %(message)s'))
    listener = logging.handlers.QueueListener(queue, everything, errors_only,
                                              respect_handler_level=True)
    listener.start()
    workers = [multiprocessing.Process(target=worker, args=(queue, n)) for n in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    listener.stop()
    print('exit codes', [p.exitcode for p in workers])
