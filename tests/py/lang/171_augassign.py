x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0b110101; print(x)
x |= 0b1; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]; print(l, alias, l is alias)
l *= 2; print(l, l is alias)
t = (1,)
t_alias = t
t += (2,); print(t, t_alias, t is t_alias)
d = {"n": 0}
d["n"] += 1; d["n"] += 1; print(d)
lst = [10, 20]
lst[0] -= 1; lst[-1] *= 3; print(lst)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 9; c.v **= 2; print(c.v)
f = 1.5
f += 1; f *= 2; f -= 0.5; print(f)
st = {1, 2}
st |= {3}; st &= {1, 3, 4}; st -= {1}; st ^= {5}; print(st)
b = b"x"
b += b"y"; print(b)
cnt = 0
for i in range(10):
    cnt += i
print(cnt)
n = 7
n //= -2; print(n)
n %= -3; print(n)
m = 2
m **= -1; print(m)
try:
    z = 1
    z += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_thing += 1
except NameError as e:
    print("NameError:", e)
