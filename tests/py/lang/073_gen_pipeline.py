lines = [
    "# comment",
    "alice,30,paris",
    "",
    "bob,25,london",
    "carol,35,paris",
    "# another",
    "dave,40,berlin",
]

def non_blank(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        name, age, city = line.split(",")
        yield {"name": name, "age": int(age), "city": city}

def older_than(src, n):
    for rec in src:
        if rec["age"] > n:
            yield rec

pipeline = older_than(parse(non_blank(lines)), 28)
for rec in pipeline:
    print(rec["name"], rec["age"], rec["city"])

def trace(name, src):
    for x in src:
        print(name, "passes", x)
        yield x

nums = trace("stage2", (x * 2 for x in trace("stage1", range(3))))
print("nothing computed yet")
print(list(nums))

def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
print(list(window("ab", 3)))
def running_total(src):
    t = 0
    for x in src:
        t += x
        yield t
print(list(running_total([5, -2, 10, 1])))
def group_by_city(recs):
    out = {}
    for r in recs:
        out.setdefault(r["city"], []).append(r["name"])
    return out
print(group_by_city(parse(non_blank(lines))))
