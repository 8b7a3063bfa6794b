"""traceback: formats and prints exceptions, traceback objects and the calling stack, as
CPython words them."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exc', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack', 'format_tb', 'print_exc',
           'print_exception', 'print_stack', 'print_tb', 'walk_tb', 'FrameSummary',
           'StackSummary']

_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    # The old form names the traceback; None shows none. An exception keeps its own.
    if tb is None:
        limit = 0
    return _traceback.format(value, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a stack: where it is and its line of source."""

    __slots__ = ('filename', 'lineno', 'name', 'line')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == \
                (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if not isinstance(frame, FrameSummary):
                filename, lineno, name, line = frame
                frame = FrameSummary(filename, lineno, name, line=line)
            result.append(frame)
        return result

    def format(self):
        return format_list(self)


def format_list(extracted_list):
    chunks = []
    for frame in StackSummary.from_list(extracted_list):
        chunk = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
        if frame.line:
            chunk += '    {}\n'.format(frame.line.strip())
        chunks.append(chunk)
    return chunks


def format_tb(tb, limit=None):
    return _traceback.format_tb(tb, limit)


def extract_tb(tb, limit=None):
    return StackSummary.from_list(_traceback.extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for chunk in format_tb(tb, limit):
        print(chunk, file=file, end='')


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _caller_stack(limit):
    # The frames below this module's own.
    frames = [f for f in _traceback.stack() if f[0] != _HERE]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
        if limit == 0:
            frames = []
    return StackSummary.from_list(frames)


def extract_stack(f=None, limit=None):
    return _caller_stack(limit)


def format_stack(f=None, limit=None):
    return format_list(_caller_stack(limit))


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for chunk in format_list(_caller_stack(limit)):
        print(chunk, file=file, end='')


_HERE = _traceback.stack()[-1][0]
