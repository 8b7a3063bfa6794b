from datetime import timedelta, date, datetime

td = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(repr(td))
print(str(td))
print(td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(seconds=1), timedelta(minutes=90), timedelta(hours=-1), timedelta(days=-1, seconds=5),
          timedelta(milliseconds=1500), timedelta(microseconds=1), timedelta(weeks=3), timedelta(days=400, hours=23),
          timedelta(seconds=86399), timedelta(seconds=86400), timedelta(hours=1.5), timedelta(days=0.25)]:
    print(repr(t), "|", str(t), "|", t.total_seconds())
print(timedelta(hours=1) + timedelta(minutes=30), timedelta(hours=1) - timedelta(hours=3))
print(timedelta(hours=1) * 3, timedelta(hours=3) / 2, timedelta(hours=3) // 2, 2 * timedelta(days=1))
print(timedelta(hours=3) / timedelta(minutes=30), timedelta(hours=3) // timedelta(minutes=40), timedelta(hours=1) % timedelta(minutes=25))
print(-timedelta(days=1, seconds=1), abs(timedelta(days=-2)))
print(timedelta(days=1) == timedelta(hours=24), timedelta(seconds=1) < timedelta(minutes=1), timedelta(0) == timedelta())
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(sum([timedelta(minutes=m) for m in [15, 30, 45]], timedelta()))
start = datetime(2024, 12, 31, 23, 59, 59)
print(start + timedelta(seconds=1), start + timedelta(days=1, microseconds=1))
deadline = date(2024, 3, 15)
today = date(2024, 2, 20)
left = deadline - today
print(left, left.days, type(left).__name__)
print(max(timedelta(hours=2), timedelta(minutes=150)), sorted([timedelta(1), timedelta(0, 5), timedelta(-1)]))
print(timedelta(days=1, seconds=-1), timedelta(seconds=3661).total_seconds() / 3600)
print(timedelta(days=2, hours=3) > timedelta(days=2), repr(timedelta(days=-3)))
