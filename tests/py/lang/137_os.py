import os

def mine():
    return sorted(f for f in os.listdir() if f.startswith("t137_"))

print(isinstance(os.getcwd(), str))
print(os.sep, type(os.sep).__name__, len(os.sep))
print(mine())
for name in ["t137_b.txt", "t137_a.txt", "t137_c.log"]:
    with open(name, "w") as f:
        f.write(name)
print(mine())
print(sorted(f for f in os.listdir(".") if f.startswith("t137_")))
print(os.path.exists("t137_a.txt"), os.path.exists("t137_zzz.txt"), os.path.exists("."))
os.remove("t137_b.txt")
print(mine(), os.path.exists("t137_b.txt"))
try:
    os.remove("t137_b.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename)
print(os.path.join("dir", "sub", "file.txt"))
print(os.path.join("dir/", "file"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.join("only"))
print(os.path.basename("/x/y/z.tar.gz"), os.path.dirname("/x/y/z.tar.gz"))
print(repr(os.path.basename("/x/y/")), repr(os.path.dirname("file")), os.path.dirname("/"))
print(os.path.basename("plain.txt"), os.path.dirname("a/b"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".bashrc"))
print(os.path.splitext("dir.d/file"), os.path.splitext("a/b.c"))
name, ext = os.path.splitext("report.PDF")
print(name, ext, ext.lower() == ".pdf")
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
p = os.path.join(os.getcwd(), "t137_a.txt")
print(os.path.exists(p), os.path.basename(p))
for i in range(3):
    with open("t137_gen_%d.dat" % i, "w") as f:
        f.write("x" * i)
print([f for f in mine() if f.endswith(".dat")])
for f in mine():
    os.remove(f)
print(mine())
