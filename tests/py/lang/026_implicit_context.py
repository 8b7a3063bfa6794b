try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("caught:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

def cleanup_fails():
    try:
        raise KeyError("first")
    finally:
        pass

try:
    try:
        [][1]
    except IndexError as first:
        try:
            int("x")
        except ValueError as second:
            print("second context is first:", second.__context__ is first)
            raise
except ValueError as e:
    print("outer got", type(e).__name__)
    print("chain:", type(e.__context__).__name__)

try:
    try:
        raise TypeError("a")
    finally:
        print("finally runs")
except TypeError as e:
    print("no extra context:", e.__context__)

try:
    raise ValueError("fresh")
except ValueError as e:
    print("fresh context:", e.__context__)

try:
    try:
        raise KeyError("k")
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)
