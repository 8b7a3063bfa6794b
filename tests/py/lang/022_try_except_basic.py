def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    return r

print(div(10, 2))
print(div(1, 0))

for s in ["12", "x", "3.5", ""]:
    try:
        print("int:", int(s))
    except ValueError as e:
        print("ValueError:", e)

data = {"a": 1}
try:
    data["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)

try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)

try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        1 / 0
    except ValueError:
        print("wrong handler")
except ZeroDivisionError as e:
    print("outer caught", type(e).__name__, e)

try:
    raise RuntimeError("boom")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), e.args)
