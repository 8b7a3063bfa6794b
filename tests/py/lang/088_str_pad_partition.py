print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("ab".center(7, "*")))
print(repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("abcdef".ljust(3)))
print(repr("ab".rjust(5)), repr("ab".rjust(5, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("3.14".zfill(8))
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b::c".partition("::"))
print("".partition("x"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
for n in [1, 22, 333, 4444]:
    print(str(n).rjust(6, "."), str(n).ljust(6, "_"), str(n).center(6, "~"))
