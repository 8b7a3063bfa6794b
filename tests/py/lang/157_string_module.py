import string

print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits)
print(string.hexdigits)
print(string.punctuation)
print(len(string.ascii_letters), len(string.punctuation), len(string.hexdigits), len(string.digits))
def caesar(s, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
pw = "Abc123!?"
print(any(c in string.ascii_uppercase for c in pw), any(c in string.digits for c in pw), any(c in string.punctuation for c in pw))
print("".join(c for c in "a1-b2_c3!" if c in string.ascii_letters + string.digits))
print(sorted(set("Hello World") & set(string.ascii_uppercase)))
print(string.ascii_lowercase.index("k"), string.ascii_uppercase[::-1][:5])
print([string.ascii_lowercase[i] for i in range(0, 26, 5)])
print(string.digits[::2], int(string.digits[1:4]))
print(all(c in string.hexdigits for c in "DeadBeef"), any(c in string.hexdigits for c in "xyz"))
print(sorted(set(string.hexdigits.lower())) == sorted(set(string.digits + "abcdef")))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
