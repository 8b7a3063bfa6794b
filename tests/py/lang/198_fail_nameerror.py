def compute(a, b):
    result = a * b
    print("result", result)
    return result

values = [compute(i, i + 1) for i in range(3)]
print(values)
total = sum(values)
print("total", total)

def report():
    print("reporting...")
    print("average", grand_sum_of_everything / len(values))

report()
print("unreachable")
