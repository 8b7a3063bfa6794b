import math
import os.path
import collections as col
from math import sqrt, pi as PI
from functools import reduce as fold
from itertools import chain
import sys, string

print(math.sqrt(16), sqrt(25), PI == math.pi)
print(type(math).__name__, math.__name__)
print(os.path.join("a", "b"))
print(col.Counter("aab").most_common(1))
print(fold(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(chain([1], [2])))
print(string.digits, len(sys.argv))
print(col.__name__, fold.__name__)

def use_local_import():
    import json
    from json import dumps as d
    return d({"a": 1}), json.loads("[1]")
print(use_local_import())
try:
    json
except NameError as e:
    print("NameError:", e)
try:
    import does_not_exist_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nonexistent_name
except ImportError as e:
    print(type(e).__name__, "nonexistent_name" in str(e))
import math as m2
print(m2 is math, m2.floor(2.7))
from collections import OrderedDict as OD, deque
print(OD([("a", 1)]), deque([1]))
import random
print(random.__name__)
