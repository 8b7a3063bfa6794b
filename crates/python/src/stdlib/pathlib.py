"""Object-oriented paths, POSIX flavour: PurePath/PurePosixPath for the pure operations
(joining with `/`, name, suffix, parents, relative_to, match) and Path/PosixPath for the
ones that touch the run's files through `os` and `open`.

A path is its anchor (`''`, `'/'` or `'//'`, which POSIX keeps apart) and its parts, with
empty and `.` parts dropped, as CPython 3.11 parses it.
"""

import fnmatch
import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split(text):
    """(root, parts) of one path string."""
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    return root, [p for p in text.split('/') if p and p != '.']


def _parse(args):
    """(root, parts) of the arguments joined: an absolute argument starts afresh."""
    root, parts = '', []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, list(a._tail)
        else:
            text = os.fspath(a)
            if isinstance(text, bytes):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(text))
            a_root, a_parts = _split(text)
        if a_root:
            root, parts = a_root, a_parts
        else:
            parts.extend(a_parts)
    return root, parts


class _PathParents:
    """The logical ancestors of a path, nearest first, as a read-only sequence."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._make(p._root, p._tail[:len(p._tail) - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path that never touches the file system. `PurePath(...)` is a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    def _make(self, root, tail):
        p = object.__new__(type(self))
        p._root, p._tail = root, list(tail)
        return p

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # --- text ---

    def __str__(self):
        return (self._root + '/'.join(self._tail)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(str(self))

    # --- comparison ---

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePosixPath) or not isinstance(self, PurePosixPath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self._root, tuple(self._tail)))

    def _order(self, other):
        if not isinstance(other, PurePosixPath) or not isinstance(self, PurePosixPath):
            return None
        return self.parts, other.parts

    def __lt__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    # --- pieces ---

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # --- new paths ---

    def __truediv__(self, key):
        try:
            return self._make(*_parse((self, key)))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._make(*_parse((key, self)))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._make(*_parse((self,) + args))

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _split(name)
        if not name or root or len(parts) != 1 or parts[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base_root, base_tail = _parse(other)
        n = len(base_tail)
        if base_root != self._root or self._tail[:n] != base_tail:
            shown = (base_root + '/'.join(base_tail)) or '.'
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), shown))
        return self._make('', self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path ends with `path_pattern` (whole, if the pattern is absolute),
        part by part with shell wildcards."""
        pat_root, pat_parts = _split(path_pattern)
        if not pat_root and not pat_parts:
            raise ValueError("empty pattern")
        parts = list(self.parts)
        pats = ([pat_root] if pat_root else []) + pat_parts
        if pat_root and len(pats) != len(parts):
            return False
        if len(pats) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pats)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class Path(PurePath):
    """A path whose methods read and write the run's files. `Path(...)` is a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._make(*_parse((os.getcwd(), self)))

    def resolve(self, strict=False):
        p = self._make(*_parse((os.path.abspath(self),)))
        if strict and not p.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return p

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            return self._make(*_parse((os.path.expanduser(self._tail[0]),) +
                                      tuple(self._tail[1:])))
        return self

    def samefile(self, other_path):
        other = other_path if isinstance(other_path, Path) else type(self)(other_path)
        return self.resolve() == other.resolve()

    # --- what is there ---

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return False

    def is_mount(self):
        return False

    def iterdir(self):
        for name in os.listdir(self):
            yield self / name

    def glob(self, pattern):
        """The paths under this one that match `pattern` (a relative pattern; `**` matches
        this directory and every directory below it)."""
        root, pats = _split(pattern)
        if root or not pats and pattern:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pats:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        found = [self]
        for i, pat in enumerate(pats):
            last = i == len(pats) - 1
            step = []
            for here in found:
                if pat == '**':
                    step.extend(here._walk_dirs())
                    continue
                if not here.is_dir():
                    continue
                for name in sorted(os.listdir(here)):
                    if fnmatch.fnmatchcase(name, pat):
                        child = here / name
                        if last or child.is_dir():
                            step.append(child)
            found = step
        seen = set()
        for p in found:
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def _walk_dirs(self):
        yield self
        for dirpath, dirnames, _ in os.walk(self):
            for d in sorted(dirnames):
                yield type(self)(dirpath, d)

    # --- reading and writing ---

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    # --- changing what is there ---

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    """A concrete path on this (POSIX) system."""
