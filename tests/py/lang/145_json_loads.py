import json

s = '{"name": "Ann", "age": 30, "h": 1.75, "ok": true, "no": false, "nil": null, "list": [1, "two", [3]]}'
d = json.loads(s)
print(d)
print(type(d).__name__, type(d["age"]).__name__, type(d["h"]).__name__, d["nil"] is None, d["ok"] is True)
print(json.loads("[1, 2, 3]"), json.loads('"str"'), json.loads("42"), json.loads("-1.5e2"), json.loads("true"))
print(json.loads("null"), json.loads("  [ ]  "), json.loads("{}"))
print(json.loads('"\\u4e2d\\u6587"'), json.loads('"中文"'), json.loads('"a\\nb\\t\\"q\\"\\\\"'))
print(json.loads("1e400"), json.loads("-0"), json.loads("-0.0"), json.loads("12345678901234567890"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'))
print(list(json.loads('{"z": 1, "a": 2, "m": 3}').keys()))
nested = json.loads('{"a": {"b": {"c": [{"d": 1}]}}}')
print(nested["a"]["b"]["c"][0]["d"])
original = {"k": [1, 2.5, None, True, "s", {"x": []}], "中": "文"}
print(json.loads(json.dumps(original)) == original)
print(json.loads(json.dumps(original, ensure_ascii=False)) == original)
print(json.loads(json.dumps((1, 2))))
print(json.loads(b'{"bytes": 1}'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}', "[1] x", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "| pos", e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("{\n  \"a\": 1\n  \"b\": 2\n}")
except ValueError as e:
    print(type(e).__name__, e.msg, e.lineno, e.colno)
