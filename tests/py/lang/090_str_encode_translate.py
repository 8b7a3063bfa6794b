s = "héllo 中文"
b = s.encode("utf-8")
print(b, len(b), len(s))
print(b.decode("utf-8"))
print(b.decode() == s)
print("abc".encode(), "abc".encode("ascii"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", type(e).__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("x\u00e9".encode("utf-8"), "€".encode())
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print(table == {97: 120, 98: 121, 99: 122})
t2 = str.maketrans("ae", "AE", "lo")
print("hello apple".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print("abcabc".translate(t3))
print("hello".translate({ord("l"): "L"}))
print("The Template {x}".format_map({"x": "works"}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a="A")))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13))
print("hello world".translate(rot13).translate(rot13))
