parts = []
for i in range(100000):
    parts.append("item" + str(i) + ",")
s = "".join(parts)
words = s.split(",")
acc = ""
for w in words[:20000]:
    acc += w[:3]
print(len(s), len(words), len(acc), s.count("item9"))
