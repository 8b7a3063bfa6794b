# fnmatch: shell wildcards matched whole, the regular expressions translate() writes (as
# CPython 3.11 writes them), filter(), and case that counts on POSIX.
import fnmatch

for p in ['*.py', 'a*b*c', '[!abc]x', '[a-z]?', '[', '[]]', '**', 'a[b', '*a*', '[z-a]',
          '[a-c-e]', 'x[!]y]', '[\\]', 'a**b*', '?*?', '[^x]', '[a&&b]', 'x.y+z(1)']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'c.PY', 'abc', 'x]', 'xy', 'a-b', 'x.y+z(1)']
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('c.PY', '*.py'))
print(fnmatch.fnmatchcase('abc', 'a?c'), fnmatch.fnmatchcase('ac', 'a?c'))
print([n for n in names if fnmatch.fnmatch(n, '[a-c]*')], fnmatch.filter(names, '*[!y]'))
print(fnmatch.filter(names, 'x[]]'), fnmatch.filter(names, 'a[--]b'), fnmatch.filter(names, 'x.y+z(1)'))
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.fnmatch('a' * 50, '*a*a*a*a*b'))
try:
    fnmatch.fnmatch(3, '*')
except TypeError as e:
    print('TypeError:', e)
