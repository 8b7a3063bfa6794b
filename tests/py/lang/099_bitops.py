a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 64, 5 << 3)
print(1024 >> 3, 1 >> 1, 255 >> 4, -16 >> 2, -1 >> 10, -17 >> 1)
print(-5 & 0xFF, -1 & 0xFFFF, -8 | 3, -8 ^ 3)
print(6 & -6, 12 & ~4)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x))
print([(x >> i) & 1 for i in range(8)])
print(bin(x).count("1"))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 1
except TypeError as e:
    print("TypeError:", e)
flags = 0b0000
READ, WRITE, EXEC = 4, 2, 1
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & READ))
flags &= ~READ
print(flags)
n = 0xDEADBEEF
print(hex(n >> 16), hex(n & 0xFFFF), hex((n >> 8) & 0xFF))
print((n ^ n), (n | 0) == n)
