import sys
print("using the exit() builtin")
results = []
for i in range(5):
    results.append(i * i)
print(results)

def finish(code):
    print("finishing with", code)
    print("exit code will be", code, file=sys.stderr)
    try:
        exit(code)
    finally:
        print("finally block still runs")

total = sum(results)
print("total", total)
if total == 30:
    finish(3)
print("unreachable")
