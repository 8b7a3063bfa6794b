def readings():
    data = [12, 15, "17", 11, None, 20]
    for d in data:
        print("producing", repr(d))
        yield d * 2

def smooth(src):
    prev = 0
    for v in src:
        cur = (prev + v) / 2
        prev = v
        yield cur

print("begin")
for value in smooth(readings()):
    print("smoothed", value)
print("end")
