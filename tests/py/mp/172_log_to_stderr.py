# multiprocessing's logger: log_to_stderr at DEBUG in the parent carries to each child
# started after (its handler and level), the lifecycle lines a process logs (calling run,
# shutting down, exiting with its code, terminating a daemon, joining the rest), a child's
# own records under its process name, and get_logger's name, propagation and level.
# (The whole stderr is compared: 172_log_to_stderr.stderr.)
import logging
import multiprocessing
import sys
import time


def work(n):
    logger = multiprocessing.get_logger()
    logger.info('working on %d', n)
    logger.debug('level %s', logging.getLevelName(logger.getEffectiveLevel()))
    if n == 2:
        sys.exit(3)


def wait_forever(started):
    started.set()
    time.sleep(60)


if __name__ == '__main__':
    logger = multiprocessing.get_logger()
    print(logger.name, logger.propagate, logger.handlers, logging.getLevelName(logger.getEffectiveLevel()))
    logger.warning('before log_to_stderr: no handler, so only the message')
    same = multiprocessing.log_to_stderr(logging.DEBUG)
    print(same is logger, len(logger.handlers), multiprocessing.get_logger() is logger)
    for n in (1, 2):
        p = multiprocessing.Process(target=work, args=(n,))
        p.start()
        p.join()
        print('exit code', p.exitcode)
    # At DEBUG, CPython would also log each semaphore's OS handle.
    logger.setLevel(logging.INFO)
    started = multiprocessing.Event()
    daemon = multiprocessing.Process(target=wait_forever, args=(started,), daemon=True)
    daemon.start()
    started.wait()
    logger.info('main is done')
