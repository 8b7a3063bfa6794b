print(__name__)
print(type(__name__).__name__)

def main():
    print("main() running")
    return 0

def helper():
    return "helper called"

if __name__ == "__main__":
    print("executed as script")
    rc = main()
    print("rc =", rc)
else:
    print("imported")

if __name__ != "__main__":
    print("not printed")

class K:
    pass
print(K.__module__)
print(main.__module__)
print(helper())
import math
print(math.__name__)
import collections
print(collections.__name__)
print(__name__ == "__main__")
print(__doc__)
