def cleanup(resource):
    print("cleaning up", resource)
    raise RuntimeError("cleanup of %s failed" % resource)

def process(items):
    total = 0
    for it in items:
        try:
            total += 100 // it
            print("processed", it, "total", total)
        except ZeroDivisionError:
            cleanup("item-%d" % it)
    return total

print("begin")
print(process([5, 10, 0, 20]))
print("end")
