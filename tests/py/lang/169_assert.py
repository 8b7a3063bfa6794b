assert True
assert 1 == 1, "never shown"
print("passed simple asserts")
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("args:", e.args)
def check_positive(n):
    assert isinstance(n, int), "not an int: %r" % (n,)
    assert n > 0, "not positive: %d" % n
    return n
for v in [3, -1, "a", 0]:
    try:
        print("ok", check_positive(v))
    except AssertionError as e:
        print("failed:", e)
calls = []
def side():
    calls.append(1)
    return "msg"
assert True, side()
print("message not evaluated when passing:", calls)
try:
    assert None, side()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
pair = (1, 2)
assert pair
print("tuple is truthy")
