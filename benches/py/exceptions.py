class AppError(Exception):
    pass


def risky(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    if i % 3 == 1:
        raise AppError(i)
    return i


caught = 0
for i in range(60000):
    try:
        risky(i)
    except ValueError:
        caught += 1
    except AppError as e:
        caught += 2
    finally:
        caught += 0
d = {}
for i in range(30000):
    try:
        d[i]
    except KeyError:
        caught += 1
print(caught)
