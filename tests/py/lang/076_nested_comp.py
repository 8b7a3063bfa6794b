matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[i] for row in matrix] for i in range(4)])
print([[x * 2 for x in row] for row in matrix])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x for x in row if x > 5] for row in matrix])
print({i: [x for x in row] for i, row in enumerate(matrix)})
print([(i, j) for i in range(4) for j in range(i)])
print([[(i, j) for j in range(i)] for i in range(4)])
print([sum(row) for row in matrix], sum(sum(row) for row in matrix))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([[[k for k in range(j)] for j in range(i)] for i in range(4)])
flat = [c for word in ["ab", "cd", "ef"] for c in word]
print(flat)
grid = [["." for _ in range(4)] for _ in range(3)]
grid[1][2] = "#"
print(["".join(r) for r in grid])
alias = [["."] * 3] * 2
alias[0][0] = "X"
print(alias)
print({k: {v for v in range(k)} for k in range(4)})
print([list(zip(*matrix))[i] for i in range(2)])
print([(x, y) for x in "ab" if x != "c" for y in "12" if y != "2"])
