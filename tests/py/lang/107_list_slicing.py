a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2])
print(a[-1:-4:-1], a[100:], a[-100:2], a[5:5], a[6:3])
print(a[::-3], a[2:-2:2], a[:], a[:] is a, a[:] == a)
b = a[:]
b[0] = 99
print(a[0], b[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append("shared")
print(nested)
print(a[len(a) // 2:], a[:len(a) // 2])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], type(t[1:2]).__name__)
print("abcdef"[1:4], "abcdef"[::-2])
print(a[slice(2, 8, 3)], a[slice(None, 3)], a[slice(-2, None)])
s = slice(1, 9, 2)
print(a[s], s.start, s.stop, s.step)
i = 3
print(a[i:i + 2], a[-i:], a[:i] + a[i:] == a)
chunks = [a[j:j + 4] for j in range(0, len(a), 4)]
print(chunks)
print(a[::-1][::-1] == a)
print([][:5], [][::-1], [1][1:])
