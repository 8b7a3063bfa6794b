# eval(): an expression's value in the caller's namespaces or in given ones, compile()'s
# 'eval' mode, and CPython's errors for what is not one expression.
import traceback

x = 10


def scope():
    y = 3
    return eval("x * y")


print(eval("1 + 2 * 3"))
print(eval("  x + 1"))
print(eval(b"[i * i for i in range(5)]"))
print(scope())
print(eval("a + b", {"a": 2}, {"b": 5}))
print(eval("[n * k for n in range(3)]", {"k": 4}))
print(eval("(lambda q: q + x)(1)", {"x": 100}))
g = {}
print(eval("len('abc')", g), sorted(g))
print(eval("{'k': (1,\n 2)}"))
print(eval("1\n"))
code = compile("x // 3", "<calc>", "eval")
print(type(code).__name__, eval(code), eval(code, {"x": 31}))
print(eval(compile("z = 5", "<s>", "exec"), g), g["z"])
print(eval("__name__"))

for src in ["x = 1", "1; 2", "import os", "", "1\n\n2", "x +", "y += 1", "if x: pass"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)

for args in [(1,), ("1", 1), ("1", {}, 1)]:
    try:
        eval(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    eval("1 / 0")
except ZeroDivisionError:
    traceback.print_exc()
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("x +")
except SyntaxError:
    traceback.print_exc()
