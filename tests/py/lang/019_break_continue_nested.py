for i in range(4):
    for j in range(4):
        if j == 2:
            break
        print(i, j)

print("---")
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        print(i, j, end="; ")
    print()

print("---")
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for val in row:
        if val % 2 == 0:
            continue
        if val > 7:
            break
        print(val, end=" ")
print()

i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print("i", i, "j", j)
    i += 1

result = []
for a in "xyz":
    for b in "12":
        if a == "y":
            break
        result.append(a + b)
print(result)
