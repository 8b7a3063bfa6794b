# course example 10 (json, c10_json_dump_file2.py), then the file is read back
import json
with open('file2','w',encoding='utf-8') as f:
    json.dump({'你好':'alex'},f,ensure_ascii=False)

with open('file2', encoding='utf-8') as f:
    text = f.read()
print(text)
print(json.loads(text))
with open('file2', 'rb') as f:
    print(f.read())
