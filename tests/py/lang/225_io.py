# io: StringIO and BytesIO (read, readline, iteration, overwriting writes, seeks past the end,
# truncate, the errors), as print's file, under redirect_stdout/redirect_stderr and as a logging
# stream; print writes each argument, separator and end with its own write() call.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr
import logging

s = io.StringIO()
print("hello", 42, file=s)
s.write("more\n")
print(repr(s.getvalue()), s.tell(), type(s), isinstance(s, io.StringIO))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), s.readlines())
s = io.StringIO("line1\nline2\nline3")
print([l for l in s], s.tell())
s.seek(0); s.write("XY"); print(repr(s.getvalue()))
s.seek(20); s.write("!"); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.seek(0, 2))
try: s.write(3)
except TypeError as e: print(e)
try: s.seek(1, 1)
except OSError as e: print(e)
try: s.seek(-1)
except ValueError as e: print(e)
s.close()
try: s.getvalue()
except ValueError as e: print(e)
print(s.closed)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", end="!")
    print(1, 2, sep="-")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("oops", file=sys.stderr)
print(repr(err.getvalue()))
log = io.StringIO()
logging.basicConfig(stream=log, level=logging.INFO, format="%(levelname)s:%(message)s")
logging.info("to memory")
print(repr(log.getvalue()))
b = io.BytesIO(b"abc")
b.seek(0, 2); b.write(b"def"); b.seek(-2, 2)
print(b.read(), b.getvalue(), b.tell(), type(b).__name__)
try: b.write("x")
except TypeError as e: print(e)
with io.BytesIO() as bb:
    bb.write(bytearray(b"xy"))
    print(bb.getvalue(), bb.readable(), bb.seekable())
print(bb.closed, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
class W:
    def __init__(self): self.parts = []
    def write(self, t): self.parts.append(t)
w = W()
print("a", "b", sep="", end="", file=w)
print(w.parts)
try: bb.getvalue()
except ValueError as e: print(e)
