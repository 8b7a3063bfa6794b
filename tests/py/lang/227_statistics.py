# statistics: mean keeps an int result when the exact mean is whole and is a float
# otherwise; medians, modes, quantiles, variances and deviations computed exactly as
# CPython computes them (same digits); fmean, geometric and harmonic means, covariance,
# correlation, regression; StatisticsError and TypeError messages for bad data.
import statistics
from statistics import (mean, fmean, median, median_low, median_high, mode, multimode,
                        stdev, pstdev, variance, pvariance, quantiles, StatisticsError)

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3]
print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean(ints), mean(floats), mean([1, 2.5]))
print(mean([True, False, True]), mean(range(1, 101)), mean(iter([3, 4])), mean([-1, -2]))
print(mean([1e50, 1, -1e50] * 10), sum([1e50, 1, -1e50] * 10) / 30)
print(mean([0.1] * 10), mean([10**20, 1]), type(mean([4, 6])).__name__)
print(fmean([3.5, 4.0, 5.25]), fmean(ints), fmean(iter([1, 2])), fmean([1, 2, 3], weights=[3, 2, 1]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1, 3]), median([1.5, 2.5, 9.0, 3.0]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([5]), median_high("abcd"))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red"]), mode("aabbbc"))
print(multimode("aabbbbccddddeeffffgg"), multimode([]), multimode([1, 2, 3]))
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints))
print(variance(floats), pvariance(floats), stdev(floats), pstdev(floats))
print(variance([1, 2, 3, 4]), variance([2, 4, 6]), pvariance([1, 2, 3, 4]), pvariance([1, 3]))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), stdev([1, 2]), pstdev([5]))
m = mean(ints)
print(variance(ints, m), pvariance(ints, mu=5), stdev(floats, xbar=3.0), variance([1.5, 2.5], 2))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles(ints), quantiles(ints, n=3, method="inclusive"), quantiles([1, 2], n=1))
print(quantiles(floats, n=5), quantiles(range(10), n=4, method="inclusive"))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]),
      statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([1, 0, 2]), statistics.harmonic_mean([7]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y), statistics.correlation(x, x[::-1]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2, 4.1, 5.9, 8.2, 9.9]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(mean, [])
attempt(fmean, [])
attempt(median, [])
attempt(median_low, [])
attempt(median_high, [])
attempt(mode, [])
attempt(variance, [1])
attempt(stdev, [1])
attempt(pvariance, [])
attempt(pstdev, [])
attempt(quantiles, [1])
attempt(quantiles, [1, 2], n=0)
attempt(quantiles, [1, 2], method="middle")
attempt(mean, ["a", "b"])
attempt(mean, [1, "2"])
attempt(statistics.geometric_mean, [1, -1])
attempt(statistics.harmonic_mean, [1, -1])
attempt(statistics.harmonic_mean, [])
attempt(statistics.covariance, [1, 2], [1])
attempt(statistics.correlation, [1, 1], [1, 2])
attempt(statistics.linear_regression, [1, 1], [1, 2])
attempt(fmean, [1, 2], weights=[1])
attempt(fmean, [1, 2], weights=[1, -1])
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__)
print(mean([float("inf"), 1]), median([float("inf"), 1, 2]), variance([1.0, float("nan"), 2]))
