"""datetime: naive dates, times and time differences for mpplay.

Provides timedelta, date, datetime, time, MINYEAR and MAXYEAR following
CPython's datetime module for naive objects.  Time zones are not
supported: passing a tzinfo other than None raises NotImplementedError
(as does parsing an ISO string with a UTC offset), utcoffset(), dst() and
tzname() return None.  datetime.timestamp() and fromtimestamp() use the
local time zone through time.mktime / time.localtime (UTC when mktime is
missing).  strftime is implemented here for the C-locale directives
%a %A %b %B %c %C %d %D %e %f %F %g %G %h %H %I %j %k %l %m %M %n %p %P
%r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %% with glibc's
'-', '_', '0', '^' and '#' flags; other directives are copied unchanged.
strptime, tzinfo/timezone and pickling are not provided.
"""

import time as _time
import math as _math

__all__ = ['date', 'datetime', 'time', 'timedelta', 'MINYEAR', 'MAXYEAR']

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May',
                    'June', 'July', 'August', 'September', 'October',
                    'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                  'Saturday', 'Sunday']


################################################################################
# calendar helpers (proleptic Gregorian calendar, day 1 = 0001-01-01)
################################################################################

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """Inverse of _ymd2ord: ordinal -> (year, month, day)."""
    n -= 1                               # days since 0001-01-01
    n400, n = divmod(n, 146097)          # 400-year cycles
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)           # 100-year cycles
    n4, n = divmod(n, 1461)              # 4-year cycles
    n1, n = divmod(n, 365)               # single years
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # last day of a leap cycle: December 31 of the previous year
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7            # Monday == 0
    monday = first - weekday
    if weekday > 3:                      # Jan 1 is Fri/Sat/Sun
        monday += 7
    return monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1 = _iso_week1_monday(year)
    week, wday = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week, wday = divmod(today - _iso_week1_monday(year), 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wday + 1


def _iso_to_ymd(year, week, day):
    """None when week/day are invalid for year, else (y, m, d)."""
    if not 0 < week < 53:
        if week != 53:
            return None
        first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
        if not (first_weekday == 3 or (first_weekday == 2 and _is_leap(year))):
            return None
    if not 0 < day < 8:
        return None
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


################################################################################
# argument checking
################################################################################

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def _check_date_fields(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _as_int(hour), _as_int(minute)
    second, microsecond = _as_int(second), _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _no_tzinfo(tzinfo):
    if tzinfo is not None:
        raise NotImplementedError('tzinfo is not supported by this datetime '
                                  'module (naive objects only)')


def _type_name(obj):
    """Type name as shown by repr(): 'datetime.date' for the module's own
    classes, the bare class name for subclasses (like CPython's C types)."""
    cls = type(obj)
    if cls in (date, datetime, time, timedelta):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


################################################################################
# number helpers
################################################################################

def _c_round(x):
    """Round half away from zero, like C's round()."""
    r = _math.floor(x)
    diff = x - r
    if diff > 0.5 or (diff == 0.5 and x > 0):
        r += 1
    return r


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    greater = r2 > b if b > 0 else r2 < b
    if greater or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _float_ratio(x):
    """Exact (numerator, denominator) of a float."""
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x in (float('inf'), float('-inf')):
        raise OverflowError('cannot convert Infinity to integer ratio')
    denominator = 1
    while x != _math.floor(x):      # doubling a float is exact
        x *= 2.0
        denominator *= 2
    return int(x), denominator


def _modf(x):
    """(fractional part, integral part) of a float, like math.modf."""
    whole = float(int(x))
    return x - whole, whole


################################################################################
# timedelta
################################################################################

def _accumulate(name, total, value, factor, leftover):
    """Add value * factor microseconds to total; fractional microseconds
    from float values go to leftover[0]."""
    if isinstance(value, int):
        return total + value * factor
    if isinstance(value, float):
        frac, whole = _modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total
        frac, whole = _modf(float(factor) * frac)
        leftover[0] += frac
        return total + int(whole)
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (name, type(value).__name__))


def _delta_from_us(us, cls=None):
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    return _new_delta(days, seconds, us, cls)


def _new_delta(days, seconds, us, cls=None):
    if not -2147483648 <= days <= 2147483647:
        # CPython stores days in a C int
        raise OverflowError('Python int too large to convert to C int')
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two dates or datetimes, with microsecond
    resolution; stored normalised as days, seconds (0..86399) and
    microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        leftover = [0.0]
        us = _accumulate('microseconds', 0, microseconds, 1, leftover)
        us = _accumulate('milliseconds', us, milliseconds, 1000, leftover)
        us = _accumulate('seconds', us, seconds, 1000000, leftover)
        us = _accumulate('minutes', us, minutes, 60000000, leftover)
        us = _accumulate('hours', us, hours, 3600000000, leftover)
        us = _accumulate('days', us, days, 86400000000, leftover)
        us = _accumulate('weeks', us, weeks, 604800000000, leftover)
        rest = leftover[0]
        if rest:
            whole = _c_round(rest)
            if abs(whole - rest) == 0.5:
                # exact tie: round half to even on the final total
                odd = us & 1
                whole = 2.0 * _c_round((rest + odd) * 0.5) - odd
            us += int(whole)
        return _delta_from_us(us, cls)

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds,
                       doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (>= 0 and less '
                                'than 1 second).')

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + \
            self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    # -- arithmetic ----------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta_norm(self._days + other._days,
                                   self._seconds + other._seconds,
                                   self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta_norm(self._days - other._days,
                                   self._seconds - other._seconds,
                                   self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _new_delta_norm(-self._days, -self._seconds,
                               -self._microseconds)

    def __pos__(self):
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = _float_ratio(other)
            return _delta_from_us(_divide_and_round(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _delta_from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            num, den = _float_ratio(other)
            return _delta_from_us(_divide_and_round(den * self._to_us(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    # -- comparisons ---------------------------------------------------------
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), self._key())


def _new_delta_norm(days, seconds, us):
    """timedelta from unnormalised integer fields."""
    seconds += us // 1000000
    us %= 1000000
    days += seconds // 86400
    seconds %= 86400
    return _new_delta(days, seconds, us)


timedelta.min = _new_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _new_delta(0, 0, 1)


################################################################################
# strftime
################################################################################

def _pad(value, width, flag, default_pad):
    text = str(abs(value))
    pad = default_pad if flag in ('', '^', '#') else flag
    if pad == '-':
        pass
    elif len(text) < width:
        text = ('0' if pad == '0' else ' ') * (width - len(text)) + text
    return ('-' + text) if value < 0 else text


def _strftime(fmt, year, month, day, hour, minute, second, microsecond,
              timestamp_func=None):
    """Format the given fields with a C-locale strftime format."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    ordinal = _ymd2ord(year, month, day)
    weekday = (ordinal + 6) % 7                       # Monday == 0
    yday = ordinal - _ymd2ord(year, 1, 1)             # 0-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%':
            j = fmt.find('%', i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        flag = ''
        while i < n and fmt[i] in '-_0^#':
            flag = fmt[i]
            i += 1
        if i < n and fmt[i] in 'EO' and i + 1 < n and \
                fmt[i + 1] in 'cCxXyYdeHImMSuUVwWy':
            i += 1                      # locale modifiers: C locale ignores
        if i >= n:
            out.append(fmt[start:])
            break
        code = fmt[i]
        i += 1
        text = _directive(code, flag, year, month, day, hour, minute, second,
                          microsecond, weekday, yday, timestamp_func)
        if text is None:
            out.append(fmt[start:i])
            continue
        if code == 'P':
            pass                        # glibc ignores case flags here
        elif flag == '^':
            text = text.upper()
        elif flag == '#':
            text = text.swapcase() if code in 'pP' else (
                text.upper() if code in 'aAbBh' else text)
        out.append(text)
    return ''.join(out)


def _directive(code, flag, year, month, day, hour, minute, second,
               microsecond, weekday, yday, timestamp_func):
    """Text for one strftime directive, or None if unknown."""
    hour12 = hour % 12 or 12
    if code == 'Y':
        return _pad(year, 1, flag, '0')
    if code == 'm':
        return _pad(month, 2, flag, '0')
    if code == 'd':
        return _pad(day, 2, flag, '0')
    if code == 'H':
        return _pad(hour, 2, flag, '0')
    if code == 'M':
        return _pad(minute, 2, flag, '0')
    if code == 'S':
        return _pad(second, 2, flag, '0')
    if code == 'f':
        return '%06d' % microsecond
    if code == 'y':
        return _pad(year % 100, 2, flag, '0')
    if code == 'b' or code == 'h':
        return _MONTHNAMES[month]
    if code == 'B':
        return _FULL_MONTHNAMES[month]
    if code == 'a':
        return _DAYNAMES[weekday]
    if code == 'A':
        return _FULL_DAYNAMES[weekday]
    if code == 'j':
        return _pad(yday + 1, 3, flag, '0')
    if code == 'p':
        return 'AM' if hour < 12 else 'PM'
    if code == 'P':
        return 'am' if hour < 12 else 'pm'
    if code == 'I':
        return _pad(hour12, 2, flag, '0')
    if code == 'l':
        return _pad(hour12, 2, flag, '_')
    if code == 'k':
        return _pad(hour, 2, flag, '_')
    if code == 'e':
        return _pad(day, 2, flag, '_')
    if code == '%':
        return '%'
    if code == 'n':
        return '\n'
    if code == 't':
        return '\t'
    if code == 'z' or code == 'Z':
        return ''
    if code == 'w':
        return str((weekday + 1) % 7)
    if code == 'u':
        return str(weekday + 1)
    if code == 'U':
        return _pad((yday + 7 - (weekday + 1) % 7) // 7, 2, flag, '0')
    if code == 'W':
        return _pad((yday + 7 - weekday) // 7, 2, flag, '0')
    if code in 'GgV':
        iso_year, iso_week, _ = _isocalendar(year, month, day)
        if code == 'G':
            return _pad(iso_year, 1, flag, '0')
        if code == 'g':
            return _pad(iso_year % 100, 2, flag, '0')
        return _pad(iso_week, 2, flag, '0')
    if code == 'C':
        return _pad(year // 100, 1, flag, '0')
    if code == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (
            _DAYNAMES[weekday], _MONTHNAMES[month], day, hour, minute,
            second, year)
    if code == 'D' or code == 'x':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if code == 'F':
        return '%d-%02d-%02d' % (year, month, day)
    if code == 'T' or code == 'X':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if code == 'R':
        return '%02d:%02d' % (hour, minute)
    if code == 'r':
        return '%02d:%02d:%02d %s' % (hour12, minute, second,
                                      'AM' if hour < 12 else 'PM')
    if code == 's':
        if timestamp_func is None:
            return None
        return str(timestamp_func())
    return None


def _local_seconds(year, month, day, hour, minute, second):
    """Seconds since the epoch of a naive local time (UTC if time.mktime is
    not available)."""
    mktime = getattr(_time, 'mktime', None)
    if mktime is None:
        return (_ymd2ord(year, month, day) - 719163) * 86400 + \
            hour * 3600 + minute * 60 + second
    weekday = (_ymd2ord(year, month, day) + 6) % 7
    yday = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    return int(mktime((year, month, day, hour, minute, second, weekday, yday,
                       -1)))


def _struct_time(fields):
    cls = getattr(_time, 'struct_time', None)
    if cls is None:
        return tuple(fields)
    return cls(fields)


################################################################################
# ISO 8601 parsing (the formats CPython 3.11's fromisoformat accepts)
################################################################################

def _iso_bytes(text, sanitize=False):
    """Model the UTF-8 encoding CPython parses: ASCII characters stay, a
    non-ASCII character becomes a lead marker (chr(0x80 + length))
    followed by length - 1 continuation markers.  A surrogate at position
    7, 8 or 10 (a possible separator) becomes 'T'; anywhere else it makes
    the string invalid (None).  The separator rule applies only when
    sanitize is true (datetime.fromisoformat)."""
    for pos in ((7, 8, 10) if sanitize else ()):
        if pos >= len(text):
            break
        if '\ud800' <= text[pos] <= '\udfff':
            text = text[:pos] + 'T' + text[pos + 1:]
            break
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
        elif 0xd800 <= code <= 0xdfff:
            return None
        else:
            length = 2 if code < 0x800 else (3 if code < 0x10000 else 4)
            out.append(chr(0x80 + length) + '\x80' * (length - 1))
    return ''.join(out)


def _at(s, i):
    return s[i] if 0 <= i < len(s) else '\0'


def _digits(s, pos, count):
    """Integer from exactly count ASCII digits at pos, or None."""
    value = 0
    for i in range(pos, pos + count):
        ch = _at(s, i)
        if not '0' <= ch <= '9':
            return None
        value = value * 10 + ord(ch) - 48
    return value


def _parse_iso_date(s, length):
    """(y, m, d) from s[:length] or None.  Like CPython, trailing text
    inside length is not checked."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dash = _at(s, pos) == '-'
    if dash:
        pos += 1
    if _at(s, pos) == 'W':
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        weekday = 1
        if length < 0 or pos < length:
            if dash:
                if _at(s, pos) != '-':
                    return None
                pos += 1
            weekday = _digits(s, pos, 1)
            if weekday is None:
                return None
        return _iso_to_ymd(year, week, weekday)
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if dash:
        if _at(s, pos) != '-':
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _date_length(s):
    """Where the date part of an ISO datetime string ends (the index of the
    date/time separator), mirroring CPython 3.11's rules."""
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == '-':
        if _at(s, 5) != 'W':
            return 10                    # YYYY-MM-DD
        if n < 8:
            return -1
        if n > 8 and _at(s, 8) == '-':   # YYYY-Www-D or YYYY-Www-HH
            if n == 9:
                return -1
            if n > 10 and '0' <= _at(s, 10) <= '9':
                return 8
            return 10
        return 8                         # YYYY-Www
    if _at(s, 4) == 'W':                 # YYYYWww or YYYYWwwD
        idx = 7
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8                             # YYYYMMDD


def _parse_hms(s, pos, end):
    """Parse HH[:MM[:SS[.ffffff]]] (or without colons) in s[pos:end].
    Returns (status, [h, m, s, us]) with status 0 (ok), 1 (text left) or
    negative (error)."""
    values = [0, 0, 0, 0]
    colon = True
    for i in range(3):
        value = _digits(s, pos, 2)
        if value is None:
            return -3, values
        values[i] = value
        ch = _at(s, pos + 2)
        pos += 3
        if i == 0:
            colon = ch == ':'
        if pos >= end:
            return (1 if ch != '\0' else 0), values
        if colon and ch == ':':
            continue
        if ch == '.' or ch == ',':
            break
        if not colon:
            pos -= 1
        else:
            return -4, values
    count = min(end - pos, 6)
    frac = _digits(s, pos, count) if count > 0 else None
    if frac is None:
        return -3, values
    values[3] = frac * 10 ** (6 - count)
    pos += count
    while '0' <= _at(s, pos) <= '9':
        pos += 1
    return (1 if _at(s, pos) != '\0' else 0), values


def _parse_iso_time(s):
    """[h, m, s, us] from an ISO time string, None if invalid; raises
    NotImplementedError for a valid UTC offset."""
    n = len(s)
    tzpos = 0
    while True:
        if _at(s, tzpos) in 'Z+-':
            break
        tzpos += 1
        if tzpos >= n:
            break
    status, values = _parse_hms(s, 0, tzpos)
    if status < 0:
        return None
    if tzpos >= n:
        return None if status == 1 else values
    if s[tzpos] == 'Z':
        if tzpos + 1 != n:
            return None
    else:
        status, _ = _parse_hms(s, tzpos + 1, n)
        if status:
            return None
    raise NotImplementedError('UTC offsets are not supported by this '
                              'datetime module (naive objects only)')


def _check_isoformat_arg(text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')


def _invalid_iso(text):
    return ValueError('Invalid isoformat string: %r' % (text,))


################################################################################
# date
################################################################################

class date:
    """Naive date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    # -- alternate constructors --------------------------------------------
    @classmethod
    def fromtimestamp(cls, t):
        """Local date from a POSIX timestamp."""
        t = _math.floor(t)
        lt = _time.localtime(t)
        return cls(lt[0], lt[1], lt[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Date from 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date."""
        _check_isoformat_arg(date_string)
        raw = _iso_bytes(date_string)
        ymd = None
        if raw is not None and len(raw) in (7, 8, 10):
            ymd = _parse_iso_date(raw, len(raw))
        if ymd is None:
            raise _invalid_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _as_int(year), _as_int(week), _as_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        ymd = _iso_to_ymd(year, week, 1)
        if ymd is None:
            raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_iso_to_ymd(year, week, day))

    # -- conversions ---------------------------------------------------------
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
            self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         lambda: _local_seconds(self._year, self._month,
                                                self._day, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0,
                             self.weekday(), self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month,
                                             self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- comparisons -----------------------------------------------------------
    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _compare(self, other):
        """Return (mine, theirs) keys, or None for NotImplemented."""
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._cmpkey(), other._cmpkey()
        return None

    def __eq__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] < keys[1]

    def __le__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._compare(other)
        if keys is None:
            return NotImplemented
        return keys[0] >= keys[1]

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    # -- arithmetic --------------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self)(*_ord2ymd(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            n = self.toordinal() - other.days
            if 0 < n <= _MAXORDINAL:
                return type(self)(*_ord2ymd(n))
            raise OverflowError('date value out of range')
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class IsoCalendarDate(tuple):
    """(year, week, weekday) result of date.isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


################################################################################
# time
################################################################################

def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second,
                                        microsecond // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


def _time_repr_args(hour, minute, second, microsecond, fold):
    if microsecond:
        text = '%d, %d, %d, %d' % (hour, minute, second, microsecond)
    elif second:
        text = '%d, %d, %d' % (hour, minute, second)
    else:
        text = '%d, %d' % (hour, minute)
    if fold:
        text += ', fold=1'
    return text


class time:
    """Naive time of day (hour, minute, second, microsecond)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        _no_tzinfo(tzinfo)
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = fields
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    fold = property(lambda self: self._fold)
    tzinfo = property(lambda self: None)

    @classmethod
    def fromisoformat(cls, time_string):
        _check_isoformat_arg(time_string)
        raw = _iso_bytes(time_string)
        values = None
        if raw is not None:
            if raw[:1] == 'T':
                raw = raw[1:]
            values = _parse_iso_time(raw)
        if values is None:
            raise _invalid_iso(time_string)
        return cls(*values)

    def utcoffset(self):
        return None

    def dst(self):
        return None

    def tzname(self):
        return None

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%s)' % (_type_name(self), _time_repr_args(
            self._hour, self._minute, self._second, self._microsecond,
            self._fold))

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond,
                         lambda: _local_seconds(1900, 1, 1, self._hour,
                                                self._minute, self._second))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if tzinfo is not True:
            _no_tzinfo(tzinfo)
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            fold=self._fold if fold is None else fold)

    def _cmpkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (_rebuild, (type(self), self._cmpkey(), self._fold))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


################################################################################
# datetime
################################################################################

def _rebuild(cls, fields, fold):
    """Recreate a time or datetime (used by __reduce__ for copying)."""
    return cls(*fields, fold=fold)


class datetime(date):
    """Naive date and time of day."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _no_tzinfo(tzinfo)
        year, month, day = _check_date_fields(year, month, day)
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = fields
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    fold = property(lambda self: self._fold)
    tzinfo = property(lambda self: None)

    # -- alternate constructors --------------------------------------------
    @classmethod
    def _from_timestamp(cls, t, convert):
        frac, whole = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1.0
            us -= 1000000
        elif us < 0:
            whole -= 1.0
            us += 1000000
        tm = convert(int(whole))
        return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Local datetime from a POSIX timestamp."""
        _no_tzinfo(tz)
        return cls._from_timestamp(t, _time.localtime)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, _time.gmtime)

    @classmethod
    def now(cls, tz=None):
        _no_tzinfo(tz)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % type(time_part).__name__)
        if tzinfo is not True:
            _no_tzinfo(tzinfo)
        return cls(date_part.year, date_part.month, date_part.day,
                   time_part.hour, time_part.minute, time_part.second,
                   time_part.microsecond, fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Datetime from the ISO 8601 formats CPython 3.11 accepts (without
        UTC offsets)."""
        _check_isoformat_arg(date_string)
        raw = _iso_bytes(date_string, True)
        if raw is None:
            raise _invalid_iso(date_string)
        sep = _date_length(raw)
        ymd = _parse_iso_date(raw, sep)
        values = [0, 0, 0, 0]
        if ymd is not None and len(raw) > sep:
            lead = raw[sep]
            step = 1 if lead < '\x80' else ord(lead) - 0x80
            values = _parse_iso_time(raw[sep + step:])
        if ymd is None or values is None:
            raise _invalid_iso(date_string)
        return cls(*(tuple(ymd) + tuple(values)))

    # -- conversions -------------------------------------------------------
    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return self.time()

    def utcoffset(self):
        return None

    def dst(self):
        return None

    def tzname(self):
        return None

    def astimezone(self, tz=None):
        raise NotImplementedError('time zones are not supported by this '
                                  'datetime module')

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self.weekday(),
                             self._yday(), -1))

    def utctimetuple(self):
        return _struct_time((self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self.weekday(),
                             self._yday(), 0))

    def timestamp(self):
        """POSIX timestamp of this naive local datetime."""
        seconds = _local_seconds(self._year, self._month, self._day,
                                 self._hour, self._minute, self._second)
        return seconds + self._microsecond / 1e6

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        return '%04d-%02d-%02d%s%s' % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        return '%s(%d, %d, %d, %s)' % (
            _type_name(self), self._year, self._month, self._day,
            _time_repr_args(self._hour, self._minute, self._second,
                            self._microsecond, self._fold))

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond,
                         lambda: _local_seconds(
                             self._year, self._month, self._day, self._hour,
                             self._minute, self._second))

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if tzinfo is not True:
            _no_tzinfo(tzinfo)
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            fold=self._fold if fold is None else fold)

    # -- comparisons -------------------------------------------------------
    def _cmpkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, op):
        if isinstance(other, datetime):
            a, b = self._cmpkey(), other._cmpkey()
            if op == 0:
                return a == b
            if op == 1:
                return a != b
            if op == 2:
                return a < b
            if op == 3:
                return a <= b
            if op == 4:
                return a > b
            return a >= b
        if isinstance(other, date):
            if op == 0:
                return False
            if op == 1:
                return True
            _cmperror(self, other)
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, 0)

    def __ne__(self, other):
        return self._compare(other, 1)

    def __lt__(self, other):
        return self._compare(other, 2)

    def __le__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    # -- arithmetic --------------------------------------------------------
    def _shift(self, delta, sign):
        us = self._microsecond + sign * delta.microseconds
        seconds = (self._hour * 3600 + self._minute * 60 + self._second
                   + sign * delta.seconds + us // 1000000)
        us %= 1000000
        days = self.toordinal() + sign * delta.days + seconds // 86400
        seconds %= 86400
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        year, month, day = _ord2ymd(days)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return type(self)(year, month, day, hour, minute, second, us)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift(other, 1)
        return NotImplemented

    __radd__ = __add__

    def __reduce__(self):
        return (_rebuild, (type(self), self._cmpkey(), self._fold))

    def __sub__(self, other):
        if isinstance(other, datetime):
            days = self.toordinal() - other.toordinal()
            seconds = ((self._hour - other._hour) * 3600
                       + (self._minute - other._minute) * 60
                       + self._second - other._second)
            return timedelta(days, seconds,
                             self._microsecond - other._microsecond)
        if isinstance(other, timedelta):
            return self._shift(other, -1)
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
