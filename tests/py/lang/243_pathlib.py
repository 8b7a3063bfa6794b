# pathlib: pure paths (parsing, joining with /, name/suffix/stem, parents, with_*,
# relative_to, match, ordering and equality, the errors CPython raises) and Path reading,
# writing, renaming, touching, listing and globbing the run's files; open() takes any
# path-like object and its parameters by position.
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = PurePosixPath('/usr//lib/./python3.11/', 'x.tar.gz')
print(p, repr(p), p.parts)
print(p.name, p.suffix, p.suffixes, p.stem, p.anchor, p.root, repr(p.drive))
print(p.parent, list(p.parents), p.parents)
print(p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3])
print(repr(Path('')), repr(Path('.')), repr(Path('a/..')), Path('//a'), Path('///a'))
print(Path('a') / 'b' / Path('/c'), 'x' / PurePath('y'), '/x' / PurePath('y'))
print(PurePath('a', '/b', 'c'), PurePosixPath('a', '', 'b'), PurePath('a').joinpath('b', 'c'))
print(PurePath('a/b').with_name('c.txt'), PurePath('a/b.py').with_suffix('.txt'),
      PurePath('a/b.py').with_suffix(''), PurePath('a/b.py').with_stem('q'))
print(PurePath('a/b.').suffix, repr(PurePath('.bashrc').suffix), PurePath('a..b').suffixes,
      PurePath('..').name, repr(PurePath('/').name), repr(PurePath('/').parent),
      PurePath('a').parent, PurePath('.bashrc').stem, PurePath('a.b.').stem,
      PurePath('.a.b').suffixes)
print(PurePath('/a/b/c').relative_to('/a'), PurePath('a/b').is_relative_to('a'),
      PurePath('a/b').is_relative_to('b'))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b.py').match('/*.py'),
      PurePath('a/b.py').match('a/*.py'), PurePath('/a/b.py').match('/a/*.py'),
      PurePath('a/b/c.py').match('b/*.py'), PurePath('a/b/c.py').match('B/*.py'))
print(PurePath('a') == PurePath('a/'), PurePath('a') < PurePath('b'), PurePath('a') == 'a',
      Path('a') == PurePosixPath('a'), {Path('a'): 1}[PurePosixPath('a')],
      sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(bytes(PurePath('a/b')), PurePath('a/b').as_posix(), PurePath('/a b').as_uri(),
      PurePath('/a').is_absolute(), PurePath('a').is_absolute())
print(type(Path('a')).__name__, type(PurePath('a')).__name__, isinstance(Path('a'), PurePath),
      isinstance(Path('a'), PurePosixPath), PosixPath.__mro__[1].__name__)
print(os.fspath(Path('a/b')), os.path.join(Path('a'), 'b'), f'{Path("x")}', '%s' % Path('y'))

for attempt in [lambda: PurePath('/').with_name('x'),
                lambda: PurePath('a').with_suffix('txt'),
                lambda: PurePath('a').with_suffix('.'),
                lambda: PurePath('a').with_name('b/c'),
                lambda: PurePath('a').with_name(''),
                lambda: PurePath('').with_suffix('.x'),
                lambda: PurePath('a/b').relative_to('c'),
                lambda: PurePath('/a').relative_to('a'),
                lambda: PurePath('a') / 3,
                lambda: PurePath(3),
                lambda: PurePath('a') < 'b',
                lambda: PurePath('a').match(''),
                lambda: p.parents[4],
                lambda: Path('nope.txt').read_text(),
                lambda: Path('x').write_text(b'no'),
                lambda: Path('x').write_bytes('no')]:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

notes = Path('notes.txt')
print(notes.exists(), notes.write_text('one\ntwo\n'), notes.exists(), notes.is_file(),
      notes.is_dir(), notes.read_text().splitlines(), notes.stat().st_size)
print(Path('data.bin').write_bytes(bytes(range(5))), Path('data.bin').read_bytes())
with notes.open('a') as f:
    f.write('three\n')
with open(notes, 'r', -1, 'utf-8', None, None) as f:
    print(repr(f.read()), f.name)
renamed = notes.rename('renamed.txt')
print(repr(renamed), notes.exists(), renamed.exists())
Path('t.log').touch()
try:
    Path('t.log').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
mine = {'data.bin', 'renamed.txt', 't.log'}
print(sorted(c.name for c in Path('.').iterdir() if c.name in mine))
print(sorted(map(str, Path('.').glob('*.txt'))), sorted(str(c) for c in Path().glob('*.*')
                                                        if c.name in mine))
print(Path.cwd() == Path('.').resolve(), Path('.').absolute() == Path.cwd(),
      Path('x').absolute().name, Path('renamed.txt').samefile('renamed.txt'))
Path('t.log').unlink()
Path('t.log').unlink(missing_ok=True)
try:
    Path('t.log').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
Path('.').mkdir(exist_ok=True)
