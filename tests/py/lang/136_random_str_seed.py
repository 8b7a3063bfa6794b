import random

random.seed("hello")
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))
random.seed("world")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(deck, 3))
random.seed("")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed("hello")
x1 = random.random()
random.seed("hello")
print(x1 == random.random())
random.seed(99)
print(random.random(), random.randint(1, 100), random.choice("xyz"))
random.seed("seed")
print(random.random(), random.randrange(0, 1000, 7))
random.seed(3)
print([random.choice([True, False]) for _ in range(8)])
print(round(random.uniform(-1, 1), 8))
print(random.randrange(1, 2), random.randint(5, 5))
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
random.seed(1.5)
print(random.random())
