excs = [
    ValueError("x"),
    ValueError(),
    ValueError("a", "b"),
    ValueError(1),
    KeyError("k"),
    KeyError(),
    KeyError(1, 2),
    IndexError("list index out of range"),
    TypeError("t"),
    RuntimeError("r"),
    ZeroDivisionError("division by zero"),
    Exception("multi\nline"),
    Exception("quote's"),
    StopIteration(5),
    AttributeError("attr"),
    NotImplementedError("later"),
]
for e in excs:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)

e = StopIteration(5)
print(e.value)
e = StopIteration()
print(e.value)
k = KeyError("missing")
print(str(k), k.args[0])
print(str(KeyError("")))
print(repr(Exception()))
print(str(OSError(2, "No such file or directory")))
print(OSError(2, "No such file or directory").errno)
print(str(FileNotFoundError(2, "No such file or directory", "f.txt")))
print(isinstance(FileNotFoundError(), OSError))
print(str(SystemExit(3)), SystemExit(3).code)
