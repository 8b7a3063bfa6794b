def attempt(x):
    try:
        print("try", x)
        v = 10 // x
    except ZeroDivisionError:
        print("except")
        v = None
    else:
        print("else", v)
    finally:
        print("finally")
    return v

print(attempt(2))
print(attempt(0))

def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally still runs")
print(ret_in_try())

def exc_through_finally():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    exc_through_finally()
except KeyError as e:
    print("caught", repr(e))

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally on break path", i)

try:
    pass
except Exception:
    print("no")
else:
    print("else with pass")
finally:
    print("done")
