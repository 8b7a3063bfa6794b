# This file never runs: a def has a broken parameter list.
import math

def area(r):
    return math.pi * r * r

print(area(2))

def broken(:
    return 1

def after():
    return 2

print(after())
print("end")
