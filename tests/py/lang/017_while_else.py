n = 0
while n < 5:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while n < 10:
    if n == 3:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")
print("after break loop, n =", n)

while False:
    print("never")
else:
    print("else of while False")

i = 10
total = 0
while i:
    i -= 1
    if i % 3 == 0:
        continue
    total += i
print("total", total)

def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([5, 6, 7], 7), find([5, 6, 7], 8))

a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
