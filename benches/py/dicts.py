d = {}
for i in range(100000):
    d["k" + str(i)] = i
hits = 0
for i in range(0, 200000, 2):
    if "k" + str(i) in d:
        hits += d["k" + str(i)]
counts = {}
for i in range(100000):
    counts[i % 1000] = counts.get(i % 1000, 0) + 1
print(len(d), hits, len(counts))
