with open("log.txt", "w") as f:
    f.write("start\n")
for i in range(3):
    with open("log.txt", "a") as f:
        f.write("entry %d\n" % i)
with open("log.txt") as f:
    print(f.read(), end="")
with open("log.txt", "w") as f:
    f.write("overwritten\n")
with open("log.txt", "r") as f:
    print(repr(f.read()))
with open("log.txt", "r+") as f:
    print(repr(f.read(4)))
    f.seek(0)
    f.write("OVER")
with open("log.txt") as f:
    print(repr(f.read()))
with open("log.txt", "r+") as f:
    f.read()
    f.write("appended via r+\n")
with open("log.txt") as f:
    print(f.readlines())
with open("new.txt", "a") as f:
    print(f.write("created by append"))
print(open("new.txt").read())
try:
    with open("log.txt") as f:
        f.write("x")
except Exception as e:
    print(isinstance(e, OSError), e)
try:
    with open("log.txt", "w") as f:
        f.read()
except Exception as e:
    print(isinstance(e, OSError), e)
with open("x.txt", "x") as f:
    f.write("exclusive")
try:
    open("x.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open("log.txt", "q")
except ValueError as e:
    print("ValueError:", e)
with open("w+.txt", "w+") as f:
    f.write("hello w+")
    f.seek(0)
    print(f.read())
with open("log.txt", "a+") as f:
    f.seek(0)
    print(repr(f.readline()))
