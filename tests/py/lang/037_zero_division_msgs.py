def show(f):
    try:
        r = f()
        print("no error:", repr(r))
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", str(e))

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0.0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: 10 ** 2 / (5 - 5))
show(lambda: pow(0, -2))
show(lambda: 0 / 5)
show(lambda: 0 ** 0)
show(lambda: True / False)
def aug():
    x = 5
    x //= 0
    return x
show(aug)
try:
    1 / 0
except ArithmeticError as e:
    print("as ArithmeticError:", e, e.args)
