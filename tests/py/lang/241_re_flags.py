# re's flags are RegexFlag members: |, & and ^ with flags or ints give flags, shown by
# name in enum's order, with value and name; a Pattern's repr lists them in _sre's order.
import re

f = re.I | re.M
print(f, repr(f), type(f).__name__, f.value, re.I.value, re.I.name, f.name)
print(re.I | 8, 8 | re.I, type(8 | re.I).__name__, re.I & re.M, re.I ^ re.I, re.I & 2)
print(~re.I, (~re.I).value, re.I + 1, type(re.I + 1).__name__, re.I | re.I)
print(re.compile("a", re.I | re.M).flags, re.compile("a", re.I | re.M))
print(re.NOFLAG.value, re.NOFLAG.name, bool(re.NOFLAG), re.I == 2, hash(re.I) == hash(2))
print(re.I | 1024, (re.I | 1024).name, (re.I | 1024).value, re.search("A", "xa", f))
print(re.A | re.I, re.compile("a", re.A | re.I), str(re.U | re.I))
print(re.I * 2, -re.I, re.I << 1, isinstance(re.I, int), re.I in (2,))
x = re.I
x |= re.S
print(x, type(x).__name__, format(re.I), f"{re.I:d}", f"{re.I:>4}", "%d" % re.I)
print(sorted([re.M, re.I]), [re.I, re.NOFLAG])
try:
    re.I.missing
except AttributeError as e:
    print(e)
try:
    re.I | "x"
except TypeError as e:
    print(e)
