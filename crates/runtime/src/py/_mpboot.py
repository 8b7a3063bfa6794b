"""How a process of a run starts and ends: a child's bootstrap and the shutdown that runs
after the main code (join non-daemon threads, then multiprocessing's exit function)."""
import _mp


def bootstrap(payload):
    process = _mp.loads(payload)
    return process._bootstrap()


def shutdown():
    import threading
    threading._shutdown()
    import multiprocessing
    multiprocessing._exit_function()
