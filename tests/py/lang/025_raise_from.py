class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("could not parse %r" % s) from e

try:
    parse("abc")
except AppError as e:
    print("AppError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("no key") from None
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

try:
    raise ValueError("outer") from TypeError("inner")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
    print(e.__context__)

e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
print(parse("42"))
