for i in range(3):
    print("i", i)
else:
    print("for else ran")

for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")

for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even in", [1, 3, 5])

for x in []:
    print("never")
else:
    print("empty loop else")

def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))

for ch in "abc":
    print(ch, end=" ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in range(5):
    pass
print("x after loop", x)
for i in range(3):
    continue
else:
    print("continue does not skip else")
