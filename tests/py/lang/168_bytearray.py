ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), type(ba).__name__)
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" ok")
print(ba)
ba += b"!"
print(ba)
print(ba[0], ba[1:4], ba[-1], bytes(ba))
del ba[0]
print(ba)
ba[0:2] = b"XYZ"
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
print(ba)
ba.remove(ord("Y"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(), bytearray(3), bytearray(range(3)), bytearray("é", "utf-8"), bytearray([1, 2]))
print(bytearray(b"abc").decode(), bytearray(b"abc").hex(), bytearray.fromhex("4142"))
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"))
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append("x")
except TypeError as e:
    print("TypeError:", e)
buf = bytearray()
for i in range(5):
    buf.append(48 + i)
print(buf, buf.decode())
buf.clear()
print(buf, len(buf))
c = bytearray(b"xyz")
d = c.copy()
d[0] = ord("X")
print(c, d, bytearray(b"AbC").upper(), bytearray(b"a-b").split(b"-"))
print(list(bytearray(b"\x00\x01\xff")), bytearray(b"x") * 3)
