pairs = [
    (KeyError, LookupError),
    (IndexError, LookupError),
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (FileNotFoundError, OSError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (ValueError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (SystemExit, Exception),
    (SystemExit, BaseException),
    (StopIteration, Exception),
    (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError),
    (TypeError, ValueError),
    (bool, int),
]
for a, b in pairs:
    print(a.__name__, "subclass of", b.__name__, issubclass(a, b))

def catch(f):
    try:
        f()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except OSError as e:
        return "OSError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__

print(catch(lambda: {}["a"]))
print(catch(lambda: [][0]))
print(catch(lambda: 1 % 0))
print(catch(lambda: open("nope.txt")))
print(catch(lambda: int("q")))
print(catch(lambda: float("inf") and 2.0 ** 10000))
e = FileNotFoundError(2, "No such file or directory")
print(isinstance(e, OSError), isinstance(e, IOError), OSError is IOError)
print(isinstance(ZeroDivisionError(), ArithmeticError))
