cases = ["it's", 'a"b', 'both \' and "', "\n\t\\", "\x00\x7f", "é中", "\r", "\x1b[0m",
         "tab\there", "", "'", '"', "\u200b", "\xa0", "\ud7ff", "back\\slash", "\x80\x9f", "\U0001F600"]
for c in cases:
    print(repr(c))
print(repr("a") == "'a'", len(repr("\n")))
print(str("x"), repr(repr("x")))
print(["it's", 'q"'])
print(("\t",))
print({"k\n": "v'"})
print(repr("é\n中"), repr("plain"))
print(repr("\\n"), "\\n", len("\\n"))
print(r"\d+\s*", repr(r"\d"))
print("multi\
line continuation")
print("""triple "quoted" 'string'""")
print('''single ' triple''')
print(repr("""a
b"""))
print("adjacent" ' literals' " joined")
print("\101\102\x43\u0044")
