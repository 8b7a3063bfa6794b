import math
print(2 ** 100)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(math.factorial(50))
print(math.factorial(25) // math.factorial(20))
big = 10 ** 30
print(big, big + 1, big - 1, big * big)
print(big // 7, big % 7, -big // 7, -big % 7)
print(divmod(2 ** 100, 3 ** 40))
print(2 ** 100 / 2 ** 90, type(2 ** 100 / 2).__name__)
print(2 ** 200 // 2 ** 199)
print(pow(2, 1000, 10 ** 9 + 7))
print(str(2 ** 256), len(str(2 ** 256)))
print(hex(2 ** 100), bin(2 ** 70), oct(2 ** 80))
print(int("9" * 40) + 1)
print(int("-123456789012345678901234567890"))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
print(2 ** 100 == 2.0 ** 100, 2 ** 100 > 1e30, 10 ** 400 > 1e308)
print(abs(-(10 ** 25)), -(10 ** 25) < 0)
print(sum(range(10 ** 6 + 1)))
print(3 ** 100 % 1000, 7 ** 77 // 10 ** 60)
print((1 << 100) | 1, (1 << 100) >> 98, (2 ** 100 - 1) & 0xFFFF, (2 ** 65) ^ (2 ** 64))
print(-(2 ** 100) >> 3, ~(2 ** 70))
a = 1
for i in range(1, 31):
    a *= i
print(a, a == math.factorial(30))
print(float(2 ** 100), int(1e20), int(2.0 ** 80))
print(math.gcd(2 ** 100, 6 ** 50), 10 ** 20 // 3 * 3 + 10 ** 20 % 3 == 10 ** 20)
print(round(10 ** 20 / 3), hash(2 ** 20) == 2 ** 20)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
