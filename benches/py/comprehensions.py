total = 0
for k in range(30):
    squares = [x * x for x in range(10000) if x % 3]
    table = {x: x + 1 for x in range(5000)}
    unique = {x % 97 for x in squares}
    total += sum(squares) + len(table) + len(unique)
    total += sum(x for x in range(3000))
print(total)
