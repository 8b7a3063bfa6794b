print(str(1), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"), str(()), repr(str("")))
print(repr(1), repr("a"), repr([1, "a"]), repr(1.0))
print(int("5"), int(5.9), int(True), int("-12"), int(" 7 "))
print(float("2.5"), float(3), float("  -1e2 "), float(True))
print(bool(0), bool(1), bool("x"), bool([]), bool(None), bool(0.0))
print(list("ab"), list((1, 2)), list({5: "a"}), list(range(2)), list({"x": 1}.items()))
print(tuple([1, 2]), tuple("hi"), tuple({1: 2}))
print(dict([(1, 2)]), dict(a=1), dict([["k", "v"]]), dict(zip("ab", "cd")))
print(sorted(set([3, 3, 1])), sorted(set("cabbage")), set())
print(chr(65), ord("A"), hex(65), oct(65), bin(65))
print(format(3.14159, ".3f"), format(10, "b"), format(1e6, ","), format(0.5, "%"), format("x", "^5"))
print(int(float("1e2")), str(int("0010")), float(str(1.25)))
print(list(map(float, ["1", "2.5"])), [int(c) for c in "2024"])
print(bool("False"), bool(" "), str(bool("")))
print(str(1e100), str(2 ** 0.5), str(-0.0), repr(1e-7))
print(int("1" * 25), str(10 ** 25 + 1))
print(list("") == [], tuple() == (), dict() == {}, str() == "")
print(type(int("3")).__name__, type(float("3")).__name__, type(str(3)).__name__)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
