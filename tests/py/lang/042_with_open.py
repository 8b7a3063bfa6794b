with open("data.txt", "w") as f:
    print(f.closed)
    n = f.write("line one\n")
    print("wrote", n)
    f.write("line two\n")
print("closed after with:", f.closed)

with open("data.txt") as f:
    print(repr(f.read()))

with open("data.txt", "r") as f:
    for line in f:
        print("line:", repr(line))

try:
    with open("data.txt") as f:
        first = f.readline()
        raise ValueError("stop reading")
except ValueError as e:
    print("error:", e, "| first:", repr(first), "| closed:", f.closed)

try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open("data.txt", "a") as f:
    f.write("line three\n")
with open("data.txt") as f:
    lines = f.readlines()
print(len(lines), lines)
print(f.name, f.mode)
with open("data.txt", encoding="utf-8") as f:
    print(f.read().upper())
