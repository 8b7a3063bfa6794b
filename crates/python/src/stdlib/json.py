"""json: JSON encoder and decoder for mpplay.

dumps/dump serialise Python objects to JSON text and loads/load parse it
back.  Output text, accepted input and error messages (JSONDecodeError with
line/column/char positions) follow CPython's json module.  JSONEncoder and
JSONDecoder are provided as small classes that dumps/loads build on.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


################################################################################
# string escaping
################################################################################

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_ESCAPES = {}
for _i in range(0x20):
    _ESCAPES[chr(_i)] = '\\u%04x' % _i
_ESCAPES.update(_SHORT_ESCAPES)
del _i


def _encode_str(s, ensure_ascii):
    """Return the JSON string literal (with quotes) for s."""
    if '"' not in s and '\\' not in s and s.isprintable() and (
            not ensure_ascii or s.isascii()):
        return '"' + s + '"'
    escapes = _ESCAPES
    parts = ['"']
    for ch in s:
        esc = escapes.get(ch)
        if esc is not None:
            parts.append(esc)
        elif ensure_ascii and ch > '~':
            code = ord(ch)
            if code < 0x10000:
                parts.append('\\u%04x' % code)
            else:
                code -= 0x10000
                parts.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                                 0xdc00 | (code & 0x3ff)))
        else:
            parts.append(ch)
    parts.append('"')
    return ''.join(parts)


################################################################################
# encoder
################################################################################

class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None;
    override default() (or pass default=) to serialise other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, returning an iterator over the pieces of JSON text."""
        return iter(_Encoding(self).run(o))


class _Encoding:
    """State for one encode() call: options plus the output piece list."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.default = encoder.default
        self.ensure_ascii = encoder.ensure_ascii
        self.allow_nan = encoder.allow_nan
        self.skipkeys = encoder.skipkeys
        self.sort_keys = encoder.sort_keys
        self.item_sep = encoder.item_separator
        self.key_sep = encoder.key_separator
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.markers = {} if encoder.check_circular else None
        self.out = []

    def run(self, o):
        self.value(o, 0)
        return self.out

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            # CPython's C encoder (indent=None) omits the value
            msg = 'Out of range float values are not JSON compliant'
            if self.indent is not None:
                msg += ': ' + repr(o)
            raise ValueError(msg)
        return text

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave(o)

    def open(self, bracket, level):
        """Emit an opening bracket; return the separator between items."""
        if self.indent is None:
            self.out.append(bracket)
            return self.item_sep
        newline = '\n' + self.indent * (level + 1)
        self.out.append(bracket + newline)
        return self.item_sep + newline

    def close(self, bracket, level):
        if self.indent is not None:
            self.out.append('\n' + self.indent * level)
        self.out.append(bracket)

    def array(self, seq, level):
        if not seq:
            self.out.append('[]')
            return
        self.enter(seq)
        separator = self.open('[', level)
        first = True
        for item in seq:
            if first:
                first = False
            else:
                self.out.append(separator)
            self.value(item, level + 1)
        self.close(']', level)
        self.leave(seq)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def object(self, dct, level):
        if not dct:
            self.out.append('{}')
            return
        self.enter(dct)
        out = self.out
        separator = self.open('{', level)
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(_encode_str(text, self.ensure_ascii))
            out.append(self.key_sep)
            self.value(value, level + 1)
        self.close('}', level)
        self.leave(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (has .write())."""
    fp.write(dumps(obj, **kw))


################################################################################
# decoder
################################################################################

class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _NoValue(Exception):
    """Raised by the scanner when no JSON value starts at self.pos."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = (('NaN', 'NaN'), ('Infinity', 'Infinity'),
              ('-Infinity', '-Infinity'))


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _first_control(s, start, stop):
    """Index of the first character <= U+001F in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] <= '\x1f':
            return i
    return -1


class JSONDecoder:
    """Simple JSON decoder (see loads() for the meaning of the options)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or float
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python object represented by the JSON document s."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx]; return (value, end)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None

    # -- scanner -----------------------------------------------------------
    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        for text, name in _CONSTANTS:
            if ch == text[0] and s.startswith(text, i):
                return self.parse_constant(name), i + len(text)
        return self._number(s, i)

    def _number(self, s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _NoValue(start)
        ch = s[i]
        if '1' <= ch <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        elif ch == '0':
            i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i + 1 < n and s[i] in 'eE':
            j = i + 1
            if s[j] in '+-':
                j += 1
            k = j
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k > j:
                is_float = True
                i = k
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, end):
        """Parse a string whose opening quote is at end - 1."""
        begin = end - 1
        n = len(s)
        strict = self.strict
        chunks = []
        quote = -2      # position of the next '"' (-1: none left)
        while True:
            if quote != -1 and quote < end:
                quote = s.find('"', end)
            stop = s.find('\\', end, n if quote < 0 else quote)
            if stop < 0:
                stop = quote
            if strict:
                bad = _first_control(s, end, n if stop < 0 else stop)
                if bad >= 0:
                    raise JSONDecodeError('Invalid control character at',
                                          s, bad)
            if stop < 0:
                raise JSONDecodeError('Unterminated string starting at',
                                      s, begin)
            if stop > end:
                chunks.append(s[end:stop])
            if stop == quote:
                return ''.join(chunks), stop + 1
            # backslash escape at stop
            nxt = stop + 1
            if nxt == n:
                raise JSONDecodeError('Unterminated string starting at',
                                      s, begin)
            esc = s[nxt]
            if esc != 'u':
                char = _SIMPLE_ESCAPES.get(esc)
                if char is None:
                    raise JSONDecodeError('Invalid \\escape', s, stop)
                chunks.append(char)
                end = nxt + 1
                continue
            code = self._hex4(s, nxt)
            end = nxt + 5
            if 0xd800 <= code <= 0xdbff and end + 6 < n and \
                    s[end] == '\\' and s[end + 1] == 'u':
                low = self._hex4(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            chunks.append(chr(code))

    @staticmethod
    def _hex4(s, upos):
        """Value of the 4 hex digits after the 'u' at s[upos]."""
        digits = s[upos + 1:upos + 5]
        if upos + 5 >= len(s) or len(digits) != 4:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, upos)
        for d in digits:
            if d not in _HEX:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, upos)
        return int(digits, 16)

    def _object(self, s, i):
        n = len(s)
        pairs = []
        i = _skip_ws(s, i)
        if i < n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = _skip_ws(s, i)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        n = len(s)
        values = []
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


def detect_encoding(b):
    """Guess the encoding of JSON bytes (UTF-8, -16 or -32, with or without
    a byte order mark)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


_default_decoder = JSONDecoder()


def _existing_types(*getters):
    """The types the getters return, skipping names this interpreter lacks."""
    found = []
    for getter in getters:
        try:
            found.append(getter())
        except (NameError, AttributeError):
            pass
    return tuple(found)


_BYTES_TYPES = _existing_types(lambda: bytes, lambda: bytearray)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
    else:
        if not isinstance(s, _BYTES_TYPES):
            raise TypeError('the JSON object must be str, bytes or bytearray, '
                            'not %s' % s.__class__.__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file holding JSON)."""
    return loads(fp.read(), **kw)
