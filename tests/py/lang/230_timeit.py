# timeit: statements given as callables and as source text (with setup, multi-line, and
# globals=), run the number of times asked; timeit, repeat and autorange measured with a
# fake clock so the results are exact; names of the main module are unknown without
# globals=; ValueError for a bad statement and SyntaxError for bad source.
import timeit


class FakeClock:
    """Each reading is one tick later than the last."""

    def __init__(self, step=1):
        self.now = 0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


calls = []


def work():
    calls.append(len(calls))


print(timeit.timeit(work, number=7, timer=FakeClock()), len(calls))
print(timeit.repeat(work, repeat=3, number=4, timer=FakeClock(0.5)), len(calls))
print(timeit.timeit("x = sum(range(10))", number=3, timer=FakeClock()))
print(timeit.timeit("total += 1", setup="total = 0", number=10, timer=FakeClock()))

log = []
timeit.timeit("log.append(n * 2)", setup="n = 21", number=3, globals={"log": log})
print(log)

ns = {"data": [], "extra": 5}
t = timeit.Timer("data.append(i)\ni += extra", setup="i = 0", timer=FakeClock(3), globals=ns)
print(t.timeit(4), ns["data"], t.repeat(2, 2), ns["data"])
print(timeit.Timer(work, setup=lambda: calls.clear(), timer=FakeClock()).timeit(2), calls)


class StillClock:
    """Time moves only when the timed statement says so."""

    def __init__(self):
        self.now = 0

    def __call__(self):
        return self.now

    def advance(self, dt):
        self.now += dt


clock = StillClock()
seen = []
t = timeit.Timer(lambda: clock.advance(0.004), timer=clock)
print(t.autorange(lambda n, took: seen.append((n, round(took, 6)))), seen)
print(timeit.Timer(lambda: clock.advance(1), timer=clock).autorange())

real = timeit.timeit("pass", number=100)
print(type(real).__name__, real >= 0, timeit.default_timer is __import__("time").perf_counter)
print(timeit.default_number, timeit.default_repeat, sorted(timeit.__all__))
print(isinstance(timeit.Timer("pass").repeat(repeat=2, number=10), list))

for stmt, setup in [(42, "pass"), ("pass", None), ("x = = 1", "pass"), ("pass", "for")]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    timeit.timeit("work()", number=1)
except NameError as e:
    print("NameError", e)
print(timeit.timeit("work()", number=2, globals=globals(), timer=FakeClock()), len(calls))
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
