lines = ["你好，世界\n", "Ελληνικά\n", "emoji 😀\n", "café naïve\n"]
with open("uni.txt", "w", encoding="utf-8") as f:
    for l in lines:
        print(f.write(l), end=" ")
print()
with open("uni.txt", encoding="utf-8") as f:
    content = f.read()
print(content, end="")
print(len(content), content.count("\n"))
with open("uni.txt", encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.readline()))
with open("uni.txt", "rb") as f:
    raw = f.read()
print(len(raw), raw[:15])
print(raw.decode("utf-8") == content)
with open("uni.txt", encoding="utf-8") as f:
    for line in f:
        s = line.rstrip("\n")
        print(len(s), s.upper(), s[::-1])
with open("zh.txt", "w", encoding="utf-8") as f:
    f.write("中文测试")
with open("zh.txt", encoding="utf-8") as f:
    print(f.read(2), f.read(1), f.read())
with open("zh.txt", "rb") as f:
    print(f.read(3).decode("utf-8"), len(f.read()))
with open("bad.txt", "wb") as f:
    f.write(b"ok \xff\xfe bad")
try:
    with open("bad.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
with open("bad.txt", "rb") as f:
    print(f.read())
with open("dflt.txt", "w") as f:
    f.write("默认编码")
with open("dflt.txt") as f:
    print(f.read())
