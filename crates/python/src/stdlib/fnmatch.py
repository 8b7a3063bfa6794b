"""Unix shell-style wildcards: `*`, `?`, `[seq]` and `[!seq]`, matched whole.

`translate` turns a pattern into the same regular expression text CPython 3.11 gives, so
the compiled patterns (and a program that prints them) agree.
"""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether `name` (a str or path-like) matches `pat`; case counts, as on POSIX."""
    return fnmatchcase(os.fspath(name), os.fspath(pat))


@functools.lru_cache(maxsize=32768)
def _compile(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of `names` that match `pat`."""
    match = _compile(os.fspath(pat))
    return [name for name in names if match(os.fspath(name))]


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case and all."""
    return _compile(pat)(name) is not None


def _class(pat, start, end):
    """The regex class for `pat[start:end]`, the text between `[` and `]`."""
    if '-' not in pat[start:end]:
        body = pat[start:end].replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges, so that hyphens and backslashes elsewhere
        # are escaped and a range running backwards (which never matches) is dropped.
        pieces = []
        k = start + 2 if pat[start] == '!' else start + 1
        i = start
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


_STAR = object()


def translate(pat):
    """The regular expression (as text) that matches what shell pattern `pat` matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                pieces.append(_class(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # Text between stars joins up; every star but the last becomes an atomic lazy group,
    # so a long name cannot make the match backtrack without end.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
