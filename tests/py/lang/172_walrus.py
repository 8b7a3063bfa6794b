data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("list is long:", n)
print(n)
values = []
i = 0
while (chunk := data[i:i + 2]):
    values.append(sum(chunk))
    i += 2
print(values)
print([y for x in data if (y := x * 2) > 10])
print(y)
results = [(x, sq) for x in range(6) if (sq := x * x) % 2 == 0]
print(results)
import re
for text in ["age: 42", "no number", "age: 7"]:
    if (m := re.search(r"\d+", text)) is not None:
        print("found", m.group())
    else:
        print("nothing in", repr(text))
def f(v):
    return v * 10
print((a := 5), a, (b := f(a)), b)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("v =", v)
print("stopped at", v)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print(stack, top)
