# logging.handlers in one process: a RotatingFileHandler that rolls over at maxBytes into
# backupCount numbered files, a QueueHandler over queue.Queue (records arrive formatted, as
# copies), a QueueListener that stops at its sentinel, and a NullHandler that swallows.
import logging
import logging.handlers
import os
import queue

log = logging.getLogger('rot')
log.propagate = False
rot = logging.handlers.RotatingFileHandler('app.log', maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(rot)
for i in range(8):
    log.warning('line number %d', i)
rot.close()
for name in sorted(n for n in os.listdir('.') if n.startswith('app.log')):
    print(name, repr(open(name).read()))

q = queue.Queue()
qlog = logging.getLogger('q')
qlog.propagate = False
qlog.setLevel(logging.INFO)
handler = logging.handlers.QueueHandler(q)
qlog.addHandler(handler)
qlog.info('%s and %s', 'this', 'that')
qlog.debug('dropped')
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception('with a traceback')
while not q.empty():
    record = q.get()
    # The program's folder differs from run to run.
    msg = record.msg.replace(os.getcwd() + '/', '')
    print(record.name, record.levelname, repr(msg), record.args, record.exc_info,
          record.exc_text)

collected = []


class Collect(logging.Handler):
    def emit(self, record):
        collected.append(self.format(record))


listener = logging.handlers.QueueListener(q, Collect())
listener.start()
for i in range(3):
    qlog.warning('through the listener %d', i)
listener.stop()
print(collected, q.empty())

quiet = logging.getLogger('quiet')
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error('nobody hears this')
print(quiet.hasHandlers(), repr(logging.NullHandler()))
