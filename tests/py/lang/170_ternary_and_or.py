for x in [-5, 0, 5]:
    print(x, "pos" if x > 0 else "neg" if x < 0 else "zero")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or [] or 0)
print([] and "x", [1] and "x", "a" and "b" and "c", "a" and "" and "c")
print(0 or None, None and 0, False or 0.0)
print(not 1 or 2, not (1 or 2), 1 and not 0)
def t(v):
    print("evaluated", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
x = None
name = x or "anonymous"
print(name)
count = 0
val = count if count else "empty"
print(val)
a, b = 3, 7
print(a if a > b else b, max(a, b))
print(("big" if a > 5 else "small") + "!")
lst = [1, 2, 3]
print(lst[0] if lst else None, [][0] if [] else None)
print(True and "yes" or "no", False and "yes" or "no")
print([x for x in range(6) if x % 2 == 0 and x or x == 5])
y = 10
res = "A" if y > 8 else "B" if y > 5 else "C"
print(res)
print((lambda v: v and v * 2 or "zero")(0), (lambda v: v and v * 2 or "zero")(4))
print(1 < 2 and 2 < 3, 1 < 2 and 3 < 2 or "fallback")
print(type(1 and 2.0).__name__, type(0 or "s").__name__)
