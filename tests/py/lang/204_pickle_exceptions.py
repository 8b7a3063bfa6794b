# Exceptions travel as their class and args (plus attributes), so a worker's error can be
# re-raised in the parent; the pickle module's own errors are _pickle's classes.
import pickle


class TaskFailed(Exception):
    def __init__(self, task, reason):
        super().__init__(task, reason)
        self.task = task


for exc in [ValueError("bad value"), KeyError("k"), TaskFailed("t1", "timeout"), OSError(5, "io failure")]:
    back = pickle.loads(pickle.dumps(exc))
    print(type(back).__name__, repr(back), back.args, str(back))
print(pickle.loads(pickle.dumps(TaskFailed("t2", "x"))).task)

try:
    raise pickle.loads(pickle.dumps(RuntimeError("from the worker")))
except RuntimeError as e:
    print("caught:", e)

print(pickle.PicklingError.__mro__)
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
for bad in [b"", b"\x00junk", pickle.dumps([1, 2, 3])[:-2]]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, protocol=9)
except ValueError as e:
    print("ValueError", e)
