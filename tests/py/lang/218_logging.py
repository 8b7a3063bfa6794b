# logging: the last-resort handler, basicConfig's defaults and once-only rule, the hierarchy
# of dotted names, levels and their names, the three format styles, exc_info, filters,
# adapters, FileHandler, disable, and the record's attributes (stderr goes to stdout here,
# and paths are printed without the program's folder, which differs from run to run).
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__)) + '/'


class Out:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text.replace(HERE, ''))

    def flush(self):
        pass


sys.stdout = sys.stderr = Out(sys.stdout)

log = logging.getLogger("app")
log.warning("no config: %s", "last resort")
log.info("hidden")
print(log, logging.getLogger(), logging.root.level, log.getEffectiveLevel())
logging.warning("root %d", 5)
logging.basicConfig(level=logging.DEBUG)   # ignored: root has a handler now
logging.debug("still hidden")
print(logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(15))
root = logging.getLogger()
for h in root.handlers[:]:
    root.removeHandler(h)
logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)-8s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s")


def f():
    logging.info("in f %s", [1, 2])
    log.error("error %(x)s", {"x": 42})


f()
a = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(a.parent is ab, ab.parent is logging.root, logging.getLogger("a").parent is logging.root)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
ab.addHandler(h)
a.warning("twice")
ab.setLevel(logging.ERROR)
a.warning("none")
print(a.getEffectiveLevel(), a.isEnabledFor(40), a.hasHandlers())
try:
    1 / 0
except ZeroDivisionError as e:
    logging.exception("failed")
    log.error("with info", exc_info=True)
    log.error("with the exception", exc_info=e)
logging.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom named")
adapter = logging.LoggerAdapter(logging.getLogger("ad"), {"user": "bob"})
logging.getLogger("ad").addHandler(h)
adapter.warning("adapted")
print(repr(h), repr(logging.root), repr(logging.getLogger("ad")), repr(adapter))
for bad in [lambda: logging.Formatter("no fields"), lambda: logging.basicConfig(force=True, bogus=1),
            lambda: logging.getLogger("x").setLevel("LOUD"), lambda: logging.Formatter(style="!")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s")
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled again")
fh = logging.FileHandler("out.log", mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logging.getLogger("file").addHandler(fh)
logging.getLogger("file").warning("to the file")
fh.close()
print(open("out.log").read(), end="")
flt = logging.Filter("a.b")
print(flt.filter(logging.makeLogRecord({"name": "a.bc"})), flt.filter(logging.makeLogRecord({"name": "a.b.x"})))
print(logging.getLogger("x").getChild("y").name, logging.root.getChild("z").name)
only_even = logging.getLogger("even")
only_even.addFilter(lambda record: record.args[0] % 2 == 0)
for n in range(4):
    only_even.warning("n=%d", n)
fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
fmt.converter = time.gmtime
record = logging.makeLogRecord({"msg": "at %s", "args": ("zero",), "levelname": "INFO",
                                "created": 0.25, "msecs": 250.0})
print(fmt.format(record))
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d").formatTime(record, "%Y")[:2])
r = logging.LogRecord("n", logging.INFO, "/x/mod.py", 7, "m %s", ("a",), None, "fn")
print(r.name, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.getMessage(),
      r.processName, r.threadName, type(r.created).__name__, r)
print(sorted(logging.getLevelNamesMapping().items())[:3])
logging.getLogger("extra").warning("user %(user)s", {"user": "ann"}, extra={"ip": "1.2.3.4"})
try:
    logging.getLogger("extra").warning("x", extra={"msg": "clash"})
except KeyError as e:
    print("KeyError", e)
print("end")
