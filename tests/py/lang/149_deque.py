from collections import deque

d = deque([1, 2, 3])
print(d, len(d), repr(d))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
print(d)
d.extend(range(7, 9))
print(d, list(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(0)
print(d, d[0], d[-1], 5 in d, 42 in d)
e = deque()
print(e, bool(e), len(e))
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
try:
    e.popleft()
except IndexError as err:
    print("IndexError:", err)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
m.appendleft(99)
print(m, m.maxlen, deque().maxlen)
m.extend([10, 11])
print(m)
print(deque("abc"), deque(range(3), maxlen=2), deque([], maxlen=0))
last3 = deque([], 3)
for line in ["l1", "l2", "l3", "l4", "l5"]:
    last3.append(line)
print(list(last3))
q = deque([("task", 1)])
q.append(("task", 2))
q.appendleft(("urgent", 0))
while q:
    print("processing", q.popleft())
stack = deque()
for ch in "abc":
    stack.append(ch)
print(stack.pop() + stack.pop() + stack.pop())
print(deque([1, 2]) == deque([1, 2]), list(reversed(deque([1, 2, 3]))))
