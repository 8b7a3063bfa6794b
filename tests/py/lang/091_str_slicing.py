s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[:])
print(s[-6:], s[-6:-1], s[:-1])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[5:0:-1], s[-1:-6:-1], s[10:2:-3])
print(repr(s[100:]), repr(s[5:2]), s[-100:3])
print(s[2:100], repr(s[3:3]))
print(s[::3], s[1:10:4])
print(len(s), len(s[::2]))
for i in range(0, len(s), 4):
    print(repr(s[i:i + 4]))
word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])
print("abcdef"[-3:], "abcdef"[:-3], "abcdef"[1:-1])
print(s[slice(0, 5)], s[slice(None, None, -1)])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print("x"[0:1], "x"[1:], repr(""[::-1]))
