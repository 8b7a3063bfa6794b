b = b"hello"
print(b, repr(b), type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"\x00ab", b"\x00\x01\xff", b"tab\there", b"quote'", b'dq"', b"both'\"", b"\\", b"\n\r")
print(bytes(range(5)), bytes(3), bytes([65, 66, 67]), bytes("中", "utf-8"), bytes())
print(b.hex(), b"\x00\xff".hex(), bytes.fromhex("48 65 6c6c6f"), bytes.fromhex(""))
print(b.decode(), b.decode("utf-8"), b"\xe4\xb8\xad".decode("utf-8"), "中".encode())
print(b"ell" in b, 104 in b, b"x" in b, b"" in b)
print(b + b" world", b * 2, b"-".join([b"a", b"b"]))
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"l"), b.count(b"l"), b.startswith(b"he"))
print(b"  pad ".strip(), b"a,b".split(b","), b.index(b"o"), b.endswith(b"lo"))
print(list(b), tuple(b"ab"), [chr(c) for c in b])
print(b == b"hello", b < b"help", b"a" * 0, b != "hello")
for x in b"hi":
    print(x, end=" ")
print()
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(bytes(b"copy"), bytes("ascii", "ascii"), b"%d-%s" % (5, b"x"))
print(b"abc".isalpha(), b"123".isdigit(), b"Hello".lower(), b"a b".title())
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"], bytes.fromhex("ff") == b"\xff")
print(repr(b"\x7f\x80"), str(b"s"), b"".join([]))
