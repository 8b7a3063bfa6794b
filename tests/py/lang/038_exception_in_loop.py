inputs = ["1", "2", "x", "4", "", "6"]
good = []
bad = []
for s in inputs:
    try:
        good.append(int(s))
    except ValueError as e:
        bad.append((s, str(e)))
print(good)
for b in bad:
    print(b)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("try %d failed" % attempts)
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)

results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)

def first_valid(items):
    for it in items:
        try:
            return float(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_valid(["a", None, "2.5", "3"]))
print(first_valid([]))
errors = {}
for key in ["a", "b", "a", "c", "a"]:
    try:
        errors[key] += 1
    except KeyError:
        errors[key] = 1
print(errors)
