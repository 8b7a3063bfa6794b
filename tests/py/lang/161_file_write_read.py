import os

f = open("notes.txt", "w")
print(f.write("first line\n"), f.write("second line\n"), f.write(""), f.write("third"))
f.close()
print(f.closed, os.path.exists("notes.txt"))
f = open("notes.txt")
print(repr(f.read()))
f.close()
with open("notes.txt") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read(100)), repr(f.read()), repr(f.read(3)))
with open("notes.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open("notes.txt") as f:
    print(f.readlines())
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open("notes.txt") as f:
    print([len(l) for l in f])
with open("notes.txt", "w") as f:
    f.writelines(["a\n", "b\n", "c"])
    f.writelines([])
with open("notes.txt") as f:
    print(f.read().split("\n"))
with open("empty.txt", "w") as f:
    pass
with open("empty.txt") as f:
    print(repr(f.read()), f.readlines(), repr(f.readline()))
with open("nums.txt", "w") as f:
    for i in range(5):
        f.write(str(i * i) + "\n")
with open("nums.txt") as f:
    print(sum(int(line) for line in f))
with open("notes.txt") as f:
    print(list(f), list(f))
with open("crlf.txt", "w") as f:
    f.write("x\r\ny\rz\n")
with open("crlf.txt") as f:
    print(repr(f.read()))
with open("crlf.txt", newline="") as f:
    print(repr(f.read()))
