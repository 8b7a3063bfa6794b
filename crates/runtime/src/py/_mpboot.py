"""How a process of a run starts and ends: a child's bootstrap and the shutdown that runs
after the main code or the bootstrap (join non-daemon threads, then the atexit functions,
among them multiprocessing's exit function)."""
import _mp


def bootstrap(payload):
    import os
    environ, logging, ignored, process = _mp.loads(payload)
    os.environ.clear()
    os.environ.update(environ)
    if ignored:
        import signal
        for signalnum in ignored:
            signal.signal(signalnum, signal.SIG_IGN)
    return process._bootstrap(logging)


def shutdown():
    import sys
    import threading
    threading._shutdown()
    # A spawned child too: it ends with sys.exit() after its bootstrap.
    if 'atexit' in sys.modules:
        sys.modules['atexit']._run_exitfuncs()
    import multiprocessing
    multiprocessing._exit_function()
