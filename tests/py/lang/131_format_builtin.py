print(repr(format(42)), repr(format(42, "")))
print(format(42, "5"), format(42, "<5") + "|", format(42, "^5") + "|", format(42, "05"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "+.1f"))
print(format(1234567, ","), format(1234567, "_"), format(1234567.5, ",.1f"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "b"), format(255, "#b"))
print(format(0.25, "%"), format(0.25, ".1%"), format(1 / 3, ".3%"))
print(format(12345.678, "e"), format(12345.678, ".2E"), format(12345.678, "g"), format(0.0000123, "g"))
print(format("abc", ">6"), format("abc", "*<6"), format("abc", "^7"), format("abcdef", ".3"))
print(format(True), format(None), format([1, 2]), format(True, "d"))
print(format(65, "c"), format(-17, "x"), format(-17, "#b"))
print(format(1e100, ".3g"), format(123.0, "g"), format(100.0, ""), format(1e16, ""))
print(format(5, "+"), format(-5, " "), format(5, " "))
print(format(3, ".2f"), format(2 ** 70, ","), format(7, "=+5"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
for spec in ["<8", ">8", "^8", "08.3f", "+08.2f", ",.2f", ".0e", ".4g"]:
    print(spec, "->", repr(format(1234.5678, spec)))
for spec in ["d", "5d", "<5d", "x", "#o", ",", "_b", "+"]:
    print(spec, "->", repr(format(-4242, spec)))
