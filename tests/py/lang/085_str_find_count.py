s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"))
print(s.find("o", 5, 10), s.find("o", 8, 10))
print(s.index("world"), s.rindex("l"))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("java")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count("z"), s.count(""))
print("aaaa".count("aa"), s.count("l", 0, 5))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.endswith("python"), s.endswith(("java", "python")), s.endswith("hello", 0, 5))
print(s.startswith(("x", "y", "he")), s.startswith(()))
print("" in s, "world" in s, "World" in s, "x" not in s)
print("abc".find(""), "abc".find("", 10), "abc".rfind(""))
fname = "report.final.pdf"
dot = fname.rfind(".")
print(fname[:dot], fname[dot + 1:])
print("banana".find("na"), "banana".find("na", 3), "banana".rfind("na"))
print("banana".index("a", 2), "banana".count("a", 2))
print("abc".find("c", -1), "abc".find("a", -1))
