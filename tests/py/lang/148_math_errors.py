import math

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.5))
show(lambda: math.isqrt(-4))
show(lambda: math.exp(1000))
show(lambda: math.comb(-1, 2))
show(lambda: math.floor(math.inf))
show(lambda: math.ceil(math.nan))
show(lambda: math.sqrt("4"))
show(lambda: math.pow(0, -1))
show(lambda: math.log(100, 1))
show(lambda: math.perm(3, -1))
show(lambda: math.floor(-0.5))
show(lambda: math.ceil(-0.5))
show(lambda: math.sqrt(1e308 * 10))
show(lambda: math.trunc(1e20))
show(lambda: math.gcd(2 ** 100, 2 ** 64 * 3))
show(lambda: math.isqrt(2 ** 100 + 1))
show(lambda: math.hypot(-3, -4))
print([math.floor(x / 2) for x in range(-3, 4)])
print([math.ceil(x / 2) for x in range(-3, 4)])
print(sum(math.comb(10, k) for k in range(11)), 2 ** 10)
print(math.factorial(15) // (math.factorial(5) * math.factorial(10)), math.comb(15, 5))
area = math.pi * 2.5 ** 2
print(round(area, 4), f"{area:.3f}")
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
