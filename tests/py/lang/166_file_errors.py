import os

try:
    open("nope.txt")
except FileNotFoundError as e:
    print(str(e))
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError), e.args)
try:
    open("nope.txt", "r")
except OSError as e:
    print("OSError caught:", type(e).__name__)
try:
    open("missing_dir/file.txt", "w")
except FileNotFoundError as e:
    print(e)
try:
    with open("nope2.txt", "rb") as f:
        pass
except IOError as e:
    print("IOError alias:", e)
print(os.path.exists("nope.txt"))
with open("yes.txt", "w") as f:
    f.write("exists now")
print(os.path.exists("yes.txt"))
def read_or_default(name, default=""):
    try:
        with open(name) as f:
            return f.read()
    except FileNotFoundError:
        return default
print(repr(read_or_default("yes.txt")), repr(read_or_default("no.txt", "fallback")))
f = open("yes.txt")
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    f.readline()
except ValueError as e:
    print("ValueError:", e)
try:
    os.remove("nope.txt")
except FileNotFoundError as e:
    print(e)
try:
    open("")
except FileNotFoundError as e:
    print(e)
