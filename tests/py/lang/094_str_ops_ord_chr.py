print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2))
print("a" + "b" + "c")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" > "a")
print("abc" == "abc", "abc" != "ABC", "a" <= "a")
print(max("apple", "banana", "cherry"), min(["b", "a", "C"]))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(0x1F600))
print([chr(i) for i in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
s = "abc"
s += "def"
print(s, s * 2)
print(str(123) + str(4.5) + str(True) + str(None))
print(len("abc" * 100))
print("x" in "xyz", "xz" in "xyz", "" in "")
print(list("hello"), tuple("ab"))
print("Mississippi".count("ss"), "a,b".upper().lower())
print(str(), repr(str()), str("x") is not None)
print(ord(min("hello")), ord(max("hello")))
print("%s" % "x" * 3)
print(hash("a") == hash("a"))
