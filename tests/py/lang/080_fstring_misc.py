name = "World"
s = "it's"
lst = [1, "a"]
print(f"Hello, {name}!")
print(f"{name!r}")
print(f"{s!r}")
print(f"{name!s}")
print(f"{lst!r} {lst}")
print(f"{'café'!r:>8}|")
x = 10
y = 3
print(f"{x=}")
print(f"{x + y=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x=:5}|")
print(f"{x / y=:.2f}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]")
print(f"[{name:{'>'}{w}}]")
print(f"{{literal braces}} {x}")
print(f"{{{x}}}")
print(f"{x * 2} {x ** 2} {x % y} {x // y}")
print(f"{'nested quotes'}")
print(f"{[i * 2 for i in range(3)]}")
print(f"{ {'a': 1}['a'] }")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{len(name)} {name.upper()} {name[::-1]}")
print(f"{x if x > 5 else y}")
print(f"{'a' 'b'}")
print(f"multi {x}" f" part {y}")
print(F"capital F {x}")
print(rf"raw \n {x}")
print(f"{None} {True} {3.0}")
print(f"{x:>{w}}|")
