# statistics.NormalDist: pdf, cdf, inv_cdf (both tails and the centre), quantiles, overlap,
# zscore, from_samples, seeded samples, arithmetic with constants and other distributions,
# equality and repr; StatisticsError for sigma of zero or p outside (0, 1). Values that go
# through math.erf (cdf, overlap) are rounded: the engine's erf is not glibc's to the ulp.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.pdf(100), iq.pdf(130), round(iq.cdf(130), 12), round(iq.cdf(70), 12), iq.zscore(127.5))
for p in (0.0001, 0.01, 0.3, 0.5, 0.75, 0.99, 0.999999):
    print(p, iq.inv_cdf(p), NormalDist().inv_cdf(p))
print(iq.quantiles(), NormalDist().quantiles(10))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12),
      round(iq.overlap(NormalDist(110, 15)), 12), iq.overlap(iq))
temps = [2.5, 3.1, 2.1, 2.4, 2.7, 3.5]
fitted = NormalDist.from_samples(temps)
print(fitted, NormalDist.from_samples([1, 2, 3, 4]))
print(NormalDist(5, 2).samples(4, seed=42))
print(iq + 10, iq - 5, iq * 2, iq / 3, -iq, +iq, 10 + iq, 200 - iq, 2 * iq)
print(NormalDist(1, 3) + NormalDist(2, 4), NormalDist(1, 3) - NormalDist(2, 4))
print(iq == NormalDist(100.0, 15.0), iq == NormalDist(100, 16), iq == 3,
      hash(iq) == hash(NormalDist(100, 15)))
for f in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1),
          lambda: NormalDist(0, 0).cdf(1), lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5),
          lambda: NormalDist(1, 0).zscore(2), lambda: iq.overlap(3),
          lambda: NormalDist.from_samples([1])):
    try:
        print(f())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
