words = ["apple", "banana", "cherry", "date"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, 1):
    print(i, w, len(w))
for a, b in zip(words, words[1:]):
    print(a, "->", b)
counts = {}
for w in words:
    for ch in w:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
total = 0
for n in range(1, 101):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
out = []
for i in range(1, 16):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
print(" ".join(out))
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid)
for row in grid:
    print(" ".join("%2d" % v for v in row))
items = [3, 1, 2]
while items:
    print("popped", items.pop())
s = "hello"
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
