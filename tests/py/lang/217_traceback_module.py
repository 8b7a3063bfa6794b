# traceback: format_exc and print_exc in an except body and in a function it calls, the
# chunks of format_exception with limit and chain, the old three-argument form, and the stack.
import os
import sys
import traceback

# Paths are printed without the program's folder, which differs from run to run.
HERE = os.path.dirname(os.path.abspath(__file__)) + '/'


class Out:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ''))


out = Out()
_print = print


def print(*args, **kwargs):
    kwargs.setdefault('file', out)
    _print(*args, **kwargs)


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


def report():
    # The exception being handled is visible in a function the handler calls.
    return traceback.format_exc()


print(repr(traceback.format_exc()))
print(sys.exc_info(), sys.exception())
try:
    outer(0)
except ZeroDivisionError as e:
    print(report(), end='')
    traceback.print_exc(file=out)
    print(traceback.format_exception(e))
    print(traceback.format_exception(e, limit=1))
    print(traceback.format_exception(e, limit=-1))
    print(traceback.format_exception(e, limit=0))
    print(traceback.format_exception(type(e), e, e.__traceback__))
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(sys.exc_info()[0] is ZeroDivisionError, sys.exc_info()[1] is e, sys.exception() is e)
print(sys.exception())

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(traceback.format_exception(e, chain=False))

try:
    try:
        [][1]
    except IndexError:
        int('x')
except ValueError:
    traceback.print_exc(limit=1, file=out)
    try:
        raise RuntimeError('nested')
    except RuntimeError:
        print(traceback.format_exc(chain=False), end='')
    # Back in the outer handler.
    print(repr(sys.exception()))


class Boom(Exception):
    def __str__(self):
        return 'custom text'


try:
    raise Boom()
except Boom:
    traceback.print_exc(file=out)

try:
    raise KeyboardInterrupt
except BaseException as e:
    print(traceback.format_exception_only(e))

print(traceback.format_exception(None), traceback.format_exception_only(None))


def where():
    return traceback.extract_stack()


def show():
    stack = where()
    print([(f.name, f.lineno, f.line) for f in stack])
    print(stack[-1], list(stack[-1]))
    filename, lineno, name, line = stack[-2]
    print(name, lineno, line)
    print(traceback.format_stack(limit=2))
    traceback.print_stack(limit=1, file=out)
    print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 4, 'g', None)]))


show()
print(traceback.FrameSummary('f.py', 1, 'h', line='pass') == ('f.py', 1, 'h', 'pass'))
