# exec and compile: source run in the given globals and locals (the caller's by default),
# functions it defines seeing those globals; code objects from compile() run by exec;
# syntax errors naming the filename; TypeError and ValueError for bad arguments.
g = {"x": 2}
exec("y = x * 21\ndef f(a):\n    return a + y\nz = f(1)", g)
print(g["y"], g["z"], sorted(g), type(g["__builtins__"]).__name__)
ns = {}
exec("def inner(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total", globals(), ns)
print(ns["inner"](10))
code = compile("print('from code', 1 + 1)", "<mine>", "exec")
exec(code)
exec("w = 5")
print(w)
def f():
    exec("print('in f', q)", {"q": 7})
f()
for bad in ("x = = 1", "  y = 1", "def f(:\n pass"):
    try:
        compile(bad, "<timeit-src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
print(exec("pass"))
