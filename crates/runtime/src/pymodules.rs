//! The Python half of the runtime's modules: `multiprocessing` (and its submodules),
//! `threading`, `queue` (and `_queue`), `concurrent.futures`, `signal`, and `_mpboot` (a process's
//! start and end), compiled on import.

/// Source of a runtime module written in Python.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "multiprocessing" => include_str!("py/multiprocessing.py"),
        "multiprocessing.managers" => include_str!("py/managers.py"),
        "multiprocessing.pool" => include_str!("py/pool.py"),
        "multiprocessing.process" => {
            "from multiprocessing import BaseProcess, Process, current_process, \
             parent_process, active_children\n"
        }
        "multiprocessing.synchronize" => {
            "from multiprocessing import Lock, RLock, Semaphore, BoundedSemaphore, Event, \
             Condition, Barrier\n"
        }
        "multiprocessing.queues" => {
            "from multiprocessing import Queue, JoinableQueue, SimpleQueue\n"
        }
        "multiprocessing.connection" => include_str!("py/connection.py"),
        "multiprocessing.sharedctypes" => {
            "from multiprocessing import Value, Array, RawValue, RawArray, Synchronized, \
             SynchronizedArray\n"
        }
        "multiprocessing.dummy" => include_str!("py/dummy.py"),
        "multiprocessing.shared_memory" => include_str!("py/shared_memory.py"),
        "multiprocessing.dummy.connection" => include_str!("py/dummy_connection.py"),
        "threading" => include_str!("py/threading.py"),
        "queue" => include_str!("py/queue.py"),
        // Where CPython defines queue.Empty (in C): pickles of it name this module.
        "_queue" => {
            "class Empty(Exception):\n    'Exception raised by Queue.get(block=0)/get_nowait().'\n    pass\n"
        }
        "_mpboot" => include_str!("py/_mpboot.py"),
        "signal" => include_str!("py/signal.py"),
        "concurrent" => "",
        "concurrent.futures" => include_str!("py/futures.py"),
        // Where CPython defines what concurrent.futures offers: pickles and reprs name them.
        "concurrent.futures._base" => {
            "from concurrent.futures import Future, Executor, Error, CancelledError, \
             InvalidStateError, BrokenExecutor, wait, as_completed, FIRST_COMPLETED, \
             FIRST_EXCEPTION, ALL_COMPLETED\n"
        }
        "concurrent.futures.process" => {
            "from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool\n"
        }
        "concurrent.futures.thread" => "from concurrent.futures import ThreadPoolExecutor\n",
        _ => return None,
    })
}
