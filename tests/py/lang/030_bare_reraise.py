def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("top caught:", e)

def convert():
    try:
        inner()
    except ValueError as e:
        print("logging:", e)
        raise e

try:
    convert()
except ValueError as e:
    print("caught again:", repr(e))

def conditional(flag):
    try:
        raise KeyError(flag)
    except KeyError as e:
        if flag == "swallow":
            print("swallowed", e)
            return "ok"
        raise

print(conditional("swallow"))
try:
    conditional("raise")
except KeyError as e:
    print("propagated", e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        finally:
            print("finally during reraise")
except ZeroDivisionError as e:
    print("final:", e)

try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
