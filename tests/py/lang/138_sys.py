import sys

print(len(sys.argv))
print(sys.argv[0].endswith("138_sys.py"))
print(sys.version_info[:2] >= (3, 8))
print(sys.version_info[0] == 3)
print(sys.getrecursionlimit() == 1000)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
n = sys.stdout.write("hello from write\n")
print("returned", n)
sys.stdout.write("no newline")
sys.stdout.write(" ... then newline\n")
sys.stdout.flush()
sys.stderr.write("this goes to stderr\n")
sys.stderr.flush()
print(sys.stdout.write(""), sys.stdout.write("中文\n"))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit caught, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit caught, code =", e.code, e.args)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
def deep():
    try:
        sys.exit(4)
    finally:
        print("finally runs during sys.exit")
try:
    deep()
except SystemExit as e:
    print("deep exit code", e.code)
print("still running; now exiting with 0")
sys.exit(0)
print("unreachable")
