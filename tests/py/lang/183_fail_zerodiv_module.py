values = [10, 5, 2, 1]
for v in values:
    print(100 / v)
rates = {"a": 3, "b": 0}
print("rate a:", 60 / rates["a"])
print(divmod(17, 5), 17 // 5, 17 % 5)
try:
    print(1 / rates["b"])
except ZeroDivisionError as e:
    print("handled once:", e)
count = len([x for x in values if x > 100])
print("count of big values:", count)
summary = {"n": len(values), "sum": sum(values)}
print(summary)
big = [x for x in values if x > 3]
print("big values", big)
average = sum(values) / count
print("average", average)
