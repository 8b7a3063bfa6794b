import json

data = {"name": "Ann", "age": 30, "scores": [1.5, 2, -3], "active": True, "spouse": None, "tags": ("a", "b")}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, sort_keys=True, separators=(",", ": ")))
print(json.dumps([1, [2, [3, {"k": []}]], {}]))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps("中文 é"), json.dumps("中文 é", ensure_ascii=False))
print(json.dumps({"键": "值"}, ensure_ascii=False), json.dumps({"键": "值"}))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e20), json.dumps(1e-7), json.dumps(10 ** 20), json.dumps(-0.0))
print(json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps(True), json.dumps(None), json.dumps("s"), json.dumps(3))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)
print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, default=encode))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("\u2028 \U0001F600"))
print(json.dumps([1, 2], indent="\t"))
