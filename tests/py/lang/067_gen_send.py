def echo():
    print("echo started")
    received = None
    while True:
        received = yield received
        print("got", received)
        if received == "stop":
            return "stopped"

g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print("avg", a.send(v))

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "final %d" % total
acc = accumulate()
print(acc.send(None))
print(acc.send(5))
print(acc.send(7))
print(acc.send(None))

g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        n = 0 if cmd == "reset" else n + 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
