tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "", "Hello World", "hello world",
         "½", "²", "٣", "_var", "2var", "class", "a b", "ÀÉ", "中文"]
for t in tests:
    print(repr(t).ljust(14),
          "digit" if t.isdigit() else "-",
          "alpha" if t.isalpha() else "-",
          "alnum" if t.isalnum() else "-",
          "space" if t.isspace() else "-",
          "upper" if t.isupper() else "-",
          "lower" if t.islower() else "-",
          "title" if t.istitle() else "-",
          "numeric" if t.isnumeric() else "-",
          "decimal" if t.isdecimal() else "-",
          "ident" if t.isidentifier() else "-",
          "ascii" if t.isascii() else "-",
          "printable" if t.isprintable() else "-")
print("ABC1".isupper(), "abc!".islower(), "1".isupper())
print("Hello, World!".istitle(), "Hello world".istitle())
