print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("101", 2))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int("  12 "), int("\t-34\n"), int("+0"), int("0_0"), int("1_000"))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("42", 0), int("0", 0))
print(int("-0x10", 0), int("0B11", 0))
print(int(3.7), int(-3.7), int(True), int(False), int(1e10))
print(int("00012"), int("-00"))
for bad in ["", " ", "1.5", "abc", "1e3", "0x10", "--1", "1_", "_1", "1__0", "12a"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("012", 0), ("9", 8), ("2", 2), ("g", 16)]:
    try:
        print(int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(float("1e3"), float(" 2.5 "), float("-inf"), float("nan"), float("1_0.5"), float(".5"), float("5."))
print(float("INF"), float("Infinity"), float("-0"), float(7), float("1e-3"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
