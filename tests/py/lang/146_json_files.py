import json
import os

data = {"users": [{"name": "Ann", "langs": ["py", "rs"]}, {"name": "李雷", "langs": []}], "count": 2, "ratio": 0.5}
with open("data.json", "w") as f:
    json.dump(data, f)
with open("data.json") as f:
    raw = f.read()
print(raw)
with open("data.json") as f:
    loaded = json.load(f)
print(loaded == data, loaded["users"][1]["name"])
with open("pretty.json", "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=True)
with open("pretty.json", encoding="utf-8") as f:
    text = f.read()
print(text)
print(len(text.splitlines()))
with open("pretty.json", encoding="utf-8") as f:
    print(json.load(f)["users"][0])
lines = [{"id": i, "sq": i * i} for i in range(4)]
with open("records.jsonl", "w") as f:
    for rec in lines:
        f.write(json.dumps(rec) + "\n")
with open("records.jsonl") as f:
    back = [json.loads(line) for line in f]
print(back, back == lines)
with open("bad.json", "w") as f:
    f.write('{"broken": ')
try:
    with open("bad.json") as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(sorted(f for f in os.listdir() if f.endswith(".json") or f.endswith(".jsonl")))
with open("list.json", "w") as f:
    json.dump([1, "two", None], f, separators=(",", ":"))
print(open("list.json").read())
