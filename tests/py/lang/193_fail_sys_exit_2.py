import sys

def validate(args):
    print("validating", args)
    if len(args) < 3:
        print("usage: prog A B")
        return False
    return True

print("program start")
for i in range(3):
    print("step", i)
sys.stdout.flush()
if not validate(["prog"]):
    print("exiting with status 2")
    sys.stderr.write("error: not enough arguments\n")
    sys.exit(2)
print("unreachable")
print("also unreachable")
