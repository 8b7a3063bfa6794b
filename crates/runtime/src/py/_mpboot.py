"""How a process of a run starts and ends: a child's bootstrap and the shutdown that runs
after the main code (join non-daemon threads, then multiprocessing's exit function)."""
import _mp


def bootstrap(payload):
    import os
    environ, logging, process = _mp.loads(payload)
    os.environ.clear()
    os.environ.update(environ)
    return process._bootstrap(logging)


def shutdown():
    import threading
    threading._shutdown()
    import multiprocessing
    multiprocessing._exit_function()
