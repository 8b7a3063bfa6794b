import random
random.seed(1)
nums = [random.randint(0, 10**6) for _ in range(100000)]
a = sorted(nums)
b = sorted(nums, reverse=True)
words = [str(x) for x in nums]
c = sorted(words)
pairs = sorted(((x % 100, x) for x in nums[:50000]), key=lambda p: p[1])
print(a[0], a[-1], b[0], c[0], pairs[0])
