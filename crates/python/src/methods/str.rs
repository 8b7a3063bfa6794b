//! `str` methods with CPython 3.11's behaviour and error messages: searching, splitting,
//! joining, stripping, padding, Unicode case mapping and predicates (from `unicode_data`),
//! `maketrans`/`translate`, `encode` (and the codecs `bytes.decode` shares), the operator
//! dunders, and the `str(...)` constructor. `format`/`format_map` live in `str_format`.
//!
//! Strings are UTF-8 with a known length in code points; indexes Python sees are code-point
//! indexes, converted to byte offsets only at char boundaries, so no slicing can panic.

use crate::builtins::{arg_int, check_args, take_kw};
use crate::types::{add_method, add_static};
use crate::unicode_data as ud;
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Adds the `str` methods to the `str` class.
pub fn install(vm: &mut Vm) {
    let s = vm.types.str.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("capitalize", str_capitalize),
        ("casefold", str_casefold),
        ("center", str_center),
        ("count", str_count),
        ("encode", str_encode),
        ("endswith", str_endswith),
        ("expandtabs", str_expandtabs),
        ("find", str_find),
        ("format", str_format),
        ("format_map", str_format_map),
        ("index", str_index),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isnumeric", str_isnumeric),
        ("isprintable", str_isprintable),
        ("isspace", str_isspace),
        ("istitle", str_istitle),
        ("isupper", str_isupper),
        ("join", str_join),
        ("ljust", str_ljust),
        ("lower", str_lower),
        ("lstrip", str_lstrip),
        ("partition", str_partition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("replace", str_replace),
        ("rfind", str_rfind),
        ("rindex", str_rindex),
        ("rjust", str_rjust),
        ("rpartition", str_rpartition),
        ("rsplit", str_rsplit),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("strip", str_strip),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("translate", str_translate),
        ("upper", str_upper),
        ("zfill", str_zfill),
        ("__add__", str_add),
        ("__contains__", str_contains),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__format__", str_dunder_format),
        ("__getitem__", str_getitem),
        ("__hash__", str_hash),
        ("__iter__", str_iter),
        ("__len__", str_len),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__repr__", str_repr),
        ("__str__", str_str),
    ];
    for (name, f) in methods {
        add_method(&s, name, *f);
    }
    add_static(&s, "maketrans", str_maketrans);
    add_static(&s, "__new__", str_new);
}

// ---------------------------------------------------------------------------
// Argument helpers (shared with `bytes`)
// ---------------------------------------------------------------------------

/// How a positional-only method words its argument-count errors (CPython uses several).
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// `str.lower() takes no arguments (1 given)`.
    NoArgs,
    /// `str.join() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic: `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// The find family: `find() takes at least 1 argument (0 given)`.
    Finds(usize, usize),
}

/// Checks the arguments (after `self`) of a method that takes no keywords.
pub(crate) fn posonly(
    vm: &mut Vm,
    args: &Args,
    ty: &str,
    name: &str,
    arity: Arity,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    let msg = match arity {
        Arity::NoArgs if n != 0 => format!("{ty}.{name}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("{ty}.{name}() takes exactly one argument ({n} given)"),
        Arity::Clinic(min, max) if n < min || n > max => {
            if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            }
        }
        Arity::Finds(min, max) if n < min || n > max => {
            if n < min {
                format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                )
            } else {
                format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                )
            }
        }
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds the arguments (after `self`) of a method with keyword parameters `names`, like
/// Argument Clinic: too many positionals, unknown or duplicate keywords are TypeErrors.
pub(crate) fn bind_kw(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let given = args.pos.len().saturating_sub(1);
    if given > names.len() {
        let max = names.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({given} given)",
            plural(max)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.pos.iter().skip(1).enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

/// A slice bound argument (`start`/`end` of find, count, startswith...): None, an int or
/// an object with `__index__`; huge ints clamp like CPython's `_PyEval_SliceIndex`.
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::Long(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(v @ Value::Instance(i)) => {
            let int_cls = vm.types.int.clone();
            if i.class.is_subclass(&int_cls) || i.class.lookup(&vm.names.index).is_some() {
                match vm.index_value(v) {
                    Ok(n) => Ok(Some(n)),
                    Err(e) => {
                        let big = matches!(vm.base_value(v), Value::Long(_));
                        if big {
                            Ok(Some(i64::MAX))
                        } else {
                            Err(e)
                        }
                    }
                }
            } else {
                Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method".into(),
                ))
            }
        }
        Some(_) => Err(vm.type_error(
            "slice indices must be integers or None or have an __index__ method".into(),
        )),
    }
}

/// CPython's ADJUST_INDICES: clamps `end` to `len`, wraps negative bounds. `start` may stay
/// greater than `len`.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len);
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start = start.saturating_add(len);
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// Raises MemoryError when a result of `n` bytes would exceed the VM's memory limit.
pub(crate) fn check_size(vm: &mut Vm, n: u128) -> PyResult<()> {
    vm.check_room(n)
}

/// Whether `err` is an instance of `cls` (or a subclass).
pub(crate) fn err_is(vm: &Vm, err: &PyErr, cls: &Rc<Class>) -> bool {
    match err {
        PyErr::Exception(e) => vm.isinstance(e, cls),
        _ => false,
    }
}

/// The type name Argument Clinic's "must be X, not T" messages use (`None` for None).
pub(crate) fn clinic_tn(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => vm.type_name(other),
    }
}

/// A C `int` argument: `arg_int` plus "Python int too large to convert to C int".
pub(crate) fn arg_c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::Long(_) => None,
        _ => Some(arg_int(vm, v)?),
    };
    match n {
        Some(n) if i32::try_from(n).is_ok() => Ok(n),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// The str behind `self`.
pub fn this_str(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyStr>> {
    match super::this(vm, args) {
        Value::Str(s) => Ok(s),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// The str behind `self` of a slot wrapper (`__len__`, `__add__`, ...).
fn this_str_slot(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyStr>> {
    match super::this(vm, args) {
        Value::Str(s) => Ok(s),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'str' object but received a '{tn}'"
            )))
        }
    }
}

/// A str argument, with CPython's "must be str, not T" wording after `what`.
fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match vm.base_value(v) {
        Value::Str(s) => Ok(s),
        other => {
            let tn = if what.is_empty() {
                vm.type_name(&other)
            } else {
                clinic_tn(vm, &other)
            };
            Err(vm.type_error(format!("{what}must be str, not {tn}")))
        }
    }
}

/// Byte offsets of the code-point range `start..end` (both within the string).
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        let n = s.as_str().len();
        return (start.min(n), end.min(n));
    }
    let text = s.as_str();
    let mut a = text.len();
    let mut b = text.len();
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        if ci == start {
            a = bi;
        }
        if ci == end {
            b = bi;
            break;
        }
    }
    (a.min(b), b)
}

/// Number of code points in `s`.
fn cp_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn new_str(s: String) -> Value {
    Value::string(s)
}

/// Returns `self` unchanged when it is an exact str, else a str copy of its value.
fn same_or_copy(args: &Args, s: &Rc<PyStr>) -> Value {
    match args.pos.first() {
        Some(v @ Value::Str(_)) => v.clone(),
        _ => Value::Str(s.clone()),
    }
}

// ---------------------------------------------------------------------------
// Unicode character classes
// ---------------------------------------------------------------------------

/// `Py_UNICODE_ISSPACE`.
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        ud::in_table(ud::SPACE, c)
    }
}

/// `Py_UNICODE_ISLINEBREAK`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        ud::in_table(ud::LOWERCASE, c)
    }
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        ud::in_table(ud::UPPERCASE, c)
    }
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && ud::in_table(ud::TITLECASE, c)
}

fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ud::in_table(ud::CASED, c)
    }
}

fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\'' | '.' | ':' | '^' | '`')
    } else {
        ud::in_table(ud::CASE_IGNORABLE, c)
    }
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ud::in_table(ud::ALPHA, c)
    }
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ud::in_table(ud::DECIMAL, c)
    }
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ud::in_table(ud::DIGIT, c)
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ud::in_table(ud::NUMERIC, c)
    }
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        ud::in_table(ud::PRINTABLE, c)
    }
}

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let cp = c as u32;
    let t = ud::DECIMAL;
    let (mut lo, mut hi) = (0usize, t.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if t[2 * mid] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo.checked_sub(1)?;
    if cp <= t[2 * i + 1] {
        Some((cp - t[2 * i]) % 10)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// CPython's `handle_capital_sigma`: whether the Σ at `i` is word-final.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = Some(chars[j]);
            break;
        }
    }
    if !before.is_some_and(is_cased) {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() {
        if !is_case_ignorable(chars[k]) {
            return !is_cased(chars[k]);
        }
        k += 1;
    }
    true
}

/// `lower_ucs4`: the full lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        ud::push_lower(c, out);
    }
}

/// `str.lower()` of a Rust string.
pub fn py_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if s.contains('\u{3a3}') {
        let chars: Vec<char> = s.chars().collect();
        for i in 0..chars.len() {
            push_lower_at(&chars, i, &mut out);
        }
    } else {
        for c in s.chars() {
            ud::push_lower(c, &mut out);
        }
    }
    out
}

/// `str.upper()` of a Rust string.
pub fn py_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        ud::push_upper(c, &mut out);
    }
    out
}

/// `str.casefold()` of a Rust string.
pub fn py_casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        ud::push_fold(c, &mut out);
    }
    out
}

fn py_title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            ud::push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn py_capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            ud::push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

fn py_swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            ud::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

macro_rules! case_method {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = this_str(vm, &args, $name)?;
            posonly(vm, &args, "str", $name, Arity::NoArgs)?;
            Ok(new_str($f(s.as_str())))
        }
    };
}

case_method!(str_lower, "lower", py_lower);
case_method!(str_upper, "upper", py_upper);
case_method!(str_casefold, "casefold", py_casefold);
case_method!(str_title, "title", py_title);
case_method!(str_capitalize, "capitalize", py_capitalize);
case_method!(str_swapcase, "swapcase", py_swapcase);

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

macro_rules! all_chars_method {
    ($fname:ident, $name:expr, $pred:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = this_str(vm, &args, $name)?;
            posonly(vm, &args, "str", $name, Arity::NoArgs)?;
            let t = s.as_str();
            Ok(Value::Bool(!t.is_empty() && t.chars().all($pred)))
        }
    };
}

all_chars_method!(str_isalpha, "isalpha", is_alpha);
all_chars_method!(str_isalnum, "isalnum", is_alnum);
all_chars_method!(str_isdecimal, "isdecimal", is_decimal);
all_chars_method!(str_isdigit, "isdigit", is_digit);
all_chars_method!(str_isnumeric, "isnumeric", is_numeric);
all_chars_method!(str_isspace, "isspace", is_space);

fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isascii")?;
    posonly(vm, &args, "str", "isascii", Arity::NoArgs)?;
    Ok(Value::Bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isprintable")?;
    posonly(vm, &args, "str", "isprintable", Arity::NoArgs)?;
    Ok(Value::Bool(s.as_str().chars().all(is_printable)))
}

/// `str.isidentifier()` of a Rust string.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        None => false,
        Some(c) => {
            (c == '_'
                || c.is_ascii_alphabetic()
                || (!c.is_ascii() && ud::in_table(ud::XID_START, c)))
                && it.all(|c| {
                    c == '_'
                        || c.is_ascii_alphanumeric()
                        || (!c.is_ascii() && ud::in_table(ud::XID_CONTINUE, c))
                })
        }
    }
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isidentifier")?;
    posonly(vm, &args, "str", "isidentifier", Arity::NoArgs)?;
    Ok(Value::Bool(is_identifier(s.as_str())))
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "islower")?;
    posonly(vm, &args, "str", "islower", Arity::NoArgs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isupper")?;
    posonly(vm, &args, "str", "isupper", Arity::NoArgs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "istitle")?;
    posonly(vm, &args, "str", "istitle", Arity::NoArgs)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// Parses `(sub[, start[, end]])` of the find family: self, sub, and adjusted bounds.
fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<PyStr>, Rc<PyStr>, i64, i64)> {
    let s = this_str(vm, args, name)?;
    posonly(vm, args, "str", name, Arity::Finds(1, 3))?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    let sub = str_arg(vm, &args.pos[1], "")?;
    let (start, end) = adjust_indices(start, end, s.char_len() as i64);
    Ok((s, sub, start, end))
}

/// Code-point index of the first (or last) occurrence of `sub` in `s[start..end]`.
fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, reverse: bool) -> i64 {
    if end - start < sub.char_len() as i64 {
        return -1;
    }
    let (start, end) = (start as usize, end as usize);
    let (a, b) = byte_range(s, start, end);
    let hay = &s.as_str()[a..b];
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    match found {
        Some(off) => (start + cp_len(&hay[..off])) as i64,
        None => -1,
    }
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&s, &sub, start, end, false)))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&s, &sub, start, end, true)))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "index")?;
    match find_in(&s, &sub, start, end, false) {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "rindex")?;
    match find_in(&s, &sub, start, end, true) {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "count")?;
    if end - start < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.char_len() == 0 {
        return Ok(Value::Int(end - start + 1));
    }
    let (a, b) = byte_range(&s, start as usize, end as usize);
    Ok(Value::Int(
        s.as_str()[a..b].matches(sub.as_str()).count() as i64
    ))
}

/// CPython's `tailmatch`.
fn tailmatch(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, s.char_len() as i64);
    let sublen = sub.char_len() as i64;
    let end = end - sublen;
    if end < start {
        return false;
    }
    if sublen == 0 {
        return true;
    }
    let from = if at_end { end } else { start } as usize;
    s.substring(from, from + sublen as usize) == sub.as_str()
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this_str(vm, &args, name)?;
    posonly(vm, &args, "str", name, Arity::Finds(1, 3))?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    match vm.base_value(&args.pos[1]) {
        Value::Str(sub) => Ok(Value::Bool(tailmatch(&s, &sub, start, end, at_end))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match vm.base_value(item) {
                    Value::Str(sub) => {
                        if tailmatch(&s, &sub, start, end, at_end) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = vm.type_name(&other);
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, args, "rpartition", true)
}

fn partition(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this_str(vm, &args, name)?;
    posonly(vm, &args, "str", name, Arity::One)?;
    let sep = str_arg(vm, &args.pos[1], "")?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let t = s.as_str();
    let found = if reverse {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => {
            let j = i + sep.as_str().len();
            Value::tuple(vec![
                Value::str(&t[..i]),
                Value::Str(sep.clone()),
                Value::str(&t[j..]),
            ])
        }
        None if reverse => Value::tuple(vec![
            Value::str(""),
            Value::str(""),
            same_or_copy(&args, &s),
        ]),
        None => Value::tuple(vec![
            same_or_copy(&args, &s),
            Value::str(""),
            Value::str(""),
        ]),
    })
}

// ---------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------

/// The char starting at byte `i` of `s` and its length (`i` is a char boundary).
fn char_after(s: &str, i: usize) -> (char, usize) {
    match s.get(i..).and_then(|t| t.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\0', 1),
    }
}

/// The char ending at byte `i` of `s` and its length (`i` is a char boundary).
fn char_before(s: &str, i: usize) -> (char, usize) {
    match s.get(..i).and_then(|t| t.chars().next_back()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\0', 1),
    }
}

/// `split()` with no separator: runs of whitespace separate, at most `maxsplit` splits.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = maxsplit;
    let skip_space = |mut i: usize| {
        while i < n {
            let (c, l) = char_after(s, i);
            if !is_space(c) {
                break;
            }
            i += l;
        }
        i
    };
    while count > 0 {
        count -= 1;
        i = skip_space(i);
        if i >= n {
            break;
        }
        let j = i;
        while i < n {
            let (c, l) = char_after(s, i);
            if is_space(c) {
                break;
            }
            i += l;
        }
        out.push(s.get(j..i).unwrap_or(""));
    }
    if i < n {
        i = skip_space(i);
        if i < n {
            out.push(s.get(i..).unwrap_or(""));
        }
    }
    out
}

/// `rsplit()` with no separator.
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = s.len();
    let mut count = maxsplit;
    let skip_space = |mut i: usize| {
        while i > 0 {
            let (c, l) = char_before(s, i);
            if !is_space(c) {
                break;
            }
            i -= l;
        }
        i
    };
    while count > 0 {
        count -= 1;
        i = skip_space(i);
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 {
            let (c, l) = char_before(s, i);
            if is_space(c) {
                break;
            }
            i -= l;
        }
        out.push(s.get(i..j).unwrap_or(""));
    }
    if i > 0 {
        i = skip_space(i);
        if i > 0 {
            out.push(s.get(..i).unwrap_or(""));
        }
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this_str(vm, &args, name)?;
    let a = bind_kw(vm, &args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let t = s.as_str();
    let parts: Vec<&str> = match &a[0] {
        None | Some(Value::None) => {
            if reverse {
                rsplit_whitespace(t, maxsplit)
            } else {
                split_whitespace(t, maxsplit)
            }
        }
        Some(v) => {
            let sep = match vm.base_value(v) {
                Value::Str(x) => x,
                other => {
                    let tn = vm.type_name(&other);
                    return Err(vm.type_error(format!("must be str or None, not {tn}")));
                }
            };
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            let n = usize::try_from(maxsplit)
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            if reverse {
                let mut v: Vec<&str> = t.rsplitn(n, sep).collect();
                v.reverse();
                v
            } else {
                t.splitn(n, sep).collect()
            }
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "splitlines")?;
    let a = bind_kw(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => arg_c_int(vm, v)? != 0,
        None => false,
    };
    let t = s.as_str();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                eol += 1;
            }
        }
        out.push(Value::str(&t[start..if keepends { eol } else { i }]));
        start = eol;
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(Value::list(out))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this_str(vm, &args, "join")?;
    posonly(vm, &args, "str", "join", Arity::One)?;
    let iterable = &args.pos[1];
    let items = match iterable {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            if let Err(e) = vm.get_iter(other) {
                let te = vm.types.exc.type_error.clone();
                if err_is(vm, &e, &te) {
                    return Err(vm.type_error("can only join an iterable".into()));
                }
                return Err(e);
            }
            vm.collect_iterable(other)?
        }
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match vm.base_value(it) {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
        if out.len() > vm.limits.memory_bytes {
            return Err(vm.memory_error());
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this_str(vm, &args, name)?;
    posonly(vm, &args, "str", name, Arity::Clinic(0, 1))?;
    let t = s.as_str();
    let r = match args.pos.get(1).map(|v| vm.base_value(v)) {
        None | Some(Value::None) => {
            let mut r = t;
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
            r
        }
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let mut r = t;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            r
        }
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    if r.len() == t.len() {
        return Ok(same_or_copy(&args, &s));
    }
    Ok(Value::str(r))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "replace")?;
    posonly(vm, &args, "str", "replace", Arity::Clinic(2, 3))?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1 ")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2 ")?;
    let count = match args.pos.get(3) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let t = s.as_str();
    let (o, n) = (old.as_str(), new.as_str());
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    // Size guard: occurrences * growth.
    if n.len() > o.len() {
        let occurrences = if o.is_empty() {
            s.char_len() + 1
        } else {
            t.matches(o).count()
        }
        .min(max);
        check_size(
            vm,
            t.len() as u128 + occurrences as u128 * (n.len() - o.len()) as u128,
        )?;
    }
    if count == 0 || (!o.is_empty() && !t.contains(o)) {
        return Ok(same_or_copy(&args, &s));
    }
    Ok(Value::string(t.replacen(o, n, max)))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "removeprefix")?;
    posonly(vm, &args, "str", "removeprefix", Arity::One)?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument ")?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(same_or_copy(&args, &s)),
    }
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "removesuffix")?;
    posonly(vm, &args, "str", "removesuffix", Arity::One)?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument ")?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(same_or_copy(&args, &s)),
    }
}

/// Parses `(width[, fillchar])` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<PyStr>, i64, char)> {
    let s = this_str(vm, args, name)?;
    posonly(vm, args, "str", name, Arity::Clinic(1, 2))?;
    let width = arg_int(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(v) => match vm.base_value(v) {
            Value::Str(f) => {
                if f.char_len() != 1 {
                    return Err(vm.type_error(
                        "The fill character must be exactly one character long".into(),
                    ));
                }
                f.as_str().chars().next().unwrap_or(' ')
            }
            other => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            }
        },
    };
    Ok((s, width, fill))
}

/// Pads `s` with `left` and `right` copies of `fill`.
fn pad(vm: &mut Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    check_size(
        vm,
        s.len() as u128 + (left as u128 + right as u128) * fill.len_utf8() as u128,
    )?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "center")?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(vm, s.as_str(), left as usize, (marg - left) as usize, fill)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "ljust")?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &s));
    }
    pad(vm, s.as_str(), 0, (width - len) as usize, fill)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "rjust")?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &s));
    }
    pad(vm, s.as_str(), (width - len) as usize, 0, fill)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "zfill")?;
    posonly(vm, &args, "str", "zfill", Arity::One)?;
    let width = arg_int(vm, &args.pos[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &s));
    }
    let fill = (width - len) as usize;
    check_size(vm, s.as_str().len() as u128 + fill as u128)?;
    let t = s.as_str();
    let mut out = String::with_capacity(t.len() + fill);
    let rest = match t.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "expandtabs")?;
    let a = bind_kw(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => arg_c_int(vm, v)?,
        None => 8,
    };
    let t = s.as_str();
    if !t.contains('\t') {
        return Ok(same_or_copy(&args, &s));
    }
    let mut out = String::with_capacity(t.len());
    let mut col: i64 = 0;
    for c in t.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                check_size(vm, out.len() as u128 + incr as u128)?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments".into()));
    }
    check_args(vm, "maketrans", &args, 1, 3)?;
    let d = Rc::new(crate::dict::PyDict::new());
    if args.pos.len() == 1 {
        let items = match &args.pos[0] {
            Value::Dict(src) => src.items(),
            v => match vm.base_value(v) {
                Value::Dict(src) => src.items(),
                _ => {
                    return Err(vm.type_error(
                        "if you give only one argument to maketrans it must be a dict".into(),
                    ))
                }
            },
        };
        for (k, v) in items {
            let key = match vm.base_value(&k) {
                Value::Str(s) => {
                    if s.char_len() != 1 {
                        return Err(vm.value_error(
                            "string keys in translate table must be of length 1".into(),
                        ));
                    }
                    Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                }
                Value::Int(_) | Value::Long(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers".into())
                    )
                }
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let x = match vm.base_value(&args.pos[0]) {
        Value::Str(s) => s,
        _ => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument".into(),
            ))
        }
    };
    let y = str_arg(vm, &args.pos[1], "maketrans() argument 2 ")?;
    let z = match args.pos.get(2) {
        Some(v) => Some(str_arg(vm, v, "maketrans() argument 3 ")?),
        None => None,
    };
    if x.char_len() != y.char_len() {
        return Err(
            vm.value_error("the first two maketrans arguments must have equal length".into())
        );
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "translate")?;
    posonly(vm, &args, "str", "translate", Arity::One)?;
    let table = args.pos[1].clone();
    let lookup_err = vm.types.exc.lookup_error.clone();
    let mut out = String::with_capacity(s.as_str().len());
    // Results per character, so each distinct character is looked up once.
    let mut cache: std::collections::HashMap<char, Option<Value>> =
        std::collections::HashMap::new();
    for c in s.as_str().chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let key = Value::Int(c as i64);
                let m = match &table {
                    Value::Dict(d) => vm.dict_get(d, &key)?,
                    _ => match vm.getitem(&table, &key) {
                        Ok(v) => Some(v),
                        Err(e) if err_is(vm, &e, &lookup_err) => None,
                        Err(e) => return Err(e),
                    },
                };
                cache.insert(c, m.clone());
                m
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v) => match vm.base_value(&v) {
                Value::Str(r) => out.push_str(r.as_str()),
                Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
                    let n = match vm.base_value(&v) {
                        Value::Int(n) => n,
                        Value::Bool(b) => b as i64,
                        _ => -1,
                    };
                    match u32::try_from(n).ok().filter(|n| *n < 0x110000) {
                        Some(n) => match char::from_u32(n) {
                            Some(ch) => out.push(ch),
                            // Lone surrogates cannot be represented; keep a replacement.
                            None => out.push('\u{fffd}'),
                        },
                        None => {
                            return Err(vm.value_error(
                                "character mapping must be in range(0x110000)".into(),
                            ))
                        }
                    }
                }
                _ => {
                    return Err(
                        vm.type_error("character mapping must return integer, None or str".into())
                    )
                }
            },
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// format / format_map
// ---------------------------------------------------------------------------

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "format")?;
    let pos = args.pos.get(1..).unwrap_or(&[]).to_vec();
    let kw = if args.kw.is_empty() {
        super::str_format::Kwargs::None
    } else {
        super::str_format::Kwargs::List(&args.kw)
    };
    let r = super::str_format::format(vm, s.as_str(), Some(&pos), kw)?;
    Ok(Value::string(r))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "format_map")?;
    posonly(vm, &args, "str", "format_map", Arity::One)?;
    let mapping = args.pos[1].clone();
    let r = super::str_format::format(
        vm,
        s.as_str(),
        None,
        super::str_format::Kwargs::Mapping(&mapping),
    )?;
    Ok(Value::string(r))
}

// ---------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------

/// The text codecs this engine implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython's error messages use.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Looks a codec up by any of CPython's spellings and aliases, or raises LookupError.
pub(crate) fn lookup_codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let c = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        _ => {
            let c = vm.types.exc.lookup_error.clone();
            return Err(vm.new_error(&c, format!("unknown encoding: {name}")));
        }
    };
    Ok(c)
}

/// Raises LookupError for an error handler name CPython does not know.
fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let c = vm.types.exc.lookup_error.clone();
    vm.new_error(&c, format!("unknown error handler name '{errors}'"))
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a code point.
fn escape_cp(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// Sets the attributes of a UnicodeEncodeError/UnicodeDecodeError instance.
fn set_unicode_error_attrs(
    err: &PyErr,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) {
    if let PyErr::Exception(Value::Instance(i)) = err {
        if let Some(d) = &i.dict {
            d.set_str_key("encoding", Value::str(encoding));
            d.set_str_key("object", object);
            d.set_str_key("start", Value::Int(start as i64));
            d.set_str_key("end", Value::Int(end as i64));
            d.set_str_key("reason", Value::str(reason));
        }
    }
}

fn encode_error(
    vm: &mut Vm,
    codec: Codec,
    s: &str,
    chars: &[char],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let name = codec.name();
    let msg = if end == start + 1 {
        let cp = chars.get(start).map(|c| *c as u32).unwrap_or(0);
        format!(
            "'{name}' codec can't encode character '{}' in position {start}: {reason}",
            escape_cp(cp)
        )
    } else {
        format!(
            "'{name}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    let cls = vm.types.exc.unicode_encode_error.clone();
    let e = vm.new_error(&cls, msg);
    set_unicode_error_attrs(&e, name, Value::str(s), start, end, reason);
    e
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode_str(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                if codec == Codec::Utf16Be {
                    out.extend_from_slice(&u.to_be_bytes());
                } else {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                if codec == Codec::Utf32Be {
                    out.extend_from_slice(&(c as u32).to_be_bytes());
                } else {
                    out.extend_from_slice(&(c as u32).to_le_bytes());
                }
            }
            return Ok(out);
        }
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u8).collect());
    }
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(vm, codec, s, &chars, i, end, reason))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" | "namereplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_cp(c as u32).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let name = codec.name();
    let msg = if end == start + 1 {
        let b = data.get(start).copied().unwrap_or(0);
        format!("'{name}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
    } else {
        format!(
            "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    };
    let cls = vm.types.exc.unicode_decode_error.clone();
    let e = vm.new_error(&cls, msg);
    set_unicode_error_attrs(&e, name, Value::bytes(data.to_vec()), start, end, reason);
    e
}

/// Applies an error handler to the undecodable bytes `data[start..end]`.
fn decode_handle(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    range: std::ops::Range<usize>,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (start, end) = (range.start, range.end);
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            Err(decode_error(vm, codec, data, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            Err(vm
                .type_error("don't know how to handle UnicodeDecodeError in error callback".into()))
        }
        other => Err(unknown_handler(vm, other)),
    }
}

/// `data.decode(encoding, errors)`.
pub(crate) fn decode_bytes(
    vm: &mut Vm,
    data: &[u8],
    codec: Codec,
    errors: &str,
) -> PyResult<String> {
    match codec {
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut base = 0usize;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let start = base + good;
                        let (len, reason) = match e.error_len() {
                            Some(n) => {
                                let first = rest[good];
                                let invalid_start = (0x80..0xc2).contains(&first) || first >= 0xf5;
                                (
                                    n,
                                    if invalid_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        decode_handle(
                            vm,
                            codec,
                            data,
                            start..start + len,
                            reason,
                            errors,
                            &mut out,
                        )?;
                        rest = &rest[good + len..];
                        base = start + len;
                    }
                }
            }
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_handle(
                        vm,
                        codec,
                        data,
                        i..i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut be = codec == Codec::Utf16Be;
            let mut i = 0;
            if codec == Codec::Utf16 {
                if data.starts_with(&[0xff, 0xfe]) {
                    i = 2;
                } else if data.starts_with(&[0xfe, 0xff]) {
                    i = 2;
                    be = true;
                }
            }
            // Errors name the byte order actually used.
            let named = if be { Codec::Utf16Be } else { Codec::Utf16Le };
            let unit = |j: usize| {
                if be {
                    u16::from_be_bytes([data[j], data[j + 1]])
                } else {
                    u16::from_le_bytes([data[j], data[j + 1]])
                }
            };
            let n = data.len();
            let mut out = String::with_capacity(n / 2);
            while i < n {
                if n - i < 2 {
                    decode_handle(vm, named, data, i..n, "truncated data", errors, &mut out)?;
                    break;
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.extend(char::from_u32(u as u32));
                    i += 2;
                } else if u >= 0xdc00 {
                    decode_handle(
                        vm,
                        named,
                        data,
                        i..i + 2,
                        "illegal encoding",
                        errors,
                        &mut out,
                    )?;
                    i += 2;
                } else if n - i < 4 {
                    decode_handle(
                        vm,
                        named,
                        data,
                        i..n,
                        "unexpected end of data",
                        errors,
                        &mut out,
                    )?;
                    break;
                } else {
                    let u2 = unit(i + 2);
                    if (0xdc00..0xe000).contains(&u2) {
                        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                        out.extend(char::from_u32(cp));
                        i += 4;
                    } else {
                        decode_handle(
                            vm,
                            named,
                            data,
                            i..i + 2,
                            "illegal UTF-16 surrogate",
                            errors,
                            &mut out,
                        )?;
                        i += 2;
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (mut body, mut be) = (data, codec == Codec::Utf32Be);
            let mut offset = 0;
            if codec == Codec::Utf32 {
                if data.starts_with(&[0xff, 0xfe, 0, 0]) {
                    body = &data[4..];
                    offset = 4;
                } else if data.starts_with(&[0, 0, 0xfe, 0xff]) {
                    body = &data[4..];
                    offset = 4;
                    be = true;
                }
            }
            let named = if be { Codec::Utf32Be } else { Codec::Utf32Le };
            let mut out = String::with_capacity(body.len() / 4);
            for (i, p) in body.chunks_exact(4).enumerate() {
                let v = if be {
                    u32::from_be_bytes([p[0], p[1], p[2], p[3]])
                } else {
                    u32::from_le_bytes([p[0], p[1], p[2], p[3]])
                };
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => {
                        let at = offset + 4 * i;
                        let reason = if v < 0x110000 {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        decode_handle(vm, named, data, at..at + 4, reason, errors, &mut out)?;
                    }
                }
            }
            let rem = body.len() % 4;
            if rem != 0 {
                let n = data.len();
                decode_handle(
                    vm,
                    named,
                    data,
                    n - rem..n,
                    "truncated data",
                    errors,
                    &mut out,
                )?;
            }
            Ok(out)
        }
    }
}

/// Decodes `data` with the codec Python calls `encoding` (`"utf-8"`, `"latin-1"`, `"ascii"`,
/// `"utf-16"`, ...) and the error handler `errors`, raising CPython's LookupError or
/// UnicodeDecodeError (with `encoding`/`object`/`start`/`end`/`reason` set). For other
/// modules, e.g. text files.
pub fn decode_with(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(vm, encoding)?;
    decode_bytes(vm, data, codec, errors)
}

/// Encodes `s` like `s.encode(encoding, errors)`; see [`decode_with`].
pub fn encode_with(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    encode_str(vm, s, codec, errors)
}

/// Reads an `encoding`/`errors` argument: a str, with CPython's message naming `func`.
pub(crate) fn codec_arg(
    vm: &mut Vm,
    v: &Option<Value>,
    func: &str,
    param: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match vm.base_value(v) {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => {
                let tn = clinic_tn(vm, &other);
                Err(vm.type_error(format!("{func}() argument '{param}' must be str, not {tn}")))
            }
        },
    }
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "encode")?;
    let a = bind_kw(vm, &args, "encode", &["encoding", "errors"])?;
    let encoding = codec_arg(vm, &a[0], "encode", "encoding", "utf-8")?;
    let errors = codec_arg(vm, &a[1], "encode", "errors", "strict")?;
    let codec = lookup_codec(vm, &encoding)?;
    Ok(Value::bytes(encode_str(vm, s.as_str(), codec, &errors)?))
}

// ---------------------------------------------------------------------------
// Dunders
// ---------------------------------------------------------------------------

fn other_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    let _ = name;
    Ok(args.pos[1].clone())
}

/// The arity error of the `__mul__`/`__rmul__` wrappers (CPython words it with a leading space).
pub(crate) fn repeat_arity(vm: &mut Vm, args: &Args) -> PyErr {
    let n = args.pos.len().saturating_sub(1);
    vm.type_error(format!(" expected 1 argument, got {n}"))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__add__")?;
    let o = other_arg(vm, &args, "__add__")?;
    match vm.base_value(&o) {
        Value::Str(t) => {
            let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
            r.push_str(s.as_str());
            r.push_str(t.as_str());
            Ok(Value::string(r))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
        }
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__mul__")?;
    let o = other_arg(vm, &args, "__mul__").map_err(|_| repeat_arity(vm, &args))?;
    let n = vm.index_value(&o)?;
    vm.binary_op(
        &Value::Str(s),
        &Value::Int(n),
        crate::bytecode::BinOp::Mul,
        false,
    )
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__mod__")?;
    let o = other_arg(vm, &args, "__mod__")?;
    crate::builtins::percent_format(vm, s.as_str(), &o)
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__rmod__")?;
    let o = other_arg(vm, &args, "__rmod__")?;
    match vm.base_value(&o) {
        Value::Str(f) => crate::builtins::percent_format(vm, f.as_str(), &Value::Str(s)),
        _ => Ok(Value::NotImplemented),
    }
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__contains__")?;
    let o = other_arg(vm, &args, "__contains__")?;
    match vm.base_value(&o) {
        Value::Str(t) => Ok(Value::Bool(s.as_str().contains(t.as_str()))),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {tn}"
            )))
        }
    }
}

fn compare(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, name)?;
    let o = other_arg(vm, &args, name)?;
    match vm.base_value(&o) {
        Value::Str(t) => Ok(Value::Bool(f(s.as_str().cmp(t.as_str())))),
        _ => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}

fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}

fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}

fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}

fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}

fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__getitem__")?;
    let o = other_arg(vm, &args, "__getitem__")?;
    crate::builtins::builtin_getitem(vm, &Value::Str(s), &o)
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__iter__")?;
    vm.get_iter(&Value::Str(s))
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__repr__")?;
    Ok(Value::string(crate::format::str_repr(s.as_str())))
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__format__")?;
    let spec = other_arg(vm, &args, "__format__")?;
    match vm.base_value(&spec) {
        Value::Str(sp) => vm.format_value(&Value::Str(s), &Value::Str(sp)),
        other => {
            let tn = clinic_tn(vm, &other);
            Err(vm.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__str__")?;
    Ok(Value::Str(s))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str_slot(vm, &args, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

// ---------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------

/// `str.__new__(cls, ...)`: a str, or an instance of a str subclass holding it.
fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("str.__new__(X): X is not a type object ({tn})")));
        }
        None => return Err(vm.type_error("str.__new__(): not enough arguments".into())),
    };
    let str_cls = vm.types.str.clone();
    if !cls.is_subclass(&str_cls) {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            n.as_str(),
            n.as_str()
        )));
    }
    let value = construct_str(
        vm,
        Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw,
        },
    )?;
    if Rc::ptr_eq(&cls, &str_cls) {
        return Ok(value);
    }
    vm.new_instance(&cls, &Args::new(vec![value]))
}

/// `str(object='')`, `str(bytes, encoding='utf-8', errors='strict')`.
pub fn construct_str(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let object = take_kw(&mut args, "object");
    let encoding = take_kw(&mut args, "encoding");
    let errors = take_kw(&mut args, "errors");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for str()",
            k.as_str()
        )));
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut pos = args.pos.into_iter();
    let object = match (pos.next(), object) {
        (Some(_), Some(_)) => {
            return Err(vm
                .type_error("argument for str() given by name ('object') and position (1)".into()))
        }
        (a, b) => a.or(b),
    };
    let encoding = match (pos.next(), encoding) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error(
                "argument for str() given by name ('encoding') and position (2)".into(),
            ))
        }
        (a, b) => a.or(b),
    };
    let errors = match (pos.next(), errors) {
        (Some(_), Some(_)) => {
            return Err(vm
                .type_error("argument for str() given by name ('errors') and position (3)".into()))
        }
        (a, b) => a.or(b),
    };
    let object = match object {
        None => return Ok(Value::str("")),
        Some(o) => o,
    };
    if encoding.is_none() && errors.is_none() {
        return vm.to_str(&object);
    }
    let enc = codec_arg(vm, &encoding, "str", "encoding", "utf-8")?;
    let errs = codec_arg(vm, &errors, "str", "errors", "strict")?;
    match vm.base_value(&object) {
        Value::Bytes(b) => {
            let codec = lookup_codec(vm, &enc)?;
            Ok(Value::string(decode_bytes(vm, &b.data, codec, &errs)?))
        }
        Value::Str(_) => Err(vm.type_error("decoding str is not supported".into())),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings() {
        assert_eq!(py_upper("straße ŉ ﬁ"), "STRASSE ʼN FI");
        assert_eq!(py_lower("ΣΑΣ"), "σας");
        assert_eq!(py_lower("İ"), "i\u{307}");
        assert_eq!(py_title("they're bill's ﬁsh"), "They'Re Bill'S Fish");
        assert_eq!(py_casefold("Straße"), "strasse");
        assert_eq!(py_swapcase("ΣΑΣ a"), "σας A");
        assert_eq!(py_capitalize("ǆemal"), "ǅemal");
    }

    #[test]
    fn predicates() {
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_digit('²') && !is_decimal('²'));
        assert!(is_decimal('٣') && decimal_value('٣') == Some(3));
        assert!(is_identifier("_var") && !is_identifier("2var") && is_identifier("中文"));
        assert!(is_space('\u{3000}') && is_space('\x1c') && !is_space('\u{200b}'));
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(split_whitespace("  a b  c ", i64::MAX), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  c ", 1), vec!["a", "b  c "]);
        assert_eq!(rsplit_whitespace("  a b  c ", 1), vec!["  a b", "c"]);
        assert_eq!(adjust_indices(Some(-1), None, 3), (2, 3));
    }
}
