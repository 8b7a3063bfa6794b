"""A first program: runs under `mpplay run examples/hello.py` exactly as under python3."""
import random


def greet(name, times=1):
    for i in range(times):
        print(f"{i + 1}. hello, {name}!")


if __name__ == '__main__':
    random.seed(7)
    names = ["宝元", "alex", "wusir"]
    random.shuffle(names)
    for n in names:
        greet(n, times=2)
    print(sorted({len(n) for n in names}))
