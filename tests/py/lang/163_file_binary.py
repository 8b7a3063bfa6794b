data = bytes(range(256))
with open("bin.dat", "wb") as f:
    print(f.write(data), f.write(b"\x00\xff"), f.write(b""))
with open("bin.dat", "rb") as f:
    back = f.read()
print(len(back), back[:5], back[-3:], type(back).__name__)
with open("bin.dat", "rb") as f:
    print(f.read(4), f.read(2), f.tell())
    f.seek(250)
    print(f.read(10), f.tell())
    f.seek(0)
    print(f.read(1))
text = "héllo 中文\n"
with open("utf.bin", "wb") as f:
    f.write(text.encode("utf-8"))
with open("utf.bin", "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8") == text)
with open("utf.bin", "r", encoding="utf-8") as f:
    print(repr(f.read()))
with open("lines.bin", "wb") as f:
    f.write(b"line1\nline2\r\nline3")
with open("lines.bin", "rb") as f:
    print(f.readlines())
with open("lines.bin", "rb") as f:
    for line in f:
        print(line)
with open("app.bin", "ab") as f:
    f.write(b"AB")
with open("app.bin", "ab") as f:
    f.write(bytearray(b"CD"))
print(open("app.bin", "rb").read())
try:
    with open("x.bin", "wb") as f:
        f.write("str not bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    with open("x.txt", "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
with open("bin.dat", "rb") as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
print(chunks)
