# Sending a nested function to another process fails: it cannot be found by name there.
import pickle


def make_task():
    def task():
        return 42

    return task


print("sending")
pickle.dumps(make_task())
print("not reached")
