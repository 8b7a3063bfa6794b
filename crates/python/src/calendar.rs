//! Pure calendar and clock arithmetic for the `time` and `datetime` modules.
//!
//! Nothing here asks the operating system anything: callers supply seconds
//! since the epoch, broken-down times and time-zone data.  The functions
//! reproduce what CPython 3.11 on Linux (glibc, C/C.UTF-8 `LC_TIME`) prints:
//!
//! * proleptic Gregorian day arithmetic ([`days_from_civil`],
//!   [`civil_from_days`], [`ordinal`], [`from_ordinal`], [`weekday`],
//!   [`isocalendar`]), valid for every `i64` day/year without overflow;
//! * [`gmtime`] / [`timegm`] conversions between epoch seconds and [`Tm`];
//! * `strftime` exactly as glibc's implementation behaves (flags `_ - 0 ^ #`,
//!   field widths, `E`/`O` modifiers, unknown directives copied through),
//!   including CPython's wrappers: [`time_strftime`] is `time.strftime`
//!   and [`strftime`] is `datetime.strftime` (which first substitutes
//!   `%z`, `%Z` and `%f` itself);
//! * the fixed-format texts of `time.asctime` ([`asctime`]) and
//!   `datetime.ctime` ([`datetime_ctime`]).
//!
//! The "local time zone" that glibc consults when a broken-down time has no
//! zone name (and for `%s`, which goes through `mktime`) is taken to be UTC.
//! No function panics, whatever the input.

/// Broken-down time like C's struct tm / Python's struct_time (tm_wday Monday=0, tm_yday 1-based).
///
/// `mon` is 1..=12 and `mday` 1..=31 as in Python; `isdst` is 1, 0 or -1
/// (unknown).  Fields are not validated here; out-of-range names print as
/// `?`, as glibc does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    /// Full year (e.g. 1970; may be zero or negative).
    pub year: i64,
    /// Month, 1..=12.
    pub mon: u32,
    /// Day of the month, 1..=31.
    pub mday: u32,
    /// Hour, 0..=23.
    pub hour: u32,
    /// Minute, 0..=59.
    pub min: u32,
    /// Second, 0..=61.
    pub sec: u32,
    /// Day of the week, Monday = 0.
    pub wday: u32,
    /// Day of the year, 1..=366.
    pub yday: u32,
    /// Daylight-saving flag: 1, 0 or -1.
    pub isdst: i32,
}

/// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
const EPOCH_SHIFT: i128 = 719_468;
/// `datetime.date(1970, 1, 1).toordinal()`.
const EPOCH_ORDINAL: i128 = 719_163;

fn clamp_i64(v: i128) -> i64 {
    if v > i64::MAX as i128 {
        i64::MAX
    } else if v < i64::MIN as i128 {
        i64::MIN
    } else {
        v as i64
    }
}

/// Days since 1970-01-01 for (year, month, day), wide arithmetic.  Months
/// outside 1..=12 carry into the year; the day is an offset from the 1st.
fn days_from_civil_wide(y: i128, m: u32, d: u32) -> i128 {
    let m0 = m as i128 - 1;
    let y = y + m0.div_euclid(12);
    let m = m0.rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - EPOCH_SHIFT + (d as i128 - 1)
}

/// (year, month, day) for a day count since 1970-01-01, wide arithmetic.
fn civil_from_days_wide(days: i128) -> (i128, u32, u32) {
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// Days since 1970-01-01 of the proleptic Gregorian date `y-m-d`.
///
/// A month outside 1..=12 is carried into the year (month 0 is December of
/// the previous year) and `d` counts from the 1st (day 0 is the last day of
/// the previous month), so every input has an answer (saturating at the
/// `i64` range).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    clamp_i64(days_from_civil_wide(y as i128, m, d))
}

/// The proleptic Gregorian (year, month, day) `days` days after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let (y, m, d) = civil_from_days_wide(days as i128);
    (clamp_i64(y), m, d)
}

/// Whether `y` is a Gregorian leap year.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Number of days in month `m` (1..=12) of year `y`; 0 for an invalid month.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if is_leap(y) {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

/// Day of the year, 1-based (`tm_yday`), of `y-m-d`.
pub fn day_of_year(y: i64, m: u32, d: u32) -> u32 {
    let days = days_from_civil_wide(y as i128, m, d) - days_from_civil_wide(y as i128, 1, 1);
    (days + 1).clamp(0, u32::MAX as i128) as u32
}

/// Day of the week of `y-m-d`, Monday = 0 (`datetime.date.weekday()`).
pub fn weekday(y: i64, m: u32, d: u32) -> u32 {
    (days_from_civil_wide(y as i128, m, d) + 3).rem_euclid(7) as u32
}

/// Proleptic Gregorian ordinal, as `datetime.date(y, m, d).toordinal()`
/// (0001-01-01 is 1).
pub fn ordinal(y: i64, m: u32, d: u32) -> i64 {
    clamp_i64(days_from_civil_wide(y as i128, m, d) + EPOCH_ORDINAL)
}

/// Inverse of [`ordinal`], as `datetime.date.fromordinal(n)` (CPython
/// requires `1 <= n <= 3652059`; that check is the caller's).
pub fn from_ordinal(n: i64) -> (i64, u32, u32) {
    let (y, m, d) = civil_from_days_wide(n as i128 - EPOCH_ORDINAL);
    (clamp_i64(y), m, d)
}

/// Ordinal of the Monday starting ISO week 1 of `year` (`_isoweek1monday`).
fn iso_week1_monday(year: i128) -> i128 {
    let firstday = days_from_civil_wide(year, 1, 1) + EPOCH_ORDINAL;
    let firstweekday = (firstday + 6).rem_euclid(7);
    let mut monday = firstday - firstweekday;
    if firstweekday > 3 {
        monday += 7;
    }
    monday
}

/// `datetime.date(y, m, d).isocalendar()`: (ISO year, week 1..=53,
/// weekday 1..=7 with Monday = 1).
pub fn isocalendar(y: i64, m: u32, d: u32) -> (i64, u32, u32) {
    let mut year = y as i128;
    let today = days_from_civil_wide(year, m, d) + EPOCH_ORDINAL;
    let mut w1 = iso_week1_monday(year);
    let mut week = (today - w1).div_euclid(7);
    let mut day = (today - w1).rem_euclid(7);
    if week < 0 {
        year -= 1;
        w1 = iso_week1_monday(year);
        week = (today - w1).div_euclid(7);
        day = (today - w1).rem_euclid(7);
    } else if week >= 52 && today >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (clamp_i64(year), (week + 1) as u32, (day + 1) as u32)
}

/// `datetime.date.fromisocalendar(year, week, day)` for years 1..=9999,
/// with CPython's ValueError messages (`Year is out of range: ...`,
/// `Invalid week: ...`, `Invalid weekday: ... (range is [1, 7])`).
pub fn from_isocalendar(year: i64, week: i64, day: i64) -> Result<(i64, u32, u32), String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("Year is out of range: {}", year));
    }
    if !(0 < week && week < 53) {
        let mut out_of_range = true;
        if week == 53 {
            let first_weekday =
                (days_from_civil_wide(year as i128, 1, 1) + EPOCH_ORDINAL).rem_euclid(7);
            if first_weekday == 4 || (first_weekday == 3 && is_leap(year)) {
                out_of_range = false;
            }
        }
        if out_of_range {
            return Err(format!("Invalid week: {}", week));
        }
    }
    if !(0 < day && day < 8) {
        return Err(format!("Invalid weekday: {} (range is [1, 7])", day));
    }
    let ord = iso_week1_monday(year as i128) + (week as i128 - 1) * 7 + (day as i128 - 1);
    let (y, m, d) = civil_from_days_wide(ord - EPOCH_ORDINAL);
    Ok((clamp_i64(y), m, d))
}

/// `time.gmtime(secs)`: the UTC broken-down time (`isdst` 0).  Python's
/// `time.gmtime` struct also carries `tm_zone='GMT'`, `tm_gmtoff=0`.
pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let (y, m, d) = civil_from_days_wide(days as i128);
    let yday = days as i128 - days_from_civil_wide(y, 1, 1) + 1;
    Tm {
        year: clamp_i64(y),
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days as i128 + 3).rem_euclid(7) as u32,
        yday: yday as u32,
        isdst: 0,
    }
}

/// `calendar.timegm(tm)`: seconds since the epoch of a UTC broken-down
/// time (inverse of [`gmtime`]).  `wday`, `yday` and `isdst` are ignored;
/// out-of-range fields are normalised arithmetically like C's `timegm`
/// (saturating at the `i64` range).
pub fn timegm(tm: &Tm) -> i64 {
    clamp_i64(timegm_wide(tm))
}

fn timegm_wide(tm: &Tm) -> i128 {
    let days = days_from_civil_wide(tm.year as i128, tm.mon, tm.mday);
    days * 86_400 + tm.hour as i128 * 3600 + tm.min as i128 * 60 + tm.sec as i128
}

const DAY_ABBR: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_FULL: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MON_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MON_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn name_of(table: &[&'static str], idx: u32) -> &'static str {
    table.get(idx as usize).copied().unwrap_or("?")
}

/// `time.asctime(tm)` / `time.ctime(secs)` text, e.g.
/// `'Thu Jan  1 00:00:00 1970'` (CPython's own `"%s %s%3d %.2d:%.2d:%.2d %d"`).
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        name_of(&DAY_ABBR, tm.wday),
        name_of(&MON_ABBR, tm.mon.wrapping_sub(1)),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `datetime.ctime()` text, e.g. `'Mon Jan  1 00:00:00 0001'`
/// (`"%s %s %2d %02d:%02d:%02d %04d"`; the year is zero-padded, unlike
/// [`asctime`]).
pub fn datetime_ctime(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        name_of(&DAY_ABBR, tm.wday),
        name_of(&MON_ABBR, tm.mon.wrapping_sub(1)),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

// ---------------------------------------------------------------------------
// strftime
// ---------------------------------------------------------------------------

/// Zone name glibc falls back to (`tzname[isdst]`) when a broken-down time
/// carries none: the local zone, taken to be UTC here.
const LOCAL_TZNAME: &str = "UTC";

/// The broken-down time as glibc's `strftime` sees it.
struct CTm<'a> {
    year: i128,
    /// `tm_year` = year - 1900.
    tm_year: i128,
    mon0: i128,
    mday: i128,
    hour: i128,
    min: i128,
    sec: i128,
    /// Sunday = 0.
    wday: i128,
    /// 0-based.
    yday: i128,
    isdst: i32,
    gmtoff: i128,
    zone: Option<&'a str>,
    /// The value `%s` prints (`mktime` of the fields).
    epoch: i128,
}

/// Per-directive state: glibc's `pad`, `width`, case flags, plus `cap`,
/// the most padding worth producing (anything longer than CPython's output
/// buffer is discarded anyway).
struct Spec {
    pad: char,
    width: i128,
    upper: bool,
    lower: bool,
    cap: i128,
}

fn case_map(c: char, upper: bool, lower: bool) -> char {
    if lower {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    } else if upper {
        let mut it = c.to_uppercase();
        match (it.next(), it.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    } else {
        c
    }
}

/// glibc's `add`/`cpy`: pad `text` on the left to `width` (zeros for the
/// `0` flag, spaces otherwise), applying the case flags.
fn cpy(out: &mut String, spec: &Spec, text: &str) {
    let n = text.chars().count() as i128;
    let delta = (spec.width - n).min(spec.cap);
    for _ in 0..delta.max(0) {
        out.push(if spec.pad == '0' { '0' } else { ' ' });
    }
    for c in text.chars() {
        out.push(case_map(c, spec.upper, spec.lower));
    }
}

/// glibc's `do_number_sign_and_padding` + final `cpy`: `body` is the
/// digits (with a leading '-' if negative), `digits` the minimum width.
fn number_out(out: &mut String, spec: &mut Spec, digits: i128, body: &str) {
    let negative = body.starts_with('-');
    let mut text = body;
    if spec.pad != '-' {
        let padding = (digits - body.chars().count() as i128).min(spec.cap);
        if padding > 0 {
            if spec.pad == '_' {
                for _ in 0..padding {
                    out.push(' ');
                }
                spec.width = if spec.width > padding {
                    spec.width - padding
                } else {
                    0
                };
            } else {
                if negative {
                    out.push('-');
                    text = &body[1..];
                }
                for _ in 0..padding {
                    out.push('0');
                }
                spec.width = 0;
            }
        }
    }
    cpy(out, spec, text);
}

/// glibc's `DO_NUMBER` / `DO_NUMBER_SPACEPAD`.
fn do_number(out: &mut String, spec: &mut Spec, d: i128, value: i128, spacepad: bool) {
    let digits = if d > spec.width { d } else { spec.width };
    if spacepad && spec.pad != '0' && spec.pad != '-' {
        spec.pad = '_';
    }
    number_out(out, spec, digits, &value.to_string());
}

/// `iso_week_days` from glibc (C `%` semantics, as Rust's).
fn iso_week_days(yday: i128, wday: i128) -> i128 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1
}

fn c_is_leap(y: i128) -> i128 {
    (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) as i128
}

/// glibc's `__strftime_internal` (wide-character version, as CPython uses
/// `wcsftime`), appending to `out`.
/// `limit` is CPython's buffer size in characters: once the output is
/// certainly longer, formatting stops (the caller then returns "").
fn c_strftime_into(out: &mut String, fmt: &[char], tp: &CTm, limit: usize) {
    let hour12 = if tp.hour > 12 {
        tp.hour - 12
    } else if tp.hour == 0 {
        12
    } else {
        tp.hour
    };
    let mut i = 0usize;
    while i < fmt.len() {
        let c = fmt[i];
        if c == '\0' {
            break;
        }
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        if out.len() > limit.saturating_mul(4) {
            return;
        }
        let mut spec = Spec {
            pad: '\0',
            width: -1,
            upper: false,
            lower: false,
            cap: limit as i128 + 1,
        };
        let mut change_case = false;
        let mut f = i + 1;
        // Flags.
        while let Some(&fc) = fmt.get(f) {
            match fc {
                '_' | '-' | '0' => spec.pad = fc,
                '^' => spec.upper = true,
                '#' => change_case = true,
                _ => break,
            }
            f += 1;
        }
        // Width.
        if fmt.get(f).is_some_and(|c| c.is_ascii_digit()) {
            let mut w: i128 = 0;
            while let Some(d) = fmt.get(f).and_then(|c| c.to_digit(10)) {
                w = if w > (i32::MAX / 10) as i128
                    || (w == (i32::MAX / 10) as i128 && d as i128 > (i32::MAX % 10) as i128)
                {
                    i32::MAX as i128
                } else {
                    w * 10 + d as i128
                };
                f += 1;
            }
            spec.width = w;
        }
        // Modifier.
        let mut modifier = '\0';
        if let Some(&m) = fmt.get(f) {
            if m == 'E' || m == 'O' {
                modifier = m;
                f += 1;
            }
        }
        let conv = fmt.get(f).copied().unwrap_or('\0');
        let mut bad = false;
        let mut subfmt: Option<&str> = None;
        match conv {
            '%' => cpy(out, &spec, "%"),
            'a' | 'A' => {
                if modifier != '\0' {
                    bad = true;
                } else {
                    if change_case {
                        spec.upper = true;
                        spec.lower = false;
                    }
                    let w = ((tp.wday % 7 + 6) % 7) as u32;
                    let name = if (0..=6).contains(&tp.wday) {
                        if conv == 'a' {
                            DAY_ABBR[w as usize]
                        } else {
                            DAY_FULL[w as usize]
                        }
                    } else {
                        "?"
                    };
                    cpy(out, &spec, name);
                }
            }
            'b' | 'h' | 'B' => {
                if change_case {
                    spec.upper = true;
                    spec.lower = false;
                }
                if modifier == 'E' {
                    bad = true;
                } else {
                    let name = if (0..=11).contains(&tp.mon0) {
                        if conv == 'B' {
                            MON_FULL[tp.mon0 as usize]
                        } else {
                            MON_ABBR[tp.mon0 as usize]
                        }
                    } else {
                        "?"
                    };
                    cpy(out, &spec, name);
                }
            }
            'c' => {
                if modifier == 'O' {
                    bad = true;
                } else {
                    subfmt = Some("%a %b %e %H:%M:%S %Y");
                }
            }
            'C' => {
                let y = tp.year;
                do_number(out, &mut spec, 1, y / 100 - (y % 100 < 0) as i128, false);
            }
            'x' => {
                if modifier == 'O' {
                    bad = true;
                } else {
                    subfmt = Some("%m/%d/%y");
                }
            }
            'D' => {
                if modifier != '\0' {
                    bad = true;
                } else {
                    subfmt = Some("%m/%d/%y");
                }
            }
            'F' => {
                if modifier != '\0' {
                    bad = true;
                } else {
                    subfmt = Some("%Y-%m-%d");
                }
            }
            'X' => {
                if modifier == 'O' {
                    bad = true;
                } else {
                    subfmt = Some("%H:%M:%S");
                }
            }
            'R' => subfmt = Some("%H:%M"),
            'r' => subfmt = Some("%I:%M:%S %p"),
            'T' => subfmt = Some("%H:%M:%S"),
            'd' | 'e' | 'H' | 'I' | 'k' | 'l' | 'j' | 'M' | 'm' | 'S' | 'U' | 'W' | 'w' | 'V'
            | 'g' | 'G' => {
                if modifier == 'E' {
                    bad = true;
                } else {
                    let (d, v, space) = match conv {
                        'd' => (2, tp.mday, false),
                        'e' => (2, tp.mday, true),
                        'H' => (2, tp.hour, false),
                        'I' => (2, hour12, false),
                        'k' => (2, tp.hour, true),
                        'l' => (2, hour12, true),
                        'j' => (3, 1 + tp.yday, false),
                        'M' => (2, tp.min, false),
                        'm' => (2, tp.mon0 + 1, false),
                        'S' => (2, tp.sec, false),
                        'U' => (2, (tp.yday - tp.wday + 7) / 7, false),
                        'W' => (2, (tp.yday - (tp.wday - 1 + 7) % 7 + 7) / 7, false),
                        'w' => (1, tp.wday, false),
                        _ => {
                            let mut year = tp.year;
                            let mut days = iso_week_days(tp.yday, tp.wday);
                            if days < 0 {
                                year -= 1;
                                days = iso_week_days(tp.yday + (365 + c_is_leap(year)), tp.wday);
                            } else {
                                let d2 = iso_week_days(tp.yday - (365 + c_is_leap(year)), tp.wday);
                                if d2 >= 0 {
                                    year += 1;
                                    days = d2;
                                }
                            }
                            match conv {
                                'g' => (2, (year % 100 + 100) % 100, false),
                                'G' => (1, year, false),
                                _ => (2, days / 7 + 1, false),
                            }
                        }
                    };
                    do_number(out, &mut spec, d, v, space);
                }
            }
            'n' => cpy(out, &spec, "\n"),
            't' => cpy(out, &spec, "\t"),
            'P' | 'p' => {
                if conv == 'P' {
                    spec.lower = true;
                }
                if change_case {
                    spec.upper = false;
                    spec.lower = true;
                }
                cpy(out, &spec, if tp.hour > 11 { "PM" } else { "AM" });
            }
            's' => {
                let digits = 1;
                number_out(out, &mut spec, digits, &tp.epoch.to_string());
            }
            'u' => do_number(out, &mut spec, 1, (tp.wday - 1 + 7) % 7 + 1, false),
            'Y' => {
                if modifier == 'O' {
                    bad = true;
                } else {
                    do_number(out, &mut spec, 1, tp.year, false);
                }
            }
            'y' => do_number(out, &mut spec, 2, (tp.tm_year % 100 + 100) % 100, false),
            'Z' => {
                if change_case {
                    spec.upper = false;
                    spec.lower = true;
                }
                let mut zone = tp.zone.filter(|z| !z.is_empty());
                if zone.is_none() && tp.isdst >= 0 {
                    zone = Some(if tp.isdst <= 1 { LOCAL_TZNAME } else { "?" });
                }
                cpy(out, &spec, zone.unwrap_or(""));
            }
            'z' => {
                if tp.isdst >= 0 {
                    // glibc stores tm_gmtoff into an int.
                    let mut diff = tp.gmtoff as i32 as i128;
                    if diff < 0 {
                        cpy(out, &spec, "-");
                        diff = -diff;
                    } else {
                        cpy(out, &spec, "+");
                    }
                    diff /= 60;
                    do_number(out, &mut spec, 4, (diff / 60) * 100 + diff % 60, false);
                }
            }
            _ => bad = true,
        }
        if let Some(sub) = subfmt {
            let sub: Vec<char> = sub.chars().collect();
            let mut tmp = String::new();
            c_strftime_into(&mut tmp, &sub, tp, limit);
            let keep_upper = spec.upper;
            spec.upper = false;
            spec.lower = false;
            let mut padded = String::new();
            cpy(&mut padded, &spec, &tmp);
            if keep_upper {
                padded = padded.chars().map(|c| case_map(c, true, false)).collect();
            }
            out.push_str(&padded);
        }
        if bad {
            // Copy the directive as written, from '%' through the current
            // character (or through the last character at end of format).
            let end = if conv == '\0' { f } else { f + 1 };
            let text: String = fmt[start..end.min(fmt.len())].iter().collect();
            cpy(out, &spec, &text);
        }
        i = if conv == '\0' {
            f.max(start + 1)
        } else {
            f + 1
        };
    }
}

/// The largest buffer (in characters) CPython's `time.strftime` loop tries
/// for a format of `fmt_len` characters; results of this length or more
/// come out as the empty string.
fn python_buffer_size(fmt_len: usize) -> usize {
    let mut size: usize = 1024;
    while size < fmt_len.saturating_mul(256) {
        size = size.saturating_mul(2);
    }
    size
}

/// `time.strftime(format, t)` as CPython 3.11 on glibc prints it.
///
/// `gmtoff` and `zone` are the struct_time's `tm_gmtoff`/`tm_zone`
/// (`time.gmtime` gives 0 and `"GMT"`; a plain 9-tuple gives `0`/`None`,
/// in which case `%Z` is the local zone name — `UTC` here — unless
/// `isdst` is -1).  `%z` is empty when `isdst` is -1.  `%s` prints what
/// glibc's `mktime` gives in a UTC local zone: `timegm(tm)`, less an hour
/// when `isdst > 0`.  `%f` is not a glibc directive and is copied
/// through.  A NUL character ends the format (CPython raises ValueError
/// `embedded null character` before getting here).
pub fn time_strftime(format: &str, tm: &Tm, gmtoff: i64, zone: Option<&str>) -> String {
    let fmt: Vec<char> = format.chars().collect();
    let fmt_len = fmt.iter().position(|&c| c == '\0').unwrap_or(fmt.len());
    let ctm = CTm {
        year: tm.year as i128,
        tm_year: tm.year as i128 - 1900,
        mon0: tm.mon as i128 - 1,
        mday: tm.mday as i128,
        hour: tm.hour as i128,
        min: tm.min as i128,
        sec: tm.sec as i128,
        wday: (tm.wday as i128 + 1) % 7,
        yday: tm.yday as i128 - 1,
        isdst: tm.isdst.clamp(-1, 1),
        gmtoff: gmtoff as i128,
        zone,
        epoch: timegm_wide(tm) - if tm.isdst > 0 { 3600 } else { 0 },
    };
    let limit = python_buffer_size(fmt_len);
    let mut out = String::new();
    c_strftime_into(&mut out, &fmt[..fmt_len], &ctm, limit);
    if out.chars().count() >= limit {
        String::new()
    } else {
        out
    }
}

/// `datetime`/`date`/`time` `.strftime(format)` as CPython 3.11 prints it.
///
/// First `%z` (`+HHMM`, or `+HHMMSS` when the offset has seconds; empty
/// when `utc_offset_secs` is `None`), `%Z` (`tz_name`, empty for naive
/// objects) and `%f` (`microsecond`, six digits) are substituted, exactly
/// like CPython's `wrap_strftime`; the rest goes through glibc-style
/// [`time_strftime`] with the object's `timetuple()` (pass `tm.isdst` as
/// `timetuple()` has it: -1 unless the tzinfo's `dst()` says otherwise).
pub fn strftime(
    format: &str,
    tm: &Tm,
    microsecond: u32,
    utc_offset_secs: Option<i32>,
    tz_name: &str,
) -> String {
    let mut newfmt = String::with_capacity(format.len() + 8);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c == '\0' {
            break;
        }
        if c != '%' {
            newfmt.push(c);
            continue;
        }
        match chars.next() {
            None | Some('\0') => {
                newfmt.push('%');
                break;
            }
            Some('z') => {
                if let Some(off) = utc_offset_secs {
                    let (sign, off) = if off < 0 {
                        ('-', -(off as i64))
                    } else {
                        ('+', off as i64)
                    };
                    let (h, m, s) = (off / 3600, off % 3600 / 60, off % 60);
                    newfmt.push(sign);
                    newfmt.push_str(&format!("{:02}{:02}", h, m));
                    if s != 0 {
                        newfmt.push_str(&format!("{:02}", s));
                    }
                }
            }
            Some('Z') => newfmt.push_str(&tz_name.replace('%', "%%")),
            Some('f') => newfmt.push_str(&format!("{:06}", microsecond)),
            Some(other) => {
                newfmt.push('%');
                newfmt.push(other);
            }
        }
    }
    time_strftime(&newfmt, tm, 0, None)
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    //! Expected values were produced by CPython 3.11.7 on glibc 2.36
    //! (`time.strftime`, `time.gmtime`, `time.asctime`, `datetime`).
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn t(
        year: i64,
        mon: u32,
        mday: u32,
        hour: u32,
        min: u32,
        sec: u32,
        wday: u32,
        yday: u32,
        isdst: i32,
    ) -> Tm {
        Tm {
            year,
            mon,
            mday,
            hour,
            min,
            sec,
            wday,
            yday,
            isdst,
        }
    }

    fn esc(s: &str) -> String {
        s.replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('\t', "\\t")
    }

    const CONVS: &str = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%PfqQE+:";
    const FLAGS: &[&str] = &[
        "", "-", "_", "0", "^", "#", "^#", "10", "-10", "_10", "010", "^10", "E", "O", "_E", "3O",
        "-5E",
    ];

    fn all_formats() -> Vec<String> {
        let mut v = Vec::new();
        for c in CONVS.chars() {
            for fl in FLAGS {
                v.push(format!("%{}{}", fl, c));
            }
        }
        v.extend(EXTRA_FORMATS.iter().map(|s| s.to_string()));
        v
    }

    #[test]
    fn time_strftime_matches_cpython() {
        let formats = all_formats();
        let mut checked = 0;
        for (tm, gmtoff, zone, expected) in strftime_cases() {
            let lines: Vec<&str> = expected.split('\n').collect();
            assert_eq!(lines.len(), formats.len());
            for (f, e) in formats.iter().zip(lines) {
                let got = esc(&time_strftime(f, &tm, gmtoff, zone));
                assert_eq!(got, e, "format {:?} on {:?}", f, tm);
                checked += 1;
            }
        }
        assert!(checked > 4000);
    }

    #[test]
    fn strftime_buffer_limit_matches_cpython() {
        let tm = gmtime(0);
        let len = |f: &str| time_strftime(f, &tm, 0, Some("GMT")).chars().count();
        assert_eq!(len("%2047Y"), 2047);
        assert_eq!(len("%2048Y"), 0);
        assert_eq!(len("%1024Y"), 1024);
        assert_eq!(len("ab%1023Y"), 1025);
        assert_eq!(len("%1024Y%1Y"), 1028);
        assert_eq!(len("é%2047Y"), 0);
        assert_eq!(len("é%2046Y"), 2047);
        // Absurd widths neither panic nor allocate without bound.
        assert_eq!(len("%2147483647Y"), 0);
        assert_eq!(len("%99999999999999999999d"), 0);
        assert_eq!(len(&"%2147483647Y".repeat(2000)), 0);
    }

    #[test]
    fn gmtime_timegm_asctime_match_cpython() {
        for &(t, y, mon, mday, hour, min, sec, wday, yday, asc) in GMTIME {
            let tm = gmtime(t);
            assert_eq!(
                tm,
                Tm {
                    year: y,
                    mon,
                    mday,
                    hour,
                    min,
                    sec,
                    wday,
                    yday,
                    isdst: 0
                },
                "t={}",
                t
            );
            assert_eq!(timegm(&tm), t);
            assert_eq!(asctime(&tm), asc);
        }
    }

    #[test]
    fn dates_match_cpython() {
        for &(y, m, d, ord, wd, iso, ctime, yday, text) in DATES {
            assert_eq!(ordinal(y, m, d), ord, "{}-{}-{}", y, m, d);
            assert_eq!(from_ordinal(ord), (y, m, d));
            assert_eq!(weekday(y, m, d), wd);
            assert_eq!(isocalendar(y, m, d), iso);
            assert_eq!(
                from_isocalendar(iso.0, iso.1 as i64, iso.2 as i64),
                Ok((y, m, d))
            );
            assert_eq!(day_of_year(y, m, d), yday);
            let tm = Tm {
                year: y,
                mon: m,
                mday: d,
                hour: 0,
                min: 0,
                sec: 0,
                wday: wd,
                yday,
                isdst: -1,
            };
            assert_eq!(datetime_ctime(&tm), ctime);
            assert_eq!(
                strftime("%Y-%m-%d %a %j %U %W %V %G %f|%z|%Z", &tm, 0, None, ""),
                text
            );
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
    }

    #[test]
    fn datetime_strftime_matches_cpython() {
        for (tm, us, off, name, f, expected) in datetime_cases() {
            assert_eq!(
                esc(&strftime(f, &tm, us, off, name)),
                expected,
                "format {:?}",
                f
            );
        }
    }

    #[test]
    fn calendar_helpers() {
        assert!(
            is_leap(2000)
                && is_leap(2024)
                && !is_leap(1900)
                && !is_leap(2023)
                && is_leap(0)
                && is_leap(-4)
        );
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2023, 13), 0);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(1969, 13, 1), 0);
        assert_eq!(days_from_civil(1970, 1, 0), -1);
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
        assert_eq!(from_isocalendar(2020, 53, 1), Ok((2020, 12, 28)));
        assert_eq!(
            from_isocalendar(2021, 53, 1),
            Err("Invalid week: 53".to_string())
        );
        assert_eq!(
            from_isocalendar(2021, 1, 8),
            Err("Invalid weekday: 8 (range is [1, 7])".to_string())
        );
        assert_eq!(
            from_isocalendar(0, 1, 1),
            Err("Year is out of range: 0".to_string())
        );
        // Extremes neither panic nor overflow.
        let _ = gmtime(i64::MAX);
        let _ = gmtime(i64::MIN);
        let _ = timegm(&Tm {
            year: i64::MAX,
            mon: u32::MAX,
            mday: u32::MAX,
            hour: u32::MAX,
            min: u32::MAX,
            sec: u32::MAX,
            wday: 99,
            yday: 999,
            isdst: 5,
        });
        let _ = ordinal(i64::MIN, 0, 0);
        let _ = from_ordinal(i64::MIN);
        let _ = isocalendar(i64::MAX, 12, 31);
        let weird = Tm {
            year: i64::MIN,
            mon: 0,
            mday: 99,
            hour: 25,
            min: 61,
            sec: 99,
            wday: 9,
            yday: 0,
            isdst: 7,
        };
        let all: String = CONVS.chars().map(|c| format!("%{}", c)).collect();
        let _ = time_strftime(&all, &weird, i64::MIN, None);
        let _ = strftime(&all, &weird, u32::MAX, Some(i32::MIN), "%");
        let _ = asctime(&weird);
        let _ = datetime_ctime(&weird);
    }

    /// (tm, gmtoff, zone, escaped results of MATRIX then EXTRA formats joined by newlines)
    fn strftime_cases() -> Vec<(Tm, i64, Option<&'static str>, &'static str)> {
        vec![
            (
                t(2001, 9, 9, 1, 46, 40, 6, 252, 0),
                0,
                Some("GMT"),
                r#"Sun
Sun
Sun
Sun
SUN
SUN
SUN
       Sun
       Sun
       Sun
0000000Sun
       SUN
%Ea
%Oa
%_Ea
%3Oa
%-5Ea
Sunday
Sunday
Sunday
Sunday
SUNDAY
SUNDAY
SUNDAY
    Sunday
    Sunday
    Sunday
0000Sunday
    SUNDAY
%EA
%OA
%_EA
%3OA
%-5EA
Sep
Sep
Sep
Sep
SEP
SEP
SEP
       Sep
       Sep
       Sep
0000000Sep
       SEP
%Eb
Sep
%_Eb
Sep
%-5Eb
September
September
September
September
SEPTEMBER
SEPTEMBER
SEPTEMBER
 September
 September
 September
0September
 SEPTEMBER
%EB
September
%_EB
September
%-5EB
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
SUN SEP  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
SUN SEP  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
SUN SEP  9 01:46:40 2001
Sun Sep  9 01:46:40 2001
%Oc
Sun Sep  9 01:46:40 2001
%3Oc
Sun Sep  9 01:46:40 2001
20
20
20
20
20
20
20
0000000020
        20
        20
0000000020
0000000020
20
20
20
020
   20
09
9
 9
09
09
09
09
0000000009
         9
         9
0000000009
0000000009
%Ed
09
%_Ed
009
%-5Ed
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
  09/09/01
  09/09/01
  09/09/01
0009/09/01
  09/09/01
%ED
%OD
%_ED
%3OD
%-5ED
 9
9
 9
09
 9
 9
 9
         9
         9
         9
0000000009
         9
%Ee
 9
%_Ee
  9
%-5Ee
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
2001-09-09
%EF
%OF
%_EF
%3OF
%-5EF
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%Eg
01
%_Eg
001
%-5Eg
2001
2001
2001
2001
2001
2001
2001
0000002001
      2001
      2001
0000002001
0000002001
%EG
2001
%_EG
2001
%-5EG
Sep
Sep
Sep
Sep
SEP
SEP
SEP
       Sep
       Sep
       Sep
0000000Sep
       SEP
%Eh
Sep
%_Eh
Sep
%-5Eh
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EH
01
%_EH
001
%-5EH
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EI
01
%_EI
001
%-5EI
252
252
252
252
252
252
252
0000000252
       252
       252
0000000252
0000000252
%Ej
252
%_Ej
252
%-5Ej
 1
1
 1
01
 1
 1
 1
         1
         1
         1
0000000001
         1
%Ek
 1
%_Ek
  1
%-5Ek
 1
1
 1
01
 1
 1
 1
         1
         1
         1
0000000001
         1
%El
 1
%_El
  1
%-5El
09
9
 9
09
09
09
09
0000000009
         9
         9
0000000009
0000000009
%Em
09
%_Em
009
%-5Em
46
46
46
46
46
46
46
0000000046
        46
        46
0000000046
0000000046
%EM
46
%_EM
046
%-5EM
\n
\n
\n
\n
\n
\n
\n
         \n
         \n
         \n
000000000\n
         \n
\n
\n
\n
  \n
    \n
AM
AM
AM
AM
AM
am
am
        AM
        AM
        AM
00000000AM
        AM
AM
AM
AM
 AM
   AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46:40 AM
01:46
01:46
01:46
01:46
01:46
01:46
01:46
     01:46
     01:46
     01:46
0000001:46
     01:46
01:46
01:46
01:46
01:46
01:46
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
1000000000
40
40
40
40
40
40
40
0000000040
        40
        40
0000000040
0000000040
%ES
40
%_ES
040
%-5ES
\t
\t
\t
\t
\t
\t
\t
         \t
         \t
         \t
000000000\t
         \t
\t
\t
\t
  \t
    \t
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
  01:46:40
  01:46:40
  01:46:40
0001:46:40
  01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
7
7
7
7
7
7
7
0000000007
         7
         7
0000000007
0000000007
7
7
7
007
    7
36
36
36
36
36
36
36
0000000036
        36
        36
0000000036
0000000036
%EU
36
%_EU
036
%-5EU
36
36
36
36
36
36
36
0000000036
        36
        36
0000000036
0000000036
%EV
36
%_EV
036
%-5EV
0
0
0
0
0
0
0
0000000000
         0
         0
0000000000
0000000000
%Ew
0
%_Ew
000
%-5Ew
36
36
36
36
36
36
36
0000000036
        36
        36
0000000036
0000000036
%EW
36
%_EW
036
%-5EW
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
09/09/01
  09/09/01
  09/09/01
  09/09/01
0009/09/01
  09/09/01
09/09/01
%Ox
09/09/01
%3Ox
09/09/01
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
01:46:40
  01:46:40
  01:46:40
  01:46:40
0001:46:40
  01:46:40
01:46:40
%OX
01:46:40
%3OX
01:46:40
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
01
01
 1
001
    1
2001
2001
2001
2001
2001
2001
2001
0000002001
      2001
      2001
0000002001
0000002001
2001
%OY
2001
%3OY
 2001
+0000
+0
+   0
+0000
+0000
+0000
+0000
         +0000000000
         +         0
         +         0
000000000+0000000000
         +0000000000
+0000
+0000
+   0
  +0000
    +    0
GMT
GMT
GMT
GMT
GMT
gmt
gmt
       GMT
       GMT
       GMT
0000000GMT
       GMT
GMT
GMT
GMT
GMT
  GMT
%
%
%
%
%
%
%
         %
         %
         %
000000000%
         %
%
%
%
  %
    %
am
am
am
am
am
am
am
        am
        am
        am
00000000am
        am
am
am
am
 am
   am
%f
%-f
%_f
%0f
%^F
%#f
%^#F
      %10f
     %-10f
     %_10f
00000%010f
     %^10F
%Ef
%Of
%_Ef
%3Of
%-5Ef
%q
%-q
%_q
%0q
%^Q
%#q
%^#Q
      %10q
     %-10q
     %_10q
00000%010q
     %^10Q
%Eq
%Oq
%_Eq
%3Oq
%-5Eq
%Q
%-Q
%_Q
%0Q
%^Q
%#Q
%^#Q
      %10Q
     %-10Q
     %_10Q
00000%010Q
     %^10Q
%EQ
%OQ
%_EQ
%3OQ
%-5EQ
%E
%-E
%_E
%0E
%^E
%#E
%^#E
      %10E
     %-10E
     %_10E
00000%010E
     %^10E
%EE
%OE
%_EE
%3OE
%-5EE
%+
%-+
%_+
%0+
%^+
%#+
%^#+
      %10+
     %-10+
     %_10+
00000%010+
     %^10+
%E+
%O+
%_E+
%3O+
%-5E+
%:
%-:
%_:
%0:
%^:
%#:
%^#:
      %10:
     %-10:
     %_10:
00000%010:
     %^10:
%E:
%O:
%_E:
%3O:
%-5E:

%
a%
%-
   %5
  %5E
%Y
x%y%%
%^É
  %5é
Δ 2001 €
2001-09-09 01:46:40
Sun, 09 Sep 2001 01:46:40 +0000
01:46 AM
252 36 36 36 2001 01 7 0

Sun Sep  9 01:46:40 2001 | 09/09/01 | 01:46:40
09/09/01 2001-09-09 01:46:40 01:46 01:46:40 AM
 9  1  1
Sun Sep  9 01:46:40 2001
SUN SEP  9 01:46:40 2001
  01:46:40
  01:46:40
0000000GMT
 SEPTEMBER
SEP
         +         0
         +         0
+   0
0000+00000
  +0000
20 01
1000000000
1000000000
1000000000"#,
            ),
            (
                t(-5, 3, 4, 13, 5, 6, 2, 63, 0),
                0,
                None,
                r#"Wed
Wed
Wed
Wed
WED
WED
WED
       Wed
       Wed
       Wed
0000000Wed
       WED
%Ea
%Oa
%_Ea
%3Oa
%-5Ea
Wednesday
Wednesday
Wednesday
Wednesday
WEDNESDAY
WEDNESDAY
WEDNESDAY
 Wednesday
 Wednesday
 Wednesday
0Wednesday
 WEDNESDAY
%EA
%OA
%_EA
%3OA
%-5EA
Mar
Mar
Mar
Mar
MAR
MAR
MAR
       Mar
       Mar
       Mar
0000000Mar
       MAR
%Eb
Mar
%_Eb
Mar
%-5Eb
March
March
March
March
MARCH
MARCH
MARCH
     March
     March
     March
00000March
     MARCH
%EB
March
%_EB
March
%-5EB
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
WED MAR  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
WED MAR  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
WED MAR  4 13:05:06 -5
Wed Mar  4 13:05:06 -5
%Oc
Wed Mar  4 13:05:06 -5
%3Oc
Wed Mar  4 13:05:06 -5
-1
-1
-1
-1
-1
-1
-1
-000000001
        -1
        -1
-000000001
-000000001
-1
-1
-1
-01
   -1
04
4
 4
04
04
04
04
0000000004
         4
         4
0000000004
0000000004
%Ed
04
%_Ed
004
%-5Ed
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
  03/04/95
  03/04/95
  03/04/95
0003/04/95
  03/04/95
%ED
%OD
%_ED
%3OD
%-5ED
 4
4
 4
04
 4
 4
 4
         4
         4
         4
0000000004
         4
%Ee
 4
%_Ee
  4
%-5Ee
-5-03-04
-5-03-04
-5-03-04
-5-03-04
-5-03-04
-5-03-04
-5-03-04
  -5-03-04
  -5-03-04
  -5-03-04
00-5-03-04
  -5-03-04
%EF
%OF
%_EF
%3OF
%-5EF
95
95
95
95
95
95
95
0000000095
        95
        95
0000000095
0000000095
%Eg
95
%_Eg
095
%-5Eg
-5
-5
-5
-5
-5
-5
-5
-000000005
        -5
        -5
-000000005
-000000005
%EG
-5
%_EG
-05
%-5EG
Mar
Mar
Mar
Mar
MAR
MAR
MAR
       Mar
       Mar
       Mar
0000000Mar
       MAR
%Eh
Mar
%_Eh
Mar
%-5Eh
13
13
13
13
13
13
13
0000000013
        13
        13
0000000013
0000000013
%EH
13
%_EH
013
%-5EH
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EI
01
%_EI
001
%-5EI
063
63
 63
063
063
063
063
0000000063
        63
        63
0000000063
0000000063
%Ej
063
%_Ej
063
%-5Ej
13
13
13
13
13
13
13
        13
        13
        13
0000000013
        13
%Ek
13
%_Ek
 13
%-5Ek
 1
1
 1
01
 1
 1
 1
         1
         1
         1
0000000001
         1
%El
 1
%_El
  1
%-5El
03
3
 3
03
03
03
03
0000000003
         3
         3
0000000003
0000000003
%Em
03
%_Em
003
%-5Em
05
5
 5
05
05
05
05
0000000005
         5
         5
0000000005
0000000005
%EM
05
%_EM
005
%-5EM
\n
\n
\n
\n
\n
\n
\n
         \n
         \n
         \n
000000000\n
         \n
\n
\n
\n
  \n
    \n
PM
PM
PM
PM
PM
pm
pm
        PM
        PM
        PM
00000000PM
        PM
PM
PM
PM
 PM
   PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
01:05:06 PM
13:05
13:05
13:05
13:05
13:05
13:05
13:05
     13:05
     13:05
     13:05
0000013:05
     13:05
13:05
13:05
13:05
13:05
13:05
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
-62319581694
06
6
 6
06
06
06
06
0000000006
         6
         6
0000000006
0000000006
%ES
06
%_ES
006
%-5ES
\t
\t
\t
\t
\t
\t
\t
         \t
         \t
         \t
000000000\t
         \t
\t
\t
\t
  \t
    \t
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
  13:05:06
  13:05:06
  13:05:06
0013:05:06
  13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
3
3
3
3
3
3
3
0000000003
         3
         3
0000000003
0000000003
3
3
3
003
    3
09
9
 9
09
09
09
09
0000000009
         9
         9
0000000009
0000000009
%EU
09
%_EU
009
%-5EU
10
10
10
10
10
10
10
0000000010
        10
        10
0000000010
0000000010
%EV
10
%_EV
010
%-5EV
3
3
3
3
3
3
3
0000000003
         3
         3
0000000003
0000000003
%Ew
3
%_Ew
003
%-5Ew
09
9
 9
09
09
09
09
0000000009
         9
         9
0000000009
0000000009
%EW
09
%_EW
009
%-5EW
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
03/04/95
  03/04/95
  03/04/95
  03/04/95
0003/04/95
  03/04/95
03/04/95
%Ox
03/04/95
%3Ox
03/04/95
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
13:05:06
  13:05:06
  13:05:06
  13:05:06
0013:05:06
  13:05:06
13:05:06
%OX
13:05:06
%3OX
13:05:06
95
95
95
95
95
95
95
0000000095
        95
        95
0000000095
0000000095
95
95
95
095
   95
-5
-5
-5
-5
-5
-5
-5
-000000005
        -5
        -5
-000000005
-000000005
-5
%OY
-5
%3OY
   -5
+0000
+0
+   0
+0000
+0000
+0000
+0000
         +0000000000
         +         0
         +         0
000000000+0000000000
         +0000000000
+0000
+0000
+   0
  +0000
    +    0
UTC
UTC
UTC
UTC
UTC
utc
utc
       UTC
       UTC
       UTC
0000000UTC
       UTC
UTC
UTC
UTC
UTC
  UTC
%
%
%
%
%
%
%
         %
         %
         %
000000000%
         %
%
%
%
  %
    %
pm
pm
pm
pm
pm
pm
pm
        pm
        pm
        pm
00000000pm
        pm
pm
pm
pm
 pm
   pm
%f
%-f
%_f
%0f
%^F
%#f
%^#F
      %10f
     %-10f
     %_10f
00000%010f
     %^10F
%Ef
%Of
%_Ef
%3Of
%-5Ef
%q
%-q
%_q
%0q
%^Q
%#q
%^#Q
      %10q
     %-10q
     %_10q
00000%010q
     %^10Q
%Eq
%Oq
%_Eq
%3Oq
%-5Eq
%Q
%-Q
%_Q
%0Q
%^Q
%#Q
%^#Q
      %10Q
     %-10Q
     %_10Q
00000%010Q
     %^10Q
%EQ
%OQ
%_EQ
%3OQ
%-5EQ
%E
%-E
%_E
%0E
%^E
%#E
%^#E
      %10E
     %-10E
     %_10E
00000%010E
     %^10E
%EE
%OE
%_EE
%3OE
%-5EE
%+
%-+
%_+
%0+
%^+
%#+
%^#+
      %10+
     %-10+
     %_10+
00000%010+
     %^10+
%E+
%O+
%_E+
%3O+
%-5E+
%:
%-:
%_:
%0:
%^:
%#:
%^#:
      %10:
     %-10:
     %_10:
00000%010:
     %^10:
%E:
%O:
%_E:
%3O:
%-5E:

%
a%
%-
   %5
  %5E
%Y
x%y%%
%^É
  %5é
Δ -5 €
-5-03-04 13:05:06
Wed, 04 Mar -5 13:05:06 +0000
01:05 PM
063 09 09 10 -5 95 3 3

Wed Mar  4 13:05:06 -5 | 03/04/95 | 13:05:06
03/04/95 -5-03-04 13:05:06 13:05 01:05:06 PM
 4 13  1
Wed Mar  4 13:05:06 -5
WED MAR  4 13:05:06 -5
  13:05:06
  13:05:06
0000000UTC
     MARCH
MAR
         +         0
         +         0
+   0
0000+00000
  +0000
-1 95
-62319581694
-62319581694
-62319581694"#,
            ),
            (
                t(2024, 12, 30, 0, 59, 7, 0, 365, -1),
                0,
                None,
                r#"Mon
Mon
Mon
Mon
MON
MON
MON
       Mon
       Mon
       Mon
0000000Mon
       MON
%Ea
%Oa
%_Ea
%3Oa
%-5Ea
Monday
Monday
Monday
Monday
MONDAY
MONDAY
MONDAY
    Monday
    Monday
    Monday
0000Monday
    MONDAY
%EA
%OA
%_EA
%3OA
%-5EA
Dec
Dec
Dec
Dec
DEC
DEC
DEC
       Dec
       Dec
       Dec
0000000Dec
       DEC
%Eb
Dec
%_Eb
Dec
%-5Eb
December
December
December
December
DECEMBER
DECEMBER
DECEMBER
  December
  December
  December
00December
  DECEMBER
%EB
December
%_EB
December
%-5EB
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
MON DEC 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
MON DEC 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
MON DEC 30 00:59:07 2024
Mon Dec 30 00:59:07 2024
%Oc
Mon Dec 30 00:59:07 2024
%3Oc
Mon Dec 30 00:59:07 2024
20
20
20
20
20
20
20
0000000020
        20
        20
0000000020
0000000020
20
20
20
020
   20
30
30
30
30
30
30
30
0000000030
        30
        30
0000000030
0000000030
%Ed
30
%_Ed
030
%-5Ed
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
  12/30/24
  12/30/24
  12/30/24
0012/30/24
  12/30/24
%ED
%OD
%_ED
%3OD
%-5ED
30
30
30
30
30
30
30
        30
        30
        30
0000000030
        30
%Ee
30
%_Ee
 30
%-5Ee
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
2024-12-30
%EF
%OF
%_EF
%3OF
%-5EF
25
25
25
25
25
25
25
0000000025
        25
        25
0000000025
0000000025
%Eg
25
%_Eg
025
%-5Eg
2025
2025
2025
2025
2025
2025
2025
0000002025
      2025
      2025
0000002025
0000002025
%EG
2025
%_EG
2025
%-5EG
Dec
Dec
Dec
Dec
DEC
DEC
DEC
       Dec
       Dec
       Dec
0000000Dec
       DEC
%Eh
Dec
%_Eh
Dec
%-5Eh
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%EH
00
%_EH
000
%-5EH
12
12
12
12
12
12
12
0000000012
        12
        12
0000000012
0000000012
%EI
12
%_EI
012
%-5EI
365
365
365
365
365
365
365
0000000365
       365
       365
0000000365
0000000365
%Ej
365
%_Ej
365
%-5Ej
 0
0
 0
00
 0
 0
 0
         0
         0
         0
0000000000
         0
%Ek
 0
%_Ek
  0
%-5Ek
12
12
12
12
12
12
12
        12
        12
        12
0000000012
        12
%El
12
%_El
 12
%-5El
12
12
12
12
12
12
12
0000000012
        12
        12
0000000012
0000000012
%Em
12
%_Em
012
%-5Em
59
59
59
59
59
59
59
0000000059
        59
        59
0000000059
0000000059
%EM
59
%_EM
059
%-5EM
\n
\n
\n
\n
\n
\n
\n
         \n
         \n
         \n
000000000\n
         \n
\n
\n
\n
  \n
    \n
AM
AM
AM
AM
AM
am
am
        AM
        AM
        AM
00000000AM
        AM
AM
AM
AM
 AM
   AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
12:59:07 AM
00:59
00:59
00:59
00:59
00:59
00:59
00:59
     00:59
     00:59
     00:59
0000000:59
     00:59
00:59
00:59
00:59
00:59
00:59
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
1735520347
07
7
 7
07
07
07
07
0000000007
         7
         7
0000000007
0000000007
%ES
07
%_ES
007
%-5ES
\t
\t
\t
\t
\t
\t
\t
         \t
         \t
         \t
000000000\t
         \t
\t
\t
\t
  \t
    \t
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
  00:59:07
  00:59:07
  00:59:07
0000:59:07
  00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
1
1
1
001
    1
52
52
52
52
52
52
52
0000000052
        52
        52
0000000052
0000000052
%EU
52
%_EU
052
%-5EU
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EV
01
%_EV
001
%-5EV
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
%Ew
1
%_Ew
001
%-5Ew
53
53
53
53
53
53
53
0000000053
        53
        53
0000000053
0000000053
%EW
53
%_EW
053
%-5EW
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
12/30/24
  12/30/24
  12/30/24
  12/30/24
0012/30/24
  12/30/24
12/30/24
%Ox
12/30/24
%3Ox
12/30/24
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
00:59:07
  00:59:07
  00:59:07
  00:59:07
0000:59:07
  00:59:07
00:59:07
%OX
00:59:07
%3OX
00:59:07
24
24
24
24
24
24
24
0000000024
        24
        24
0000000024
0000000024
24
24
24
024
   24
2024
2024
2024
2024
2024
2024
2024
0000002024
      2024
      2024
0000002024
0000002024
2024
%OY
2024
%3OY
 2024
























          
          
          
0000000000
          



   
     
%
%
%
%
%
%
%
         %
         %
         %
000000000%
         %
%
%
%
  %
    %
am
am
am
am
am
am
am
        am
        am
        am
00000000am
        am
am
am
am
 am
   am
%f
%-f
%_f
%0f
%^F
%#f
%^#F
      %10f
     %-10f
     %_10f
00000%010f
     %^10F
%Ef
%Of
%_Ef
%3Of
%-5Ef
%q
%-q
%_q
%0q
%^Q
%#q
%^#Q
      %10q
     %-10q
     %_10q
00000%010q
     %^10Q
%Eq
%Oq
%_Eq
%3Oq
%-5Eq
%Q
%-Q
%_Q
%0Q
%^Q
%#Q
%^#Q
      %10Q
     %-10Q
     %_10Q
00000%010Q
     %^10Q
%EQ
%OQ
%_EQ
%3OQ
%-5EQ
%E
%-E
%_E
%0E
%^E
%#E
%^#E
      %10E
     %-10E
     %_10E
00000%010E
     %^10E
%EE
%OE
%_EE
%3OE
%-5EE
%+
%-+
%_+
%0+
%^+
%#+
%^#+
      %10+
     %-10+
     %_10+
00000%010+
     %^10+
%E+
%O+
%_E+
%3O+
%-5E+
%:
%-:
%_:
%0:
%^:
%#:
%^#:
      %10:
     %-10:
     %_10:
00000%010:
     %^10:
%E:
%O:
%_E:
%3O:
%-5E:

%
a%
%-
   %5
  %5E
%Y
x%y%%
%^É
  %5é
Δ 2024 €
2024-12-30 00:59:07
Mon, 30 Dec 2024 00:59:07 
12:59 AM
365 52 53 01 2025 25 1 1

Mon Dec 30 00:59:07 2024 | 12/30/24 | 00:59:07
12/30/24 2024-12-30 00:59:07 00:59 12:59:07 AM
30  0 12
Mon Dec 30 00:59:07 2024
MON DEC 30 00:59:07 2024
  00:59:07
  00:59:07
0000000000
  DECEMBER
DEC





20 24
1735520347
1735520347
1735520347"#,
            ),
            (
                t(2021, 6, 15, 12, 0, 0, 1, 166, 1),
                -12600,
                Some("NST"),
                r#"Tue
Tue
Tue
Tue
TUE
TUE
TUE
       Tue
       Tue
       Tue
0000000Tue
       TUE
%Ea
%Oa
%_Ea
%3Oa
%-5Ea
Tuesday
Tuesday
Tuesday
Tuesday
TUESDAY
TUESDAY
TUESDAY
   Tuesday
   Tuesday
   Tuesday
000Tuesday
   TUESDAY
%EA
%OA
%_EA
%3OA
%-5EA
Jun
Jun
Jun
Jun
JUN
JUN
JUN
       Jun
       Jun
       Jun
0000000Jun
       JUN
%Eb
Jun
%_Eb
Jun
%-5Eb
June
June
June
June
JUNE
JUNE
JUNE
      June
      June
      June
000000June
      JUNE
%EB
June
%_EB
June
%-5EB
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
TUE JUN 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
TUE JUN 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
TUE JUN 15 12:00:00 2021
Tue Jun 15 12:00:00 2021
%Oc
Tue Jun 15 12:00:00 2021
%3Oc
Tue Jun 15 12:00:00 2021
20
20
20
20
20
20
20
0000000020
        20
        20
0000000020
0000000020
20
20
20
020
   20
15
15
15
15
15
15
15
0000000015
        15
        15
0000000015
0000000015
%Ed
15
%_Ed
015
%-5Ed
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
  06/15/21
  06/15/21
  06/15/21
0006/15/21
  06/15/21
%ED
%OD
%_ED
%3OD
%-5ED
15
15
15
15
15
15
15
        15
        15
        15
0000000015
        15
%Ee
15
%_Ee
 15
%-5Ee
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
2021-06-15
%EF
%OF
%_EF
%3OF
%-5EF
21
21
21
21
21
21
21
0000000021
        21
        21
0000000021
0000000021
%Eg
21
%_Eg
021
%-5Eg
2021
2021
2021
2021
2021
2021
2021
0000002021
      2021
      2021
0000002021
0000002021
%EG
2021
%_EG
2021
%-5EG
Jun
Jun
Jun
Jun
JUN
JUN
JUN
       Jun
       Jun
       Jun
0000000Jun
       JUN
%Eh
Jun
%_Eh
Jun
%-5Eh
12
12
12
12
12
12
12
0000000012
        12
        12
0000000012
0000000012
%EH
12
%_EH
012
%-5EH
12
12
12
12
12
12
12
0000000012
        12
        12
0000000012
0000000012
%EI
12
%_EI
012
%-5EI
166
166
166
166
166
166
166
0000000166
       166
       166
0000000166
0000000166
%Ej
166
%_Ej
166
%-5Ej
12
12
12
12
12
12
12
        12
        12
        12
0000000012
        12
%Ek
12
%_Ek
 12
%-5Ek
12
12
12
12
12
12
12
        12
        12
        12
0000000012
        12
%El
12
%_El
 12
%-5El
06
6
 6
06
06
06
06
0000000006
         6
         6
0000000006
0000000006
%Em
06
%_Em
006
%-5Em
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%EM
00
%_EM
000
%-5EM
\n
\n
\n
\n
\n
\n
\n
         \n
         \n
         \n
000000000\n
         \n
\n
\n
\n
  \n
    \n
PM
PM
PM
PM
PM
pm
pm
        PM
        PM
        PM
00000000PM
        PM
PM
PM
PM
 PM
   PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00:00 PM
12:00
12:00
12:00
12:00
12:00
12:00
12:00
     12:00
     12:00
     12:00
0000012:00
     12:00
12:00
12:00
12:00
12:00
12:00
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
1623754800
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%ES
00
%_ES
000
%-5ES
\t
\t
\t
\t
\t
\t
\t
         \t
         \t
         \t
000000000\t
         \t
\t
\t
\t
  \t
    \t
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
  12:00:00
  12:00:00
  12:00:00
0012:00:00
  12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
2
2
2
2
2
2
2
0000000002
         2
         2
0000000002
0000000002
2
2
2
002
    2
24
24
24
24
24
24
24
0000000024
        24
        24
0000000024
0000000024
%EU
24
%_EU
024
%-5EU
24
24
24
24
24
24
24
0000000024
        24
        24
0000000024
0000000024
%EV
24
%_EV
024
%-5EV
2
2
2
2
2
2
2
0000000002
         2
         2
0000000002
0000000002
%Ew
2
%_Ew
002
%-5Ew
24
24
24
24
24
24
24
0000000024
        24
        24
0000000024
0000000024
%EW
24
%_EW
024
%-5EW
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
06/15/21
  06/15/21
  06/15/21
  06/15/21
0006/15/21
  06/15/21
06/15/21
%Ox
06/15/21
%3Ox
06/15/21
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
12:00:00
  12:00:00
  12:00:00
  12:00:00
0012:00:00
  12:00:00
12:00:00
%OX
12:00:00
%3OX
12:00:00
21
21
21
21
21
21
21
0000000021
        21
        21
0000000021
0000000021
21
21
21
021
   21
2021
2021
2021
2021
2021
2021
2021
0000002021
      2021
      2021
0000002021
0000002021
2021
%OY
2021
%3OY
 2021
-0330
-330
- 330
-0330
-0330
-0330
-0330
         -0000000330
         -       330
         -       330
000000000-0000000330
         -0000000330
-0330
-0330
- 330
  -0330
    -  330
NST
NST
NST
NST
NST
nst
nst
       NST
       NST
       NST
0000000NST
       NST
NST
NST
NST
NST
  NST
%
%
%
%
%
%
%
         %
         %
         %
000000000%
         %
%
%
%
  %
    %
pm
pm
pm
pm
pm
pm
pm
        pm
        pm
        pm
00000000pm
        pm
pm
pm
pm
 pm
   pm
%f
%-f
%_f
%0f
%^F
%#f
%^#F
      %10f
     %-10f
     %_10f
00000%010f
     %^10F
%Ef
%Of
%_Ef
%3Of
%-5Ef
%q
%-q
%_q
%0q
%^Q
%#q
%^#Q
      %10q
     %-10q
     %_10q
00000%010q
     %^10Q
%Eq
%Oq
%_Eq
%3Oq
%-5Eq
%Q
%-Q
%_Q
%0Q
%^Q
%#Q
%^#Q
      %10Q
     %-10Q
     %_10Q
00000%010Q
     %^10Q
%EQ
%OQ
%_EQ
%3OQ
%-5EQ
%E
%-E
%_E
%0E
%^E
%#E
%^#E
      %10E
     %-10E
     %_10E
00000%010E
     %^10E
%EE
%OE
%_EE
%3OE
%-5EE
%+
%-+
%_+
%0+
%^+
%#+
%^#+
      %10+
     %-10+
     %_10+
00000%010+
     %^10+
%E+
%O+
%_E+
%3O+
%-5E+
%:
%-:
%_:
%0:
%^:
%#:
%^#:
      %10:
     %-10:
     %_10:
00000%010:
     %^10:
%E:
%O:
%_E:
%3O:
%-5E:

%
a%
%-
   %5
  %5E
%Y
x%y%%
%^É
  %5é
Δ 2021 €
2021-06-15 12:00:00
Tue, 15 Jun 2021 12:00:00 -0330
12:00 PM
166 24 24 24 2021 21 2 2

Tue Jun 15 12:00:00 2021 | 06/15/21 | 12:00:00
06/15/21 2021-06-15 12:00:00 12:00 12:00:00 PM
15 12 12
Tue Jun 15 12:00:00 2021
TUE JUN 15 12:00:00 2021
  12:00:00
  12:00:00
0000000NST
      JUNE
JUN
         -       330
         -       330
- 330
0000-00330
  -0330
20 21
1623754800
1623754800
1623754800"#,
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, 0),
                0,
                None,
                r#"Mon
Mon
Mon
Mon
MON
MON
MON
       Mon
       Mon
       Mon
0000000Mon
       MON
%Ea
%Oa
%_Ea
%3Oa
%-5Ea
Monday
Monday
Monday
Monday
MONDAY
MONDAY
MONDAY
    Monday
    Monday
    Monday
0000Monday
    MONDAY
%EA
%OA
%_EA
%3OA
%-5EA
Jan
Jan
Jan
Jan
JAN
JAN
JAN
       Jan
       Jan
       Jan
0000000Jan
       JAN
%Eb
Jan
%_Eb
Jan
%-5Eb
January
January
January
January
JANUARY
JANUARY
JANUARY
   January
   January
   January
000January
   JANUARY
%EB
January
%_EB
January
%-5EB
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
MON JAN  1 00:00:00 1
Mon Jan  1 00:00:00 1
MON JAN  1 00:00:00 1
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
Mon Jan  1 00:00:00 1
MON JAN  1 00:00:00 1
Mon Jan  1 00:00:00 1
%Oc
Mon Jan  1 00:00:00 1
%3Oc
Mon Jan  1 00:00:00 1
0
0
0
0
0
0
0
0000000000
         0
         0
0000000000
0000000000
0
0
0
000
    0
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%Ed
01
%_Ed
001
%-5Ed
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
  01/01/01
  01/01/01
  01/01/01
0001/01/01
  01/01/01
%ED
%OD
%_ED
%3OD
%-5ED
 1
1
 1
01
 1
 1
 1
         1
         1
         1
0000000001
         1
%Ee
 1
%_Ee
  1
%-5Ee
1-01-01
1-01-01
1-01-01
1-01-01
1-01-01
1-01-01
1-01-01
   1-01-01
   1-01-01
   1-01-01
0001-01-01
   1-01-01
%EF
%OF
%_EF
%3OF
%-5EF
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%Eg
01
%_Eg
001
%-5Eg
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
%EG
1
%_EG
001
%-5EG
Jan
Jan
Jan
Jan
JAN
JAN
JAN
       Jan
       Jan
       Jan
0000000Jan
       JAN
%Eh
Jan
%_Eh
Jan
%-5Eh
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%EH
00
%_EH
000
%-5EH
12
12
12
12
12
12
12
0000000012
        12
        12
0000000012
0000000012
%EI
12
%_EI
012
%-5EI
001
1
  1
001
001
001
001
0000000001
         1
         1
0000000001
0000000001
%Ej
001
%_Ej
001
%-5Ej
 0
0
 0
00
 0
 0
 0
         0
         0
         0
0000000000
         0
%Ek
 0
%_Ek
  0
%-5Ek
12
12
12
12
12
12
12
        12
        12
        12
0000000012
        12
%El
12
%_El
 12
%-5El
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%Em
01
%_Em
001
%-5Em
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%EM
00
%_EM
000
%-5EM
\n
\n
\n
\n
\n
\n
\n
         \n
         \n
         \n
000000000\n
         \n
\n
\n
\n
  \n
    \n
AM
AM
AM
AM
AM
am
am
        AM
        AM
        AM
00000000AM
        AM
AM
AM
AM
 AM
   AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
12:00:00 AM
00:00
00:00
00:00
00:00
00:00
00:00
00:00
     00:00
     00:00
     00:00
0000000:00
     00:00
00:00
00:00
00:00
00:00
00:00
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
-62135596800
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%ES
00
%_ES
000
%-5ES
\t
\t
\t
\t
\t
\t
\t
         \t
         \t
         \t
000000000\t
         \t
\t
\t
\t
  \t
    \t
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
  00:00:00
  00:00:00
  00:00:00
0000:00:00
  00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
1
1
1
001
    1
00
0
 0
00
00
00
00
0000000000
         0
         0
0000000000
0000000000
%EU
00
%_EU
000
%-5EU
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EV
01
%_EV
001
%-5EV
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
%Ew
1
%_Ew
001
%-5Ew
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
%EW
01
%_EW
001
%-5EW
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
01/01/01
  01/01/01
  01/01/01
  01/01/01
0001/01/01
  01/01/01
01/01/01
%Ox
01/01/01
%3Ox
01/01/01
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
00:00:00
  00:00:00
  00:00:00
  00:00:00
0000:00:00
  00:00:00
00:00:00
%OX
00:00:00
%3OX
00:00:00
01
1
 1
01
01
01
01
0000000001
         1
         1
0000000001
0000000001
01
01
 1
001
    1
1
1
1
1
1
1
1
0000000001
         1
         1
0000000001
0000000001
1
%OY
1
%3OY
    1
+0000
+0
+   0
+0000
+0000
+0000
+0000
         +0000000000
         +         0
         +         0
000000000+0000000000
         +0000000000
+0000
+0000
+   0
  +0000
    +    0
UTC
UTC
UTC
UTC
UTC
utc
utc
       UTC
       UTC
       UTC
0000000UTC
       UTC
UTC
UTC
UTC
UTC
  UTC
%
%
%
%
%
%
%
         %
         %
         %
000000000%
         %
%
%
%
  %
    %
am
am
am
am
am
am
am
        am
        am
        am
00000000am
        am
am
am
am
 am
   am
%f
%-f
%_f
%0f
%^F
%#f
%^#F
      %10f
     %-10f
     %_10f
00000%010f
     %^10F
%Ef
%Of
%_Ef
%3Of
%-5Ef
%q
%-q
%_q
%0q
%^Q
%#q
%^#Q
      %10q
     %-10q
     %_10q
00000%010q
     %^10Q
%Eq
%Oq
%_Eq
%3Oq
%-5Eq
%Q
%-Q
%_Q
%0Q
%^Q
%#Q
%^#Q
      %10Q
     %-10Q
     %_10Q
00000%010Q
     %^10Q
%EQ
%OQ
%_EQ
%3OQ
%-5EQ
%E
%-E
%_E
%0E
%^E
%#E
%^#E
      %10E
     %-10E
     %_10E
00000%010E
     %^10E
%EE
%OE
%_EE
%3OE
%-5EE
%+
%-+
%_+
%0+
%^+
%#+
%^#+
      %10+
     %-10+
     %_10+
00000%010+
     %^10+
%E+
%O+
%_E+
%3O+
%-5E+
%:
%-:
%_:
%0:
%^:
%#:
%^#:
      %10:
     %-10:
     %_10:
00000%010:
     %^10:
%E:
%O:
%_E:
%3O:
%-5E:

%
a%
%-
   %5
  %5E
%Y
x%y%%
%^É
  %5é
Δ 1 €
1-01-01 00:00:00
Mon, 01 Jan 1 00:00:00 +0000
12:00 AM
001 00 01 01 1 01 1 1

Mon Jan  1 00:00:00 1 | 01/01/01 | 00:00:00
01/01/01 1-01-01 00:00:00 00:00 12:00:00 AM
 1  0 12
Mon Jan  1 00:00:00 1
MON JAN  1 00:00:00 1
  00:00:00
  00:00:00
0000000UTC
   JANUARY
JAN
         +         0
         +         0
+   0
0000+00000
  +0000
0 01
-62135596800
-62135596800
-62135596800"#,
            ),
        ]
    }
    const EXTRA_FORMATS: &[&str] = &[
        "",
        "%",
        "a%",
        "%-",
        "%5",
        "%5E",
        "%E%Y",
        "x%%y%%%",
        "%^é",
        "%5é",
        "Δ %Y €",
        "%Y-%m-%d %H:%M:%S",
        "%a, %d %b %Y %H:%M:%S %z",
        "%I:%M %p",
        "%j %U %W %V %G %g %u %w",
        "%3000Y",
        "%c | %x | %X",
        "%D %F %T %R %r",
        "%e %k %l",
        "%10c",
        "%^c",
        "%-10T",
        "%_10T",
        "%010Z",
        "%^10B",
        "%#^b",
        "%-10z",
        "%_10z",
        "%_z",
        "%05z",
        "%3z",
        "%C %y",
        "%10s",
        "%010s",
        "%-s",
    ];
    /// (t, year, mon, mday, hour, min, sec, wday, yday, asctime)
    const GMTIME: &[(i64, i64, u32, u32, u32, u32, u32, u32, u32, &str)] = &[
        (0, 1970, 1, 1, 0, 0, 0, 3, 1, "Thu Jan  1 00:00:00 1970"),
        (1, 1970, 1, 1, 0, 0, 1, 3, 1, "Thu Jan  1 00:00:01 1970"),
        (
            -1,
            1969,
            12,
            31,
            23,
            59,
            59,
            2,
            365,
            "Wed Dec 31 23:59:59 1969",
        ),
        (59, 1970, 1, 1, 0, 0, 59, 3, 1, "Thu Jan  1 00:00:59 1970"),
        (60, 1970, 1, 1, 0, 1, 0, 3, 1, "Thu Jan  1 00:01:00 1970"),
        (
            86399,
            1970,
            1,
            1,
            23,
            59,
            59,
            3,
            1,
            "Thu Jan  1 23:59:59 1970",
        ),
        (86400, 1970, 1, 2, 0, 0, 0, 4, 2, "Fri Jan  2 00:00:00 1970"),
        (
            -86400,
            1969,
            12,
            31,
            0,
            0,
            0,
            2,
            365,
            "Wed Dec 31 00:00:00 1969",
        ),
        (
            -86401,
            1969,
            12,
            30,
            23,
            59,
            59,
            1,
            364,
            "Tue Dec 30 23:59:59 1969",
        ),
        (
            951782400,
            2000,
            2,
            29,
            0,
            0,
            0,
            1,
            60,
            "Tue Feb 29 00:00:00 2000",
        ),
        (
            951868800,
            2000,
            3,
            1,
            0,
            0,
            0,
            2,
            61,
            "Wed Mar  1 00:00:00 2000",
        ),
        (
            1000000000,
            2001,
            9,
            9,
            1,
            46,
            40,
            6,
            252,
            "Sun Sep  9 01:46:40 2001",
        ),
        (
            2147483647,
            2038,
            1,
            19,
            3,
            14,
            7,
            1,
            19,
            "Tue Jan 19 03:14:07 2038",
        ),
        (
            2147483648,
            2038,
            1,
            19,
            3,
            14,
            8,
            1,
            19,
            "Tue Jan 19 03:14:08 2038",
        ),
        (
            -2147483648,
            1901,
            12,
            13,
            20,
            45,
            52,
            4,
            347,
            "Fri Dec 13 20:45:52 1901",
        ),
        (
            1709647629,
            2024,
            3,
            5,
            14,
            7,
            9,
            1,
            65,
            "Tue Mar  5 14:07:09 2024",
        ),
        (
            4102444800,
            2100,
            1,
            1,
            0,
            0,
            0,
            4,
            1,
            "Fri Jan  1 00:00:00 2100",
        ),
        (
            253402300799,
            9999,
            12,
            31,
            23,
            59,
            59,
            4,
            365,
            "Fri Dec 31 23:59:59 9999",
        ),
        (
            -62135596800,
            1,
            1,
            1,
            0,
            0,
            0,
            0,
            1,
            "Mon Jan  1 00:00:00 1",
        ),
        (
            -62135596801,
            0,
            12,
            31,
            23,
            59,
            59,
            6,
            366,
            "Sun Dec 31 23:59:59 0",
        ),
        (
            946684799,
            1999,
            12,
            31,
            23,
            59,
            59,
            4,
            365,
            "Fri Dec 31 23:59:59 1999",
        ),
        (
            978307200,
            2001,
            1,
            1,
            0,
            0,
            0,
            0,
            1,
            "Mon Jan  1 00:00:00 2001",
        ),
        (
            1234567890,
            2009,
            2,
            13,
            23,
            31,
            30,
            4,
            44,
            "Fri Feb 13 23:31:30 2009",
        ),
        (
            -1234567890,
            1930,
            11,
            18,
            0,
            28,
            30,
            1,
            322,
            "Tue Nov 18 00:28:30 1930",
        ),
        (
            68169600,
            1972,
            2,
            29,
            0,
            0,
            0,
            1,
            60,
            "Tue Feb 29 00:00:00 1972",
        ),
        (
            10000000000,
            2286,
            11,
            20,
            17,
            46,
            40,
            5,
            324,
            "Sat Nov 20 17:46:40 2286",
        ),
        (
            -30610224000,
            1000,
            1,
            1,
            0,
            0,
            0,
            2,
            1,
            "Wed Jan  1 00:00:00 1000",
        ),
        (
            13000000000,
            2381,
            12,
            14,
            23,
            6,
            40,
            0,
            348,
            "Mon Dec 14 23:06:40 2381",
        ),
    ];
    /// (y, m, d, toordinal, weekday, isocalendar, ctime, yday, strftime("%Y-%m-%d %a %j %U %W %V %G %f|%z|%Z"))
    const DATES: &[(i64, u32, u32, i64, u32, (i64, u32, u32), &str, u32, &str)] = &[
        (
            1,
            1,
            1,
            1,
            0,
            (1, 1, 1),
            "Mon Jan  1 00:00:00 0001",
            1,
            "1-01-01 Mon 001 00 01 01 1 000000||",
        ),
        (
            1,
            12,
            31,
            365,
            0,
            (2, 1, 1),
            "Mon Dec 31 00:00:00 0001",
            365,
            "1-12-31 Mon 365 52 53 01 2 000000||",
        ),
        (
            2,
            1,
            1,
            366,
            1,
            (2, 1, 2),
            "Tue Jan  1 00:00:00 0002",
            1,
            "2-01-01 Tue 001 00 00 01 2 000000||",
        ),
        (
            4,
            2,
            29,
            1155,
            6,
            (4, 9, 7),
            "Sun Feb 29 00:00:00 0004",
            60,
            "4-02-29 Sun 060 09 08 09 4 000000||",
        ),
        (
            100,
            2,
            28,
            36218,
            6,
            (100, 8, 7),
            "Sun Feb 28 00:00:00 0100",
            59,
            "100-02-28 Sun 059 09 08 08 100 000000||",
        ),
        (
            100,
            3,
            1,
            36219,
            0,
            (100, 9, 1),
            "Mon Mar  1 00:00:00 0100",
            60,
            "100-03-01 Mon 060 09 09 09 100 000000||",
        ),
        (
            400,
            2,
            29,
            145791,
            1,
            (400, 9, 2),
            "Tue Feb 29 00:00:00 0400",
            60,
            "400-02-29 Tue 060 09 09 09 400 000000||",
        ),
        (
            1582,
            10,
            15,
            577736,
            4,
            (1582, 41, 5),
            "Fri Oct 15 00:00:00 1582",
            288,
            "1582-10-15 Fri 288 41 41 41 1582 000000||",
        ),
        (
            1600,
            2,
            29,
            584082,
            1,
            (1600, 9, 2),
            "Tue Feb 29 00:00:00 1600",
            60,
            "1600-02-29 Tue 060 09 09 09 1600 000000||",
        ),
        (
            1700,
            3,
            1,
            620607,
            0,
            (1700, 9, 1),
            "Mon Mar  1 00:00:00 1700",
            60,
            "1700-03-01 Mon 060 09 09 09 1700 000000||",
        ),
        (
            1899,
            12,
            31,
            693595,
            6,
            (1899, 52, 7),
            "Sun Dec 31 00:00:00 1899",
            365,
            "1899-12-31 Sun 365 53 52 52 1899 000000||",
        ),
        (
            1900,
            1,
            1,
            693596,
            0,
            (1900, 1, 1),
            "Mon Jan  1 00:00:00 1900",
            1,
            "1900-01-01 Mon 001 00 01 01 1900 000000||",
        ),
        (
            1900,
            2,
            28,
            693654,
            2,
            (1900, 9, 3),
            "Wed Feb 28 00:00:00 1900",
            59,
            "1900-02-28 Wed 059 08 09 09 1900 000000||",
        ),
        (
            1900,
            3,
            1,
            693655,
            3,
            (1900, 9, 4),
            "Thu Mar  1 00:00:00 1900",
            60,
            "1900-03-01 Thu 060 08 09 09 1900 000000||",
        ),
        (
            1969,
            12,
            31,
            719162,
            2,
            (1970, 1, 3),
            "Wed Dec 31 00:00:00 1969",
            365,
            "1969-12-31 Wed 365 52 52 01 1970 000000||",
        ),
        (
            1970,
            1,
            1,
            719163,
            3,
            (1970, 1, 4),
            "Thu Jan  1 00:00:00 1970",
            1,
            "1970-01-01 Thu 001 00 00 01 1970 000000||",
        ),
        (
            1999,
            12,
            31,
            730119,
            4,
            (1999, 52, 5),
            "Fri Dec 31 00:00:00 1999",
            365,
            "1999-12-31 Fri 365 52 52 52 1999 000000||",
        ),
        (
            2000,
            1,
            1,
            730120,
            5,
            (1999, 52, 6),
            "Sat Jan  1 00:00:00 2000",
            1,
            "2000-01-01 Sat 001 00 00 52 1999 000000||",
        ),
        (
            2000,
            2,
            29,
            730179,
            1,
            (2000, 9, 2),
            "Tue Feb 29 00:00:00 2000",
            60,
            "2000-02-29 Tue 060 09 09 09 2000 000000||",
        ),
        (
            2000,
            12,
            31,
            730485,
            6,
            (2000, 52, 7),
            "Sun Dec 31 00:00:00 2000",
            366,
            "2000-12-31 Sun 366 53 52 52 2000 000000||",
        ),
        (
            2004,
            1,
            1,
            731581,
            3,
            (2004, 1, 4),
            "Thu Jan  1 00:00:00 2004",
            1,
            "2004-01-01 Thu 001 00 00 01 2004 000000||",
        ),
        (
            2008,
            12,
            28,
            733404,
            6,
            (2008, 52, 7),
            "Sun Dec 28 00:00:00 2008",
            363,
            "2008-12-28 Sun 363 52 51 52 2008 000000||",
        ),
        (
            2008,
            12,
            29,
            733405,
            0,
            (2009, 1, 1),
            "Mon Dec 29 00:00:00 2008",
            364,
            "2008-12-29 Mon 364 52 52 01 2009 000000||",
        ),
        (
            2009,
            12,
            31,
            733772,
            3,
            (2009, 53, 4),
            "Thu Dec 31 00:00:00 2009",
            365,
            "2009-12-31 Thu 365 52 52 53 2009 000000||",
        ),
        (
            2010,
            1,
            3,
            733775,
            6,
            (2009, 53, 7),
            "Sun Jan  3 00:00:00 2010",
            3,
            "2010-01-03 Sun 003 01 00 53 2009 000000||",
        ),
        (
            2010,
            1,
            4,
            733776,
            0,
            (2010, 1, 1),
            "Mon Jan  4 00:00:00 2010",
            4,
            "2010-01-04 Mon 004 01 01 01 2010 000000||",
        ),
        (
            2015,
            12,
            31,
            735963,
            3,
            (2015, 53, 4),
            "Thu Dec 31 00:00:00 2015",
            365,
            "2015-12-31 Thu 365 52 52 53 2015 000000||",
        ),
        (
            2016,
            1,
            1,
            735964,
            4,
            (2015, 53, 5),
            "Fri Jan  1 00:00:00 2016",
            1,
            "2016-01-01 Fri 001 00 00 53 2015 000000||",
        ),
        (
            2020,
            12,
            31,
            737790,
            3,
            (2020, 53, 4),
            "Thu Dec 31 00:00:00 2020",
            366,
            "2020-12-31 Thu 366 52 52 53 2020 000000||",
        ),
        (
            2021,
            1,
            1,
            737791,
            4,
            (2020, 53, 5),
            "Fri Jan  1 00:00:00 2021",
            1,
            "2021-01-01 Fri 001 00 00 53 2020 000000||",
        ),
        (
            2024,
            2,
            29,
            738945,
            3,
            (2024, 9, 4),
            "Thu Feb 29 00:00:00 2024",
            60,
            "2024-02-29 Thu 060 08 09 09 2024 000000||",
        ),
        (
            2024,
            3,
            5,
            738950,
            1,
            (2024, 10, 2),
            "Tue Mar  5 00:00:00 2024",
            65,
            "2024-03-05 Tue 065 09 10 10 2024 000000||",
        ),
        (
            2100,
            2,
            28,
            766703,
            6,
            (2100, 8, 7),
            "Sun Feb 28 00:00:00 2100",
            59,
            "2100-02-28 Sun 059 09 08 08 2100 000000||",
        ),
        (
            2100,
            3,
            1,
            766704,
            0,
            (2100, 9, 1),
            "Mon Mar  1 00:00:00 2100",
            60,
            "2100-03-01 Mon 060 09 09 09 2100 000000||",
        ),
        (
            2400,
            2,
            29,
            876276,
            1,
            (2400, 9, 2),
            "Tue Feb 29 00:00:00 2400",
            60,
            "2400-02-29 Tue 060 09 09 09 2400 000000||",
        ),
        (
            9999,
            12,
            31,
            3652059,
            4,
            (9999, 52, 5),
            "Fri Dec 31 00:00:00 9999",
            365,
            "9999-12-31 Fri 365 52 52 52 9999 000000||",
        ),
        (
            9999,
            1,
            1,
            3651695,
            4,
            (9998, 53, 5),
            "Fri Jan  1 00:00:00 9999",
            1,
            "9999-01-01 Fri 001 00 00 53 9998 000000||",
        ),
        (
            5000,
            6,
            15,
            1826013,
            6,
            (5000, 24, 7),
            "Sun Jun 15 00:00:00 5000",
            166,
            "5000-06-15 Sun 166 24 23 24 5000 000000||",
        ),
    ];
    /// (tm, microsecond, utc offset, tzname, format, expected)
    fn datetime_cases() -> Vec<(
        Tm,
        u32,
        Option<i32>,
        &'static str,
        &'static str,
        &'static str,
    )> {
        vec![
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%Z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%f",
                "123456",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%-z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%^Z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%-f",
                "%-f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%%f",
                "%f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%5f",
                "  %5f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%",
                "%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "x%",
                "x%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%s",
                "1709647629",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%c",
                "Tue Mar  5 14:07:09 2024",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%Y%%z",
                "2024%z",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%E%f",
                "%E123456",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%Y-%m-%dT%H:%M:%S.%f%z",
                "2024-03-05T14:07:09.123456",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%d/%m/%Y, %H:%M:%S",
                "05/03/2024, 14:07:09",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%A %d. %B %Y",
                "Tuesday 05. March 2024",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%I%p",
                "02PM",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%%Z%Z%%",
                "%Z%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%%%z",
                "%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                123456,
                None,
                "",
                "%x %X",
                "03/05/24 14:07:09",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%z",
                "+0000",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%Z",
                "UTC",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%f",
                "000005",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%-z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%^Z",
                "",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%-f",
                "%-f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%%f",
                "%f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%5f",
                "  %5f",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%",
                "%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "x%",
                "x%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%s",
                "1709647629",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%c",
                "Tue Mar  5 14:07:09 2024",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%Y%%z",
                "2024%z",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%E%f",
                "%E000005",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%Y-%m-%dT%H:%M:%S.%f%z",
                "2024-03-05T14:07:09.000005+0000",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%d/%m/%Y, %H:%M:%S",
                "05/03/2024, 14:07:09",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%A %d. %B %Y",
                "Tuesday 05. March 2024",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%I%p",
                "02PM",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%%Z%Z%%",
                "%ZUTC%",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%%%z",
                "%+0000",
            ),
            (
                t(2024, 3, 5, 14, 7, 9, 1, 65, -1),
                5,
                Some(0),
                "UTC",
                "%x %X",
                "03/05/24 14:07:09",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%z",
                "-050007",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%Z",
                "A%B",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%f",
                "000000",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%-z",
                "",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%^Z",
                "",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%-f",
                "%-f",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%%f",
                "%f",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%5f",
                "  %5f",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%",
                "%",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "x%",
                "x%",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%s",
                "-62135596800",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%c",
                "Mon Jan  1 00:00:00 1",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%Y%%z",
                "1%z",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%E%f",
                "%E000000",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%Y-%m-%dT%H:%M:%S.%f%z",
                "1-01-01T00:00:00.000000-050007",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%d/%m/%Y, %H:%M:%S",
                "01/01/1, 00:00:00",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%A %d. %B %Y",
                "Monday 01. January 1",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%I%p",
                "12AM",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%%Z%Z%%",
                "%ZA%B%",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%%%z",
                "%-050007",
            ),
            (
                t(1, 1, 1, 0, 0, 0, 0, 1, -1),
                0,
                Some(-18007),
                "A%B",
                "%x %X",
                "01/01/01 00:00:00",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%z",
                "+0530",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%Z",
                "UTC+05:30",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%f",
                "999999",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%-z",
                "",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%^Z",
                "",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%-f",
                "%-f",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%%f",
                "%f",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%5f",
                "  %5f",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%",
                "%",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "x%",
                "x%",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%s",
                "253402300799",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%c",
                "Fri Dec 31 23:59:59 9999",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%Y%%z",
                "9999%z",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%E%f",
                "%E999999",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%Y-%m-%dT%H:%M:%S.%f%z",
                "9999-12-31T23:59:59.999999+0530",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%d/%m/%Y, %H:%M:%S",
                "31/12/9999, 23:59:59",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%A %d. %B %Y",
                "Friday 31. December 9999",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%I%p",
                "11PM",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%%Z%Z%%",
                "%ZUTC+05:30%",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%%%z",
                "%+0530",
            ),
            (
                t(9999, 12, 31, 23, 59, 59, 4, 365, -1),
                999999,
                Some(19800),
                "UTC+05:30",
                "%x %X",
                "12/31/99 23:59:59",
            ),
        ]
    }
}
