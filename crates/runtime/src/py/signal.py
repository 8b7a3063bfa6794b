"""signal: set handlers for the signals a process of the run receives.

A signal comes from another process (terminate(), kill(), os.kill) or from the process
itself (raise_signal, os.kill of its own pid). The handler runs on the main thread between
two instructions, as in CPython, and is passed the signal's number and None for the frame.
Timers (alarm, setitimer), masks and waiting for signals are not provided.
"""

from os import getpid as _getpid
import _signal
from _signal import default_int_handler
from enum import IntEnum
from operator import index as _index


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64
    SIGIOT = 6
    SIGCLD = 17
    SIGPOLL = 29


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
NSIG = 65

# The handlers the interpreter sets as it starts.
_initial = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN, SIGXFSZ: SIG_IGN}

_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _handler_or_default(signalnum, handler):
    if handler is None:
        return _initial.get(signalnum, SIG_DFL)
    return _int_to_enum(handler, Handlers)


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    signalnum = _signal.settable(signalnum)
    if not callable(handler) and not (isinstance(handler, int) and handler in (0, 1)):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    # SIGKILL and SIGSTOP cannot be caught; 32 and 33 are the C library's own.
    if signalnum in (SIGKILL, SIGSTOP, 32, 33):
        raise OSError(22, 'Invalid argument')
    raw = handler if callable(handler) else int(handler)
    return _handler_or_default(signalnum, _signal.signal(signalnum, raw))


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _handler_or_default(int(signalnum), _signal.getsignal(signalnum))


def strsignal(signalnum):
    """Return the system description of the given signal."""
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if signalnum >= 34:
        return 'Real-time signal %d' % (signalnum - 34)
    return _descriptions.get(signalnum)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum):
    """Send a signal to the executing process."""
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    _deliver(int(signalnum))


def _ignored():
    """The signals this process has set to SIG_IGN, which a child it starts inherits."""
    return [n for n in range(1, NSIG) if n not in (32, 33) and _signal.getsignal(n) == 1]


def _deliver(signalnum):
    """Acts on a signal the process sent itself (raise_signal, os.kill): a handler gets
    the frame of the code that sent it."""
    handler = getsignal(signalnum)
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(2))
    elif handler == SIG_DFL and signalnum not in (SIGCHLD, SIGCONT, SIGURG, SIGWINCH):
        _signal.kill(_getpid(), signalnum)
        # The process ends at its executor's next look, before anything else runs.
        import time
        while True:
            time.sleep(1)


def _kill(pid, sig):
    """os.kill: sends `sig` to process `pid` of the run (0 checks that it exists); the
    errno os.kill raises, or 0."""
    if pid == _getpid() and sig != 0:
        if not 1 <= sig < NSIG or sig in (32, 33):
            return 22
        _deliver(sig)
        return 0
    return _signal.kill(pid, sig)

