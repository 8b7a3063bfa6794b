"""atexit: functions the interpreter calls when the program ends, the last registered
first (in a process started by multiprocessing too: spawned, it ends with sys.exit())."""

__all__ = ['register', 'unregister']

_exithandlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Calls the registered functions, last first; one that raises is reported on stderr
    and the rest still run."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            import sys
            import traceback
            # The report starts at the function, as CPython's (which calls it from C).
            chunks = [c for c in traceback.format_exception(e)
                      if not c.startswith('  File "<frozen atexit>"')]
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            sys.stderr.write(''.join(chunks))
