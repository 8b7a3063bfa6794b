//! `bytes` methods and constructor, with CPython 3.11's behaviour and error messages:
//! searching, splitting, joining, stripping, padding, ASCII case mapping and predicates,
//! `hex`/`fromhex`, `maketrans`/`translate`, `decode` (codecs shared with `str`), and the
//! operator dunders. `bytearray(...)` builds the same immutable value, so the class
//! `bytearray` gets the same methods.

use super::str::{
    adjust_indices, arg_c_int, bind_kw, check_size, clinic_tn, codec_arg, decode_bytes, encode_str,
    err_is, lookup_codec, posonly, repeat_arity, slice_bound, Arity,
};
use crate::builtins::{arg_int, take_kw};
use crate::types::{add_classmethod, add_method, add_static};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Adds the `bytes` methods to the `bytes` and `bytearray` classes.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("capitalize", bytes_capitalize),
        ("center", bytes_center),
        ("count", bytes_count),
        ("decode", bytes_decode),
        ("endswith", bytes_endswith),
        ("expandtabs", bytes_expandtabs),
        ("find", bytes_find),
        ("hex", bytes_hex),
        ("index", bytes_index),
        ("isalnum", bytes_isalnum),
        ("isalpha", bytes_isalpha),
        ("isascii", bytes_isascii),
        ("isdigit", bytes_isdigit),
        ("islower", bytes_islower),
        ("isspace", bytes_isspace),
        ("istitle", bytes_istitle),
        ("isupper", bytes_isupper),
        ("join", bytes_join),
        ("ljust", bytes_ljust),
        ("lower", bytes_lower),
        ("lstrip", bytes_lstrip),
        ("partition", bytes_partition),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("replace", bytes_replace),
        ("rfind", bytes_rfind),
        ("rindex", bytes_rindex),
        ("rjust", bytes_rjust),
        ("rpartition", bytes_rpartition),
        ("rsplit", bytes_rsplit),
        ("rstrip", bytes_rstrip),
        ("split", bytes_split),
        ("splitlines", bytes_splitlines),
        ("startswith", bytes_startswith),
        ("strip", bytes_strip),
        ("swapcase", bytes_swapcase),
        ("title", bytes_title),
        ("translate", bytes_translate),
        ("upper", bytes_upper),
        ("zfill", bytes_zfill),
        ("__add__", bytes_add),
        ("__contains__", bytes_contains),
        ("__eq__", bytes_eq),
        ("__ne__", bytes_ne),
        ("__lt__", bytes_lt),
        ("__le__", bytes_le),
        ("__gt__", bytes_gt),
        ("__ge__", bytes_ge),
        ("__getitem__", bytes_getitem),
        ("__hash__", bytes_hash),
        ("__iter__", bytes_iter),
        ("__len__", bytes_len),
        ("__mod__", bytes_mod),
        ("__mul__", bytes_mul),
        ("__rmul__", bytes_mul),
        ("__repr__", bytes_repr),
    ];
    for cls in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        for (name, f) in methods {
            add_method(&cls, name, *f);
        }
        add_classmethod(&cls, "fromhex", bytes_fromhex);
        add_static(&cls, "maketrans", bytes_maketrans);
    }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The bytes behind `self`.
fn this_bytes(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyBytes>> {
    match super::this(vm, args) {
        Value::Bytes(b) => Ok(b),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'bytes' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// The bytes behind `self` of a slot wrapper.
fn this_bytes_slot(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyBytes>> {
    match super::this(vm, args) {
        Value::Bytes(b) => Ok(b),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'bytes' object but received a '{tn}'"
            )))
        }
    }
}

/// A bytes-like argument, or "a bytes-like object is required, not 'T'".
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyBytes>> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(b),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Py_ISSPACE: ASCII whitespace as bytes methods see it.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    (0..=h.len() - n.len()).find(|&i| h[i] == first && &h[i..i + n.len()] == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| h[i] == first && &h[i..i + n.len()] == n)
}

fn count_sub(h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return h.len() + 1;
    }
    let mut count = 0;
    let mut i = 0;
    while let Some(j) = find_sub(&h[i..], n) {
        count += 1;
        i += j + n.len();
    }
    count
}

/// The subsequence argument of the find family: bytes, or an int in range(256).
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(b.data.clone()),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let n = match vm.base_value(v) {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                _ => -1,
            };
            if !(0..256).contains(&n) {
                return Err(vm.value_error("byte must be in range(0, 256)".into()));
            }
            Ok(vec![n as u8])
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
    }
}

fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<PyBytes>, Vec<u8>, i64, i64)> {
    let b = this_bytes(vm, args, name)?;
    posonly(vm, args, "bytes", name, Arity::Finds(1, 3))?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    let sub = sub_arg(vm, &args.pos[1])?;
    let (start, end) = adjust_indices(start, end, b.data.len() as i64);
    Ok((b, sub, start, end))
}

fn find_in(b: &[u8], sub: &[u8], start: i64, end: i64, reverse: bool) -> i64 {
    if end - start < sub.len() as i64 {
        return -1;
    }
    let hay = &b[start as usize..end as usize];
    let r = if reverse {
        rfind_sub(hay, sub)
    } else {
        find_sub(hay, sub)
    };
    match r {
        Some(i) => start + i as i64,
        None => -1,
    }
}

fn same_or_copy(args: &Args, b: &Rc<PyBytes>) -> Value {
    match args.pos.first() {
        Some(v @ Value::Bytes(_)) => v.clone(),
        _ => Value::Bytes(b.clone()),
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sub, start, end) = find_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&b.data, &sub, start, end, false)))
}

fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&b.data, &sub, start, end, true)))
}

fn bytes_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sub, start, end) = find_args(vm, &args, "index")?;
    match find_in(&b.data, &sub, start, end, false) {
        -1 => Err(vm.value_error("subsection not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sub, start, end) = find_args(vm, &args, "rindex")?;
    match find_in(&b.data, &sub, start, end, true) {
        -1 => Err(vm.value_error("subsection not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sub, start, end) = find_args(vm, &args, "count")?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_sub(&b.data[start as usize..end as usize], &sub) as i64,
    ))
}

fn tailmatch(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, b.len() as i64);
    let end = end - sub.len() as i64;
    if end < start {
        return false;
    }
    let from = if at_end { end } else { start } as usize;
    &b[from..from + sub.len()] == sub
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let b = this_bytes(vm, &args, name)?;
    posonly(vm, &args, "bytes", name, Arity::Finds(1, 3))?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    match vm.base_value(&args.pos[1]) {
        Value::Bytes(sub) => Ok(Value::Bool(tailmatch(
            &b.data, &sub.data, start, end, at_end,
        ))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match vm.base_value(item) {
                    Value::Bytes(sub) => {
                        if tailmatch(&b.data, &sub.data, start, end, at_end) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = vm.type_name(&other);
                        return Err(
                            vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
                        );
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {tn}"
            )))
        }
    }
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn partition(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let b = this_bytes(vm, &args, name)?;
    posonly(vm, &args, "bytes", name, Arity::One)?;
    let sep = bytes_arg(vm, &args.pos[1])?;
    if sep.data.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let d = &b.data;
    let found = if reverse {
        rfind_sub(d, &sep.data)
    } else {
        find_sub(d, &sep.data)
    };
    Ok(match found {
        Some(i) => {
            let j = i + sep.data.len();
            Value::tuple(vec![
                Value::bytes(d[..i].to_vec()),
                Value::bytes(sep.data.clone()),
                Value::bytes(d[j..].to_vec()),
            ])
        }
        None if reverse => Value::tuple(vec![
            Value::bytes(vec![]),
            Value::bytes(vec![]),
            same_or_copy(&args, &b),
        ]),
        None => Value::tuple(vec![
            same_or_copy(&args, &b),
            Value::bytes(vec![]),
            Value::bytes(vec![]),
        ]),
    })
}

fn bytes_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, args, "partition", false)
}

fn bytes_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------

fn split_ws(d: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let n = d.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = maxsplit;
    while count > 0 {
        count -= 1;
        while i < n && is_ws(d[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !is_ws(d[i]) {
            i += 1;
        }
        out.push(&d[j..i]);
    }
    if i < n {
        while i < n && is_ws(d[i]) {
            i += 1;
        }
        if i != n {
            out.push(&d[i..]);
        }
    }
    out
}

fn rsplit_ws(d: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = d.len();
    let mut count = maxsplit;
    while count > 0 {
        count -= 1;
        while i > 0 && is_ws(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_ws(d[i - 1]) {
            i -= 1;
        }
        out.push(&d[i..j]);
    }
    if i > 0 {
        while i > 0 && is_ws(d[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push(&d[..i]);
        }
    }
    out.reverse();
    out
}

fn split_sep<'a>(d: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = maxsplit;
    while count > 0 {
        match find_sub(&d[i..], sep) {
            Some(j) => {
                out.push(&d[i..i + j]);
                i += j + sep.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.push(&d[i..]);
    out
}

fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = d.len();
    let mut count = maxsplit;
    while count > 0 {
        match rfind_sub(&d[..end], sep) {
            Some(j) => {
                out.push(&d[j + sep.len()..end]);
                end = j;
                count -= 1;
            }
            None => break,
        }
    }
    out.push(&d[..end]);
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let b = this_bytes(vm, &args, name)?;
    let a = bind_kw(vm, &args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let d = &b.data;
    let parts = match &a[0] {
        None | Some(Value::None) => {
            if reverse {
                rsplit_ws(d, maxsplit)
            } else {
                split_ws(d, maxsplit)
            }
        }
        Some(v) => {
            let sep = bytes_arg(vm, v)?;
            if sep.data.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            if reverse {
                rsplit_sep(d, &sep.data, maxsplit)
            } else {
                split_sep(d, &sep.data, maxsplit)
            }
        }
    };
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| Value::bytes(p.to_vec()))
            .collect(),
    ))
}

fn bytes_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn bytes_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "splitlines")?;
    let a = bind_kw(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => arg_c_int(vm, v)? != 0,
        None => false,
    };
    let d = &b.data;
    let mut out = Vec::new();
    let (mut i, n) = (0usize, d.len());
    while i < n {
        let j = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(Value::bytes(d[j..eol].to_vec()));
    }
    Ok(Value::list(out))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this_bytes(vm, &args, "join")?;
    posonly(vm, &args, "bytes", "join", Arity::One)?;
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
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep.data);
        }
        match vm.base_value(it) {
            Value::Bytes(b) => out.extend_from_slice(&b.data),
            other => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
        if out.len() > vm.limits.memory_bytes {
            return Err(vm.memory_error());
        }
    }
    Ok(Value::bytes(out))
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this_bytes(vm, &args, name)?;
    posonly(vm, &args, "bytes", name, Arity::Clinic(0, 1))?;
    let set: Option<Vec<u8>> = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.data.clone()),
    };
    let strip = |c: u8| match &set {
        None => is_ws(c),
        Some(s) => s.contains(&c),
    };
    let d = &b.data;
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && strip(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(d[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == d.len() {
        return Ok(same_or_copy(&args, &b));
    }
    Ok(Value::bytes(d[i..j].to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn bytes_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "replace")?;
    posonly(vm, &args, "bytes", "replace", Arity::Clinic(2, 3))?;
    let old = bytes_arg(vm, &args.pos[1])?;
    let new = bytes_arg(vm, &args.pos[2])?;
    let count = match args.pos.get(3) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let mut max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (d, o, n) = (&b.data, &old.data, &new.data);
    if n.len() > o.len() {
        let occ = count_sub(d, o).min(max);
        check_size(
            vm,
            d.len() as u128 + occ as u128 * (n.len() - o.len()) as u128,
        )?;
    }
    let mut out = Vec::with_capacity(d.len());
    if o.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if i < max {
                out.extend_from_slice(n);
            }
            out.push(c);
        }
        if d.len() < max {
            out.extend_from_slice(n);
        }
        return Ok(Value::bytes(out));
    }
    let mut i = 0;
    while max > 0 {
        match find_sub(&d[i..], o) {
            Some(j) => {
                out.extend_from_slice(&d[i..i + j]);
                out.extend_from_slice(n);
                i += j + o.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(Value::bytes(out))
}

fn bytes_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "removeprefix")?;
    posonly(vm, &args, "bytes", "removeprefix", Arity::One)?;
    let p = bytes_arg(vm, &args.pos[1])?;
    match b.data.strip_prefix(p.data.as_slice()) {
        Some(r) if !p.data.is_empty() => Ok(Value::bytes(r.to_vec())),
        _ => Ok(same_or_copy(&args, &b)),
    }
}

fn bytes_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "removesuffix")?;
    posonly(vm, &args, "bytes", "removesuffix", Arity::One)?;
    let p = bytes_arg(vm, &args.pos[1])?;
    match b.data.strip_suffix(p.data.as_slice()) {
        Some(r) if !p.data.is_empty() => Ok(Value::bytes(r.to_vec())),
        _ => Ok(same_or_copy(&args, &b)),
    }
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<PyBytes>, i64, u8)> {
    let b = this_bytes(vm, args, name)?;
    posonly(vm, args, "bytes", name, Arity::Clinic(1, 2))?;
    let width = arg_int(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(v) => match vm.base_value(v) {
            Value::Bytes(f) if f.data.len() == 1 => f.data[0],
            other => {
                let tn = clinic_tn(vm, &other);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    Ok((b, width, fill))
}

fn pad(vm: &mut Vm, d: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Value> {
    check_size(vm, d.len() as u128 + left as u128 + right as u128)?;
    let mut out = Vec::with_capacity(d.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::bytes(out))
}

fn bytes_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "center")?;
    let len = b.data.len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &b));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(vm, &b.data, left as usize, (marg - left) as usize, fill)
}

fn bytes_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "ljust")?;
    let len = b.data.len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &b));
    }
    pad(vm, &b.data, 0, (width - len) as usize, fill)
}

fn bytes_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "rjust")?;
    let len = b.data.len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &b));
    }
    pad(vm, &b.data, (width - len) as usize, 0, fill)
}

fn bytes_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "zfill")?;
    posonly(vm, &args, "bytes", "zfill", Arity::One)?;
    let width = arg_int(vm, &args.pos[1])?;
    let len = b.data.len() as i64;
    if width <= len {
        return Ok(same_or_copy(&args, &b));
    }
    let fill = (width - len) as usize;
    check_size(vm, b.data.len() as u128 + fill as u128)?;
    let mut out = Vec::with_capacity(b.data.len() + fill);
    let rest = match b.data.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &b.data[1..]
        }
        _ => &b.data[..],
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(Value::bytes(out))
}

fn bytes_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "expandtabs")?;
    let a = bind_kw(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => arg_c_int(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.data.len());
    let mut col: i64 = 0;
    for &c in &b.data {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                check_size(vm, out.len() as u128 + incr as u128)?;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(Value::bytes(out))
}

// ---------------------------------------------------------------------------
// ASCII case and predicates
// ---------------------------------------------------------------------------

macro_rules! map_method {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let b = this_bytes(vm, &args, $name)?;
            posonly(vm, &args, "bytes", $name, Arity::NoArgs)?;
            Ok(Value::bytes($f(&b.data)))
        }
    };
}

fn ascii_title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn ascii_capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn ascii_swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

map_method!(bytes_lower, "lower", |d: &[u8]| d.to_ascii_lowercase());
map_method!(bytes_upper, "upper", |d: &[u8]| d.to_ascii_uppercase());
map_method!(bytes_title, "title", ascii_title);
map_method!(bytes_capitalize, "capitalize", ascii_capitalize);
map_method!(bytes_swapcase, "swapcase", ascii_swapcase);

macro_rules! pred_method {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let b = this_bytes(vm, &args, $name)?;
            posonly(vm, &args, "bytes", $name, Arity::NoArgs)?;
            Ok(Value::Bool($f(&b.data)))
        }
    };
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn ascii_islower(d: &[u8]) -> bool {
    !d.iter().any(|c| c.is_ascii_uppercase()) && d.iter().any(|c| c.is_ascii_lowercase())
}

fn ascii_isupper(d: &[u8]) -> bool {
    !d.iter().any(|c| c.is_ascii_lowercase()) && d.iter().any(|c| c.is_ascii_uppercase())
}

fn ascii_istitle(d: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

pred_method!(bytes_isalnum, "isalnum", |d: &[u8]| all_nonempty(
    d,
    u8::is_ascii_alphanumeric
));
pred_method!(bytes_isalpha, "isalpha", |d: &[u8]| all_nonempty(
    d,
    u8::is_ascii_alphabetic
));
pred_method!(bytes_isdigit, "isdigit", |d: &[u8]| all_nonempty(
    d,
    u8::is_ascii_digit
));
pred_method!(bytes_isspace, "isspace", |d: &[u8]| all_nonempty(d, |c| {
    is_ws(*c)
}));
pred_method!(bytes_isascii, "isascii", |d: &[u8]| d.is_ascii());
pred_method!(bytes_islower, "islower", ascii_islower);
pred_method!(bytes_isupper, "isupper", ascii_isupper);
pred_method!(bytes_istitle, "istitle", ascii_istitle);

// ---------------------------------------------------------------------------
// hex / fromhex, maketrans / translate, decode
// ---------------------------------------------------------------------------

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "hex")?;
    let a = bind_kw(vm, &args, "hex", &["sep", "bytes_per_sep"])?;
    let per = match &a[1] {
        Some(v) => arg_c_int(vm, v)?,
        None => 1,
    };
    let sep: Option<char> = match &a[0] {
        None => None,
        Some(v) => {
            let n = vm.len_of(v)?;
            if n != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            let c = match vm.base_value(v) {
                Value::Str(s) => s.as_str().chars().next().unwrap_or(' '),
                Value::Bytes(b) => b.data.first().map(|&c| c as char).unwrap_or(' '),
                _ => return Err(vm.type_error("sep must be str or bytes.".into())),
            };
            if !c.is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(c)
        }
    };
    Ok(Value::string(hex_string(&b.data, sep, per)))
}

/// `bytes.hex(sep, bytes_per_sep)`: groups counted from the right when positive.
fn hex_string(d: &[u8], sep: Option<char>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let k = per.unsigned_abs() as usize;
    let n = d.len();
    for (i, &c) in d.iter().enumerate() {
        if let Some(s) = sep {
            if k > 0 && i > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(k)
                } else {
                    i.is_multiple_of(k)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("bytes.fromhex() takes no keyword arguments".into()));
    }
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({n} given)"
        )));
    }
    let s = match vm.base_value(&args.pos[1]) {
        Value::Str(s) => s,
        other => {
            let tn = clinic_tn(vm, &other);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let digit = |c: Option<&char>| {
        c.and_then(|c| c.to_digit(16))
            .filter(|_| c.is_some_and(|c| c.is_ascii()))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let n = chars.len();
    while i < n {
        if chars[i].is_ascii() && is_ws(chars[i] as u8) {
            while i < n && chars[i].is_ascii() && is_ws(chars[i] as u8) {
                i += 1;
            }
            if i >= n {
                break;
            }
        }
        let top = match digit(chars.get(i)) {
            Some(d) => d,
            None => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        };
        i += 1;
        let bot = match digit(chars.get(i)) {
            Some(d) => d,
            None => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        };
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    Ok(Value::bytes(out))
}

fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments".into()));
    }
    crate::builtins::check_args(vm, "maketrans", &args, 2, 2)?;
    let from = bytes_arg(vm, &args.pos[0])?;
    let to = bytes_arg(vm, &args.pos[1])?;
    if from.data.len() != to.data.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.data.iter().zip(to.data.iter()) {
        table[a as usize] = b;
    }
    Ok(Value::bytes(table))
}

fn bytes_translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "translate")?;
    let delete_kw = take_kw(&mut args, "delete");
    if let Some((k, _)) = args.kw.first() {
        let msg = format!(
            "translate() got an unexpected keyword argument '{}'",
            k.as_str()
        );
        return Err(vm.type_error(msg));
    }
    let given = args.pos.len().saturating_sub(1) + delete_kw.is_some() as usize;
    if args.pos.len() < 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({n} given)"
        )));
    }
    if given > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({given} given)"
        )));
    }
    let table = match vm.base_value(&args.pos[1]) {
        Value::None => None,
        Value::Bytes(t) => {
            if t.data.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    let delete = match args.pos.get(2).cloned().or(delete_kw) {
        Some(v) => bytes_arg(vm, &v)?.data.clone(),
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.data[c as usize],
            None => c,
        })
        .collect();
    Ok(Value::bytes(out))
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes(vm, &args, "decode")?;
    let a = bind_kw(vm, &args, "decode", &["encoding", "errors"])?;
    let encoding = codec_arg(vm, &a[0], "decode", "encoding", "utf-8")?;
    let errors = codec_arg(vm, &a[1], "decode", "errors", "strict")?;
    let codec = lookup_codec(vm, &encoding)?;
    Ok(Value::string(decode_bytes(vm, &b.data, codec, &errors)?))
}

// ---------------------------------------------------------------------------
// Dunders
// ---------------------------------------------------------------------------

fn other_arg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(args.pos[1].clone())
}

fn bytes_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__add__")?;
    let o = other_arg(vm, &args)?;
    match vm.base_value(&o) {
        Value::Bytes(c) => {
            let mut v = b.data.clone();
            v.extend_from_slice(&c.data);
            Ok(Value::bytes(v))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can't concat {tn} to bytes")))
        }
    }
}

fn bytes_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__mul__")?;
    let o = other_arg(vm, &args).map_err(|_| repeat_arity(vm, &args))?;
    let n = vm.index_value(&o)?;
    if n <= 0 {
        return Ok(Value::bytes(vec![]));
    }
    check_size(vm, b.data.len() as u128 * n as u128)?;
    Ok(Value::bytes(b.data.repeat(n as usize)))
}

fn bytes_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__contains__")?;
    let o = other_arg(vm, &args)?;
    let sub = match sub_arg(vm, &o) {
        Ok(s) => s,
        Err(e) => {
            if let Value::Bytes(_) | Value::Int(_) | Value::Bool(_) | Value::Long(_) =
                vm.base_value(&o)
            {
                return Err(e);
            }
            let tn = vm.type_name(&o);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    Ok(Value::Bool(find_sub(&b.data, &sub).is_some()))
}

fn compare(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, name)?;
    let o = other_arg(vm, &args)?;
    match vm.base_value(&o) {
        Value::Bytes(c) => Ok(Value::Bool(f(b.data.cmp(&c.data)))),
        _ => Ok(Value::NotImplemented),
    }
}

fn bytes_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}

fn bytes_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}

fn bytes_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}

fn bytes_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}

fn bytes_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}

fn bytes_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

fn bytes_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__getitem__")?;
    let key = other_arg(vm, &args)?;
    match &key {
        Value::Slice(_) | Value::Int(_) | Value::Bool(_) | Value::Long(_) => {}
        Value::Instance(i)
            if i.class.lookup(&vm.names.index).is_some()
                || matches!(vm.base_value(&key), Value::Int(_)) => {}
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("byte indices must be integers or slices, not {tn}")));
        }
    }
    if let Value::Slice(_) = key {
        return crate::builtins::builtin_getitem(vm, &Value::Bytes(b), &key);
    }
    let len = b.data.len() as i64;
    let i = match vm.base_value(&key) {
        Value::Long(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => vm.index_value(&key)?,
    };
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(vm.index_error("index out of range"));
    }
    Ok(Value::Int(b.data[j as usize] as i64))
}

fn bytes_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Bytes(b))?))
}

fn bytes_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__iter__")?;
    vm.get_iter(&Value::Bytes(b))
}

fn bytes_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__len__")?;
    Ok(Value::Int(b.data.len() as i64))
}

fn bytes_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__repr__")?;
    Ok(Value::string(crate::format::bytes_repr(&b.data)))
}

fn bytes_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_bytes_slot(vm, &args, "__mod__")?;
    let o = other_arg(vm, &args)?;
    percent_format(vm, &b.data, &o)
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// One parsed `%[(key)][flags][width][.precision][length]conversion` of a bytes format.
struct BytesSpec {
    key: Option<Vec<u8>>,
    flags: String,
    left: bool,
    width: Option<Option<usize>>,
    precision: Option<Option<usize>>,
    conversion: u8,
}

/// Parses the specifier after a `%` at `fmt[*i]`; `None` width/precision inner means `*`.
fn parse_bytes_spec(fmt: &[u8], i: &mut usize) -> Result<BytesSpec, String> {
    let n = fmt.len();
    let mut spec = BytesSpec {
        key: None,
        flags: String::new(),
        left: false,
        width: None,
        precision: None,
        conversion: 0,
    };
    if *i < n && fmt[*i] == b'(' {
        let start = *i + 1;
        let mut depth = 1;
        let mut j = start;
        while j < n {
            match fmt[j] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= n {
            return Err("incomplete format key".into());
        }
        spec.key = Some(fmt[start..j].to_vec());
        *i = j + 1;
    }
    while *i < n && matches!(fmt[*i], b'-' | b'+' | b' ' | b'#' | b'0') {
        if fmt[*i] == b'-' {
            spec.left = true;
        }
        spec.flags.push(fmt[*i] as char);
        *i += 1;
    }
    let number = |i: &mut usize, what: &str| -> Result<Option<Option<usize>>, String> {
        if *i < n && fmt[*i] == b'*' {
            *i += 1;
            return Ok(Some(None));
        }
        let start = *i;
        let mut v: usize = 0;
        while *i < n && fmt[*i].is_ascii_digit() {
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add((fmt[*i] - b'0') as usize))
                .ok_or_else(|| format!("{what} too big"))?;
            *i += 1;
        }
        Ok(if *i > start { Some(Some(v)) } else { None })
    };
    spec.width = number(i, "width")?;
    if *i < n && fmt[*i] == b'.' {
        *i += 1;
        spec.precision = Some(number(i, "precision")?.unwrap_or(Some(0)));
    }
    while *i < n && matches!(fmt[*i], b'h' | b'l' | b'L') {
        *i += 1;
    }
    if *i >= n {
        return Err("incomplete format".into());
    }
    spec.conversion = fmt[*i];
    *i += 1;
    Ok(spec)
}

/// Pads `body` to `width` with spaces (on the right when `left`).
fn pad_field(body: Vec<u8>, width: usize, left: bool) -> Vec<u8> {
    if body.len() >= width {
        return body;
    }
    let fill = vec![b' '; width - body.len()];
    if left {
        [body, fill].concat()
    } else {
        [fill, body].concat()
    }
}

/// The bytes of a `%s`/`%b` argument: bytes, or an object with `__bytes__`.
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Bytes(b) = vm.base_value(v) {
        return Ok(b.data.clone());
    }
    if let Value::Instance(i) = v {
        if let Some(f) = i.class.lookup(&PyStr::new("__bytes__".into())) {
            let r = vm.call_dunder(&f, v, vec![])?;
            if let Value::Bytes(b) = vm.base_value(&r) {
                return Ok(b.data.clone());
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}

/// `fmt % args` for bytes (PEP 461): `%s`/`%b` take bytes, `%r`/`%a` give ASCII reprs,
/// `%c` takes an int below 256 or one byte, numbers format as for str.
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let base = vm.base_value(args);
    let mapping = match &base {
        Value::Dict(_) => Some(args.clone()),
        Value::List(_) | Value::Range(_) => Some(args.clone()),
        Value::Tuple(_) | Value::Bytes(_) | Value::Str(_) => None,
        _ if matches!(args, Value::Instance(i) if i.class.lookup(&vm.names.getitem).is_some()) => {
            Some(args.clone())
        }
        _ => None,
    };
    let positional: Vec<Value> = match &base {
        Value::Tuple(t) => t.items.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        match positional.get(next) {
            Some(v) => {
                next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string".into())),
        }
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut used_mapping = false;
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if i < fmt.len() && fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        let spec = parse_bytes_spec(fmt, &mut i).map_err(|m| vm.value_error(m))?;
        let mut left = spec.left;
        let width = match spec.width {
            None => 0,
            Some(Some(w)) => w,
            Some(None) => {
                let w = take(vm)?;
                let w = match vm.base_value(&w) {
                    Value::Int(w) => w,
                    _ => return Err(vm.type_error("* wants int".into())),
                };
                if w < 0 {
                    left = true;
                }
                w.unsigned_abs() as usize
            }
        };
        let precision = match spec.precision {
            None => None,
            Some(Some(p)) => Some(p),
            Some(None) => {
                let p = take(vm)?;
                match vm.base_value(&p) {
                    Value::Int(p) => Some(p.max(0) as usize),
                    _ => return Err(vm.type_error("* wants int".into())),
                }
            }
        };
        let value = match &spec.key {
            Some(k) => match &mapping {
                Some(m) => {
                    used_mapping = true;
                    vm.getitem(m, &Value::bytes(k.clone()))?
                }
                None => return Err(vm.type_error("format requires a mapping".into())),
            },
            None => take(vm)?,
        };
        check_size(vm, width as u128)?;
        let body = match spec.conversion {
            b's' | b'b' => {
                let mut b = percent_bytes_arg(vm, &value)?;
                if let Some(p) = precision {
                    b.truncate(p);
                }
                pad_field(b, width, left)
            }
            b'r' | b'a' => {
                let r = vm.repr(&value)?;
                let mut b = crate::format::ascii_escape(r.as_str()).into_bytes();
                if let Some(p) = precision {
                    b.truncate(p);
                }
                pad_field(b, width, left)
            }
            b'c' => {
                let byte = match vm.base_value(&value) {
                    Value::Bytes(b) if b.data.len() == 1 => b.data[0],
                    Value::Int(n) => {
                        if !(0..256).contains(&n) {
                            return Err(vm.overflow_error("%c arg not in range(256)"));
                        }
                        n as u8
                    }
                    Value::Bool(b) => b as u8,
                    _ => {
                        return Err(vm.type_error(
                            "%c requires an integer in range(256) or a single byte".into(),
                        ))
                    }
                };
                pad_field(vec![byte], width, left)
            }
            conv @ (b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g'
            | b'G') => {
                let mut f = format!("%{}", spec.flags);
                if left && !spec.flags.contains('-') {
                    f.push('-');
                }
                if width > 0 {
                    f.push_str(&width.to_string());
                }
                if let Some(p) = precision {
                    f.push_str(&format!(".{p}"));
                }
                f.push(conv as char);
                match crate::builtins::percent_format(vm, &f, &Value::tuple(vec![value]))? {
                    Value::Str(s) => s.as_str().as_bytes().to_vec(),
                    _ => Vec::new(),
                }
            }
            other => {
                let ch = other as char;
                return Err(vm.value_error(format!(
                    "unsupported format character '{ch}' (0x{other:x}) at index {}",
                    i - 1
                )));
            }
        };
        out.extend_from_slice(&body);
    }
    if !used_mapping && mapping.is_none() && next < positional.len() {
        return Err(vm.type_error("not all arguments converted during bytes formatting".into()));
    }
    Ok(Value::bytes(out))
}

// ---------------------------------------------------------------------------
// Constructor
// ---------------------------------------------------------------------------

/// `bytes()`, `bytes(str, encoding[, errors])`, `bytes(n)`, `bytes(bytes)`, `bytes(iterable)`.
pub fn construct_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let source_kw = take_kw(&mut args, "source");
    let encoding_kw = take_kw(&mut args, "encoding");
    let errors_kw = take_kw(&mut args, "errors");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for bytes()",
            k.as_str()
        )));
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut pos = args.pos.into_iter();
    let source = pos.next().or(source_kw);
    let encoding = pos.next().or(encoding_kw);
    let errors = pos.next().or(errors_kw);
    let source = match source {
        None => {
            if encoding.is_some() {
                return Err(vm.type_error("encoding without a string argument".into()));
            }
            if errors.is_some() {
                return Err(vm.type_error("errors without a string argument".into()));
            }
            return Ok(Value::bytes(vec![]));
        }
        Some(s) => s,
    };
    if let Value::Str(s) = vm.base_value(&source) {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding".into()));
        }
        let enc = codec_arg(vm, &encoding, "bytes", "encoding", "utf-8")?;
        let errs = codec_arg(vm, &errors, "bytes", "errors", "strict")?;
        let codec = lookup_codec(vm, &enc)?;
        return Ok(Value::bytes(encode_str(vm, s.as_str(), codec, &errs)?));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument".into()));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument".into()));
    }
    // An object with __bytes__.
    if let Value::Instance(i) = &source {
        let name = PyStr::new("__bytes__".into());
        if let Some(f) = i.class.lookup(&name) {
            let r = vm.call_dunder(&f, &source, vec![])?;
            return match vm.base_value(&r) {
                Value::Bytes(b) => Ok(Value::Bytes(b)),
                other => {
                    let tn = vm.type_name(&other);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    match vm.base_value(&source) {
        Value::Bytes(b) => return Ok(Value::bytes(b.data.clone())),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let n = match vm.base_value(&source) {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
            };
            if n < 0 {
                return Err(vm.value_error("negative count".into()));
            }
            check_size(vm, n as u128)?;
            return Ok(Value::bytes(vec![0; n as usize]));
        }
        Value::Float(_) | Value::None => {
            let tn = vm.type_name(&source);
            return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
        }
        _ => {}
    }
    if let Value::Instance(i) = &source {
        if i.class.lookup(&vm.names.index).is_some() {
            let n = vm.index_value(&source)?;
            if n < 0 {
                return Err(vm.value_error("negative count".into()));
            }
            check_size(vm, n as u128)?;
            return Ok(Value::bytes(vec![0; n as usize]));
        }
    }
    let items = match vm.get_iter(&source) {
        Ok(_) => vm.collect_iterable(&source)?,
        Err(e) => {
            let te = vm.types.exc.type_error.clone();
            if err_is(vm, &e, &te) {
                let tn = vm.type_name(&source);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = vm.index_value(&it)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)".into()));
        }
        out.push(n as u8);
    }
    Ok(Value::bytes(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_string(b"abcde", Some(':'), 2), "61:6263:6465");
        assert_eq!(hex_string(b"abcde", Some(':'), -2), "6162:6364:65");
        assert_eq!(hex_string(b"abc", Some(':'), 0), "616263");
    }

    #[test]
    fn splitting() {
        assert_eq!(split_sep(b"a,b,,c", b",", 1), vec![&b"a"[..], &b"b,,c"[..]]);
        assert_eq!(
            rsplit_sep(b"a,b,,c", b",", 1),
            vec![&b"a,b,"[..], &b"c"[..]]
        );
        assert_eq!(split_ws(b" a  b ", i64::MAX), vec![&b"a"[..], &b"b"[..]]);
        assert_eq!(count_sub(b"aaaa", b"aa"), 2);
    }
}
