def parse_record(line):
    print("parsing", repr(line))
    name, value = line.split("=")
    return name, convert(value)

def convert(text):
    print("converting", repr(text))
    return int(text)

def load(lines):
    out = {}
    for line in lines:
        k, v = parse_record(line)
        out[k] = v
        print("stored", k, v)
    return out

print("start")
records = ["a=1", "b=2", "c=three", "d=4"]
result = load(records)
print("never reached", result)
