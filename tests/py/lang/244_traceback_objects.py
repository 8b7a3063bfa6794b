# Traceback objects: tb_lineno, tb_frame.f_code, tb_next; format_tb, extract_tb, walk_tb,
# print_tb with limits; sys.exc_info()'s; with_traceback() and assigning __traceback__.
import sys, traceback


def here(text):
    return str(text).replace(__file__, 'FILE')


def f():
    return 1 / 0
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_next)
    print(here(''.join(traceback.format_tb(tb))), end='')
    print(here(traceback.format_tb(tb, limit=1)))
    print(here(traceback.format_tb(tb, limit=-1)))
    print(here(traceback.extract_tb(tb)))
    print([(s.name, s.lineno, s.line) for s in traceback.extract_tb(tb)])
    print([line for frame, line in traceback.walk_tb(tb)])
    traceback.print_tb(tb, file=sys.stderr)
    print(sys.exc_info()[2].tb_lineno, type(sys.exc_info()[2]).__name__)
    try:
        raise ValueError('again').with_traceback(tb)
    except ValueError as v:
        print([s.lineno for s in traceback.extract_tb(v.__traceback__)])
    e.__traceback__ = tb.tb_next
    print(len(traceback.extract_tb(e.__traceback__)))
    print(here(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
    e.__traceback__ = None
    print(e.__traceback__, traceback.format_tb(None))
    try:
        ValueError().with_traceback(3)
    except TypeError as t:
        print(t)
print(ValueError('x').__traceback__)
