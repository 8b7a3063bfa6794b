"""multiprocessing.connection: the Connection objects of Pipe, and wait() for several of
them, and for processes' sentinels, at once. Listener and Client, which connect over
sockets, are not provided."""
import time
import _mp
from multiprocessing import Pipe, Connection

__all__ = ['Pipe', 'Connection', 'wait']

# A process's exit state once it has exited (kernel::exit::EXITED).
_EXITED = 1


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable."""
    end = None if timeout is None else time.monotonic() + timeout
    if not object_list:
        if end is None:
            while True:
                time.sleep(3600)
        time.sleep(max(timeout, 0))
        return []
    while True:
        ready, watched = [], []
        for o in object_list:
            word = _readiness(o)
            if word is None:
                ready.append(o)
            else:
                watched.append(word)
        if ready:
            return ready
        left = None if end is None else end - time.monotonic()
        if left is not None and left <= 0:
            return []
        _mp.wait_any(watched, left, 'connection.wait')


def _readiness(o):
    """None if `o` is ready; else the shared word that changes when it may become ready,
    and the word's value now."""
    if isinstance(o, Connection):
        return o._readiness()
    if isinstance(o, int) and not isinstance(o, bool):
        # A process's sentinel: ready once the process has ended.
        word = _mp.exit_word(o)
        if word == 0:
            return None
        state = _mp.load(word)
        return None if state == _EXITED else (word, state)
    raise ValueError("Invalid file object: {!r}".format(o))
