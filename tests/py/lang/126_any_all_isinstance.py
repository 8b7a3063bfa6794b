print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0, "x"]), all([[], 1]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 2, 3]))
print(all(noisy(x) for x in [1, 0, 3]))
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(True, (bool,)), isinstance(None, (int, type(None))))
print(isinstance([], (list, (tuple, dict))))
print(isinstance(1.0, (int, (float,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(float, int))
print(type(1) == int, type(True) == int, type(True) is bool)
vals = [1, "a", 2.5, [1], None, (2,), {"k": 1}, {1}, True]
print([type(v).__name__ for v in vals])
print([v for v in vals if isinstance(v, (int, float)) and not isinstance(v, bool)])
print(callable(len), callable("s"), callable(lambda: 0), callable(int), callable(None))
