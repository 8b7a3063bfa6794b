//! `re`: CPython 3.11's regular expressions as Python objects — the module functions,
//! `Pattern` and `Match` objects, `RegexFlag` constants and `re.error` — over the matching
//! core in `crate::regex` (which works on `&str` in character offsets).
//!
//! bytes patterns and subjects are run as latin-1 text (each byte one character) with
//! ASCII semantics, and results are turned back into bytes. Compiled patterns are cached
//! per VM in the module's `_cache` dict, keyed by (pattern, flags), like CPython's.

use crate::dict::PyDict;
use crate::regex::{self, Anchor, Captures, Regex, Template};
use crate::types::{add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

const MAXCACHE: usize = 512;

const FLAG_NAMES: [(&str, u32); 9] = [
    ("TEMPLATE", regex::TEMPLATE),
    ("IGNORECASE", regex::IGNORECASE),
    ("LOCALE", regex::LOCALE),
    ("MULTILINE", regex::MULTILINE),
    ("DOTALL", regex::DOTALL),
    ("UNICODE", regex::UNICODE),
    ("VERBOSE", regex::VERBOSE),
    ("DEBUG", regex::DEBUG),
    ("ASCII", regex::ASCII),
];

/// Builds the module.
pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "re",
        &[
            ("compile", re_compile),
            ("search", re_search),
            ("match", re_match),
            ("fullmatch", re_fullmatch),
            ("findall", re_findall),
            ("finditer", re_finditer),
            ("sub", re_sub),
            ("subn", re_subn),
            ("split", re_split),
            ("escape", re_escape),
            ("purge", re_purge),
        ],
    );
    let flag_cls = flag_class(vm);
    m.dict.set_str_key("RegexFlag", Value::Class(flag_cls));
    for (name, v) in FLAG_NAMES {
        m.dict.set_str_key(name, flag_value(vm, v as i64));
    }
    for (short, v) in [
        ("T", regex::TEMPLATE),
        ("I", regex::IGNORECASE),
        ("L", regex::LOCALE),
        ("M", regex::MULTILINE),
        ("S", regex::DOTALL),
        ("U", regex::UNICODE),
        ("X", regex::VERBOSE),
        ("A", regex::ASCII),
    ] {
        m.dict.set_str_key(short, flag_value(vm, v as i64));
    }
    m.dict.set_str_key("NOFLAG", flag_value(vm, 0));
    let err = error_class(vm);
    m.dict.set_str_key("error", Value::Class(err));
    let p = pattern_class(vm);
    m.dict.set_str_key("Pattern", Value::Class(p));
    let mc = match_class(vm);
    m.dict.set_str_key("Match", Value::Class(mc));
    m.dict
        .set_str_key("_cache", Value::Dict(Rc::new(PyDict::new())));
    Value::Module(m)
}

// ----- classes -----

fn native_class(vm: &mut Vm, key: &'static str, name: &str) -> (Rc<Class>, bool) {
    if let Some(c) = vm.classes.get(key) {
        return (c.clone(), false);
    }
    let c = new_class(
        name,
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(TypeId::Native),
    );
    c.dict.set_str_key("__module__", Value::str("re"));
    vm.classes.insert(key, c.clone());
    (c, true)
}

fn flag_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("re.RegexFlag") {
        return c.clone();
    }
    let c = new_class(
        "RegexFlag",
        vec![vm.types.int.clone()],
        Layout::Builtin,
        None,
    );
    c.dict.set_str_key("__module__", Value::str("re"));
    add_method(&c, "__repr__", flag_repr);
    add_method(&c, "__str__", flag_repr);
    add_method(&c, "__format__", flag_format);
    add_method(&c, "__getattr__", flag_getattr);
    add_method(&c, "__or__", flag_or);
    add_method(&c, "__ror__", flag_or);
    add_method(&c, "__and__", flag_and);
    add_method(&c, "__rand__", flag_and);
    add_method(&c, "__xor__", flag_xor);
    add_method(&c, "__rxor__", flag_xor);
    add_method(&c, "__invert__", flag_invert);
    vm.classes.insert("re.RegexFlag", c.clone());
    c
}

/// RegexFlag's members in the order enum lists them (its repr's order; a Pattern's repr
/// follows `FLAG_NAMES`, as `_sre` does).
const MEMBER_ORDER: [(&str, u32); 9] = [
    ("ASCII", regex::ASCII),
    ("IGNORECASE", regex::IGNORECASE),
    ("LOCALE", regex::LOCALE),
    ("UNICODE", regex::UNICODE),
    ("MULTILINE", regex::MULTILINE),
    ("DOTALL", regex::DOTALL),
    ("VERBOSE", regex::VERBOSE),
    ("TEMPLATE", regex::TEMPLATE),
    ("DEBUG", regex::DEBUG),
];

/// A flag's int value (a RegexFlag's, or a plain int's), or None for anything else.
fn flag_bits(vm: &Vm, v: &Value) -> Option<i64> {
    match vm.base_value(v) {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// `|`, `&` and `^` of IntFlag: a RegexFlag when the other operand is an int.
fn flag_binary(vm: &mut Vm, args: &Args, op: fn(i64, i64) -> i64) -> PyResult<Value> {
    let (a, b) = match (args.pos.first(), args.pos.get(1)) {
        (Some(a), Some(b)) => (flag_bits(vm, a), flag_bits(vm, b)),
        _ => (None, None),
    };
    Ok(match (a, b) {
        (Some(a), Some(b)) => flag_value(vm, op(a, b)),
        _ => Value::NotImplemented,
    })
}

fn flag_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    flag_binary(vm, &args, |a, b| a | b)
}

fn flag_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    flag_binary(vm, &args, |a, b| a & b)
}

fn flag_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    flag_binary(vm, &args, |a, b| a ^ b)
}

/// `~`: the members not set (enum's KEEP boundary keeps the result among them).
fn flag_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let all = MEMBER_ORDER
        .iter()
        .fold(0, |acc, (_, bit)| acc | *bit as i64);
    let v = args.pos.first().and_then(|v| flag_bits(vm, v)).unwrap_or(0);
    Ok(flag_value(vm, all & !v))
}

/// `value` and `name`, as enum gives them.
fn flag_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let v = flag_bits(vm, &this).unwrap_or(0);
    match args.pos.get(1) {
        Some(Value::Str(s)) if s.as_str() == "value" => Ok(Value::Int(v)),
        Some(Value::Str(s)) if s.as_str() == "name" => Ok(Value::string(member_text(v, ""))),
        Some(Value::Str(s)) => Err(vm.attribute_error(&this, s.as_str())),
        _ => Err(vm.attribute_error(&this, "")),
    }
}

/// IntFlag's `format()`: as str() for an empty spec, else as the int.
fn flag_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let v = flag_bits(vm, &this).unwrap_or(0);
    match args.pos.get(1) {
        Some(Value::Str(spec)) if !spec.as_str().is_empty() => {
            vm.format_value(&Value::Int(v), &Value::Str(spec.clone()))
        }
        _ => Ok(Value::string(member_text(v, "re."))),
    }
}

/// `re.IGNORECASE|re.MULTILINE` (with `prefix` "re.") in enum's order; `re.NOFLAG` for 0.
fn member_text(v: i64, prefix: &str) -> String {
    if !(0..=u32::MAX as i64).contains(&v) {
        return v.to_string();
    }
    flags_text(v as u32, &MEMBER_ORDER, prefix)
}

/// The names of the flags set in `v`, in `order`, then any bits left in hex.
fn flags_text(v: u32, order: &[(&str, u32)], prefix: &str) -> String {
    if v == 0 {
        return format!("{prefix}NOFLAG");
    }
    let mut parts = Vec::new();
    let mut rest = v;
    for (name, bit) in order {
        if rest & bit != 0 {
            parts.push(format!("{prefix}{name}"));
            rest &= !bit;
        }
    }
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    parts.join("|")
}

fn flag_value(vm: &mut Vm, v: i64) -> Value {
    let cls = flag_class(vm);
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(PyDict::new())),
        base: RefCell::new(Value::Int(v)),
        exc: None,
        native: RefCell::new(None),
    }))
}

fn flag_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let v = flag_bits(vm, &this).unwrap_or(0);
    Ok(Value::string(member_text(v, "re.")))
}

fn error_class(vm: &mut Vm) -> Rc<Class> {
    let (c, made) = super::exception_class(vm, "re.error", "re", "error");
    if made {
        add_method(&c, "__init__", error_init);
    }
    c
}

/// Fills in a re.error: args, msg, pattern, pos, lineno, colno (CPython's `error.__init__`).
fn fill_error(inst: &Rc<Instance>, msg: &str, pattern: Value, pos: Option<usize>) {
    let mut full = msg.to_string();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let (Some(p), Some(text)) = (pos, pattern_text(&pattern)) {
        let chars: Vec<char> = text.chars().collect();
        let p = p.min(chars.len());
        let line = chars[..p].iter().filter(|c| **c == '\n').count() + 1;
        let col = match chars[..p].iter().rposition(|c| *c == '\n') {
            Some(nl) => p - nl,
            None => p + 1,
        };
        lineno = Value::Int(line as i64);
        colno = Value::Int(col as i64);
        if chars.contains(&'\n') {
            full = format!("{msg} at position {p} (line {line}, column {col})");
        } else {
            full = format!("{msg} at position {p}");
        }
    }
    if let Some(st) = &inst.exc {
        st.borrow_mut().args = Value::tuple(vec![Value::string(full)]);
    }
    if let Some(d) = &inst.dict {
        d.set_str_key("msg", Value::str(msg));
        d.set_str_key("pattern", pattern);
        d.set_str_key(
            "pos",
            pos.map(|p| Value::Int(p as i64)).unwrap_or(Value::None),
        );
        d.set_str_key("lineno", lineno);
        d.set_str_key("colno", colno);
    }
}

/// The text of a pattern value (str, or bytes as latin-1).
fn pattern_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(b.data.iter().map(|c| *c as char).collect()),
        _ => None,
    }
}

fn error_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first().cloned() else {
        return Ok(Value::None);
    };
    args.pos.remove(0);
    let s = super::bind(vm, "error.__init__", &args, &["msg", "pattern", "pos"], 1)?;
    let msg = match &s[0] {
        Some(v) => vm.to_string(v)?,
        None => String::new(),
    };
    let pattern = s[1].clone().unwrap_or(Value::None);
    let pos = match &s[2] {
        Some(Value::Int(i)) if *i >= 0 => Some(*i as usize),
        _ => None,
    };
    let pos = if pattern.is_none() { None } else { pos };
    fill_error(&inst, &msg, pattern, pos);
    if let Some(d) = &inst.dict {
        if let (Some(p), true) = (&s[2], pos.is_none()) {
            d.set_str_key("pos", p.clone());
        }
    }
    Ok(Value::None)
}

/// A re.error from a core message such as `nothing to repeat at position 0`.
fn re_error(vm: &mut Vm, message: &str, pattern: &Value) -> PyErr {
    let cls = error_class(vm);
    let exc = vm.new_exception(&cls, vec![Value::str(message)]);
    if let Value::Instance(inst) = &exc {
        let (msg, pos) = match message.rfind(" at position ") {
            Some(i) => {
                let digits: String = message[i + 13..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                (&message[..i], digits.parse::<usize>().ok())
            }
            None => (message, None),
        };
        if pos.is_some() {
            fill_error(inst, msg, pattern.clone(), pos);
        } else if let Some(d) = &inst.dict {
            d.set_str_key("msg", Value::str(message));
            d.set_str_key("pattern", Value::None);
            for k in ["pos", "lineno", "colno"] {
                d.set_str_key(k, Value::None);
            }
        }
    }
    PyErr::Exception(exc)
}

fn pattern_class(vm: &mut Vm) -> Rc<Class> {
    let (c, fresh) = native_class(vm, "re.Pattern", "Pattern");
    if fresh {
        add_method(&c, "match", p_match);
        add_method(&c, "search", p_search);
        add_method(&c, "fullmatch", p_fullmatch);
        add_method(&c, "findall", p_findall);
        add_method(&c, "finditer", p_finditer);
        add_method(&c, "sub", p_sub);
        add_method(&c, "subn", p_subn);
        add_method(&c, "split", p_split);
        add_method(&c, "__repr__", p_repr);
        add_method(&c, "__getattr__", p_getattr);
        add_method(&c, "__eq__", p_eq);
        add_method(&c, "__copy__", same);
        add_method(&c, "__deepcopy__", same);
    }
    c
}

fn match_class(vm: &mut Vm) -> Rc<Class> {
    let (c, fresh) = native_class(vm, "re.Match", "Match");
    if fresh {
        add_method(&c, "group", m_group);
        add_method(&c, "groups", m_groups);
        add_method(&c, "groupdict", m_groupdict);
        add_method(&c, "start", m_start);
        add_method(&c, "end", m_end);
        add_method(&c, "span", m_span);
        add_method(&c, "expand", m_expand);
        add_method(&c, "__getitem__", m_getitem);
        add_method(&c, "__repr__", m_repr);
        add_method(&c, "__getattr__", m_getattr);
        add_method(&c, "__copy__", same);
        add_method(&c, "__deepcopy__", same);
    }
    c
}

fn iter_class(vm: &mut Vm) -> Rc<Class> {
    let (c, fresh) = native_class(vm, "re.callable_iterator", "callable_iterator");
    if fresh {
        c.dict.set_str_key("__module__", Value::str("builtins"));
        add_method(&c, "__iter__", same);
        add_method(&c, "__next__", it_next);
    }
    c
}

fn same(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn native_instance(cls: Rc<Class>, state: Box<dyn std::any::Any>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: None,
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(state)),
    }))
}

// ----- argument binding -----

/// Binds arguments like an Argument Clinic method (`match() missing required argument
/// 'string' (pos 1)`).
fn bind_c(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let np = params.len();
    if args.pos.len() > np {
        return Err(vm.type_error(format!(
            "{name}() takes at most {np} argument{} ({} given)",
            if np == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; np];
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(slots)
}

fn int_of(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => match vm.base_value(v) {
            Value::Long(b) => Ok(if num_traits::Signed::is_negative(&*b) {
                i64::MIN
            } else {
                i64::MAX
            }),
            other => crate::builtins::arg_int(vm, &other),
        },
    }
}

fn flags_of(vm: &mut Vm, v: &Option<Value>) -> PyResult<u32> {
    let f = int_of(vm, v, 0)?;
    Ok(f as u32)
}

// ----- compiled patterns -----

/// What a Pattern object holds.
struct PatternData {
    regex: Rc<Regex>,
    /// The pattern as given (str or bytes).
    source: Value,
    is_bytes: bool,
    /// `Pattern.flags`.
    flags: u32,
}

fn pattern_data(v: &Value) -> Option<Rc<PatternData>> {
    if let Value::Instance(i) = v {
        return i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Rc<PatternData>>())
            .cloned();
    }
    None
}

fn this_pattern(vm: &mut Vm, args: &mut Args) -> PyResult<(Value, Rc<PatternData>)> {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor needs a 're.Pattern' object".into()));
    }
    let this = args.pos.remove(0);
    match pattern_data(&this) {
        Some(pd) => Ok((this, pd)),
        None => {
            let tn = vm.type_name(&this);
            Err(vm.type_error(format!(
                "descriptor requires a 're.Pattern' object but received a '{tn}'"
            )))
        }
    }
}

fn cache_dict(vm: &Vm) -> Option<Rc<PyDict>> {
    if let Some(Value::Module(m)) = vm.modules.get("re") {
        if let Some(Value::Dict(d)) = m.dict.get_str(&PyStr::new("_cache".into())) {
            return Some(d);
        }
    }
    None
}

/// `re._compile`: a Pattern object for a pattern (str, bytes or Pattern) and flags.
fn compile(vm: &mut Vm, pattern: &Value, flags: u32) -> PyResult<Value> {
    if pattern_data(pattern).is_some() {
        if flags != 0 {
            return Err(
                vm.value_error("cannot process flags argument with a compiled pattern".into())
            );
        }
        return Ok(pattern.clone());
    }
    let source = vm.base_value(pattern);
    let (text, is_bytes) = match &source {
        Value::Str(s) => (s.as_str().to_string(), false),
        Value::Bytes(b) => (b.data.iter().map(|c| *c as char).collect::<String>(), true),
        _ => return Err(vm.type_error("first argument must be string or compiled pattern".into())),
    };
    let key = Value::tuple(vec![source.clone(), Value::Int(flags as i64)]);
    let cache = cache_dict(vm);
    if let Some(c) = &cache {
        if let Some(p) = vm.dict_get(c, &key)? {
            return Ok(p);
        }
    }
    let core_flags = if is_bytes {
        if flags & regex::UNICODE != 0 {
            return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if flags & regex::LOCALE != 0 && flags & regex::ASCII != 0 {
            return Err(vm.value_error("ASCII and LOCALE flags are incompatible".into()));
        }
        (flags & !regex::LOCALE) | regex::ASCII
    } else {
        flags
    };
    let re = match Regex::new(&text, core_flags) {
        Ok(r) => r,
        // Flag conflicts are ValueErrors in CPython; syntax errors are re.error.
        Err(msg) if msg.starts_with("cannot use ") || msg.ends_with("flags are incompatible") => {
            return Err(vm.value_error(msg))
        }
        Err(msg) => return Err(re_error(vm, &msg, &source)),
    };
    let mut reported = re.flags();
    if is_bytes {
        reported &= !regex::UNICODE;
        if flags & regex::ASCII == 0 && !text.contains("(?a") {
            reported &= !regex::ASCII;
        }
        reported |= flags & regex::LOCALE;
    }
    let pd = Rc::new(PatternData {
        regex: Rc::new(re),
        source,
        is_bytes,
        flags: reported,
    });
    let cls = pattern_class(vm);
    let obj = native_instance(cls, Box::new(pd));
    if let Some(c) = cache {
        if c.len() >= MAXCACHE {
            let first = c.keys().into_iter().next();
            if let Some(k) = first {
                vm.dict_del(&c, &k)?;
            }
        }
        vm.dict_set(&c, key, obj.clone())?;
    }
    Ok(obj)
}

// ----- subjects -----

/// A subject string as the core sees it, with its original value.
struct Subject {
    value: Value,
    text: Rc<PyStr>,
    is_bytes: bool,
    /// Byte offset of each character (non-ASCII text only), computed on first use.
    offsets: OnceCell<Vec<usize>>,
}

impl Subject {
    fn len(&self) -> usize {
        self.text.char_len()
    }

    fn slice(&self, a: usize, b: usize) -> &str {
        let s = self.text.as_str();
        if self.text.is_ascii() {
            return s.get(a..b.max(a)).unwrap_or("");
        }
        let offs = self.offsets.get_or_init(|| {
            let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            v.push(s.len());
            v
        });
        match (offs.get(a), offs.get(b.max(a))) {
            (Some(x), Some(y)) => s.get(*x..*y).unwrap_or(""),
            _ => "",
        }
    }

    /// The substring as a Python value (str, or bytes for bytes subjects).
    fn piece(&self, a: usize, b: usize) -> Value {
        text_value(self.slice(a, b), self.is_bytes)
    }
}

/// Text as str, or as bytes when it stands for latin-1 decoded bytes.
fn text_value(s: &str, is_bytes: bool) -> Value {
    if is_bytes {
        Value::bytes(s.chars().map(|c| c as u32 as u8).collect())
    } else {
        Value::str(s)
    }
}

fn subject_of(vm: &mut Vm, pd: &PatternData, v: &Value) -> PyResult<Rc<Subject>> {
    let base = vm.base_value(v);
    let (text, is_bytes) = match &base {
        Value::Str(s) => (s.clone(), false),
        Value::Bytes(b) => (
            Rc::new(PyStr::new(b.data.iter().map(|c| *c as char).collect())),
            true,
        ),
        _ => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")));
        }
    };
    if is_bytes && !pd.is_bytes {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object".into()));
    }
    if !is_bytes && pd.is_bytes {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object".into()));
    }
    Ok(Rc::new(Subject {
        value: base,
        text,
        is_bytes,
        offsets: OnceCell::new(),
    }))
}

/// Clamps pos/endpos into the subject like CPython's `state_init`.
fn window(subject: &Subject, pos: i64, endpos: i64) -> (usize, usize) {
    let n = subject.len() as i64;
    (pos.clamp(0, n) as usize, endpos.clamp(0, n) as usize)
}

// ----- match objects -----

struct MatchData {
    pattern: Value,
    pd: Rc<PatternData>,
    subject: Rc<Subject>,
    caps: Captures,
    pos: usize,
    endpos: usize,
}

fn make_match(
    vm: &mut Vm,
    pattern: &Value,
    pd: &Rc<PatternData>,
    subject: &Rc<Subject>,
    caps: Captures,
    pos: usize,
    endpos: usize,
) -> Value {
    let cls = match_class(vm);
    let md = Rc::new(MatchData {
        pattern: pattern.clone(),
        pd: pd.clone(),
        subject: subject.clone(),
        caps,
        pos,
        endpos,
    });
    native_instance(cls, Box::new(md))
}

fn match_data(vm: &mut Vm, args: &mut Args) -> PyResult<Rc<MatchData>> {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor needs a 're.Match' object".into()));
    }
    let this = args.pos.remove(0);
    if let Value::Instance(i) = &this {
        if let Some(md) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Rc<MatchData>>())
        {
            return Ok(md.clone());
        }
    }
    let tn = vm.type_name(&this);
    Err(vm.type_error(format!(
        "descriptor requires a 're.Match' object but received a '{tn}'"
    )))
}

impl MatchData {
    fn span(&self, g: usize) -> Option<(usize, usize)> {
        self.caps.spans.get(g).copied().flatten()
    }

    fn group(&self, g: usize, default: &Value) -> Value {
        match self.span(g) {
            Some((a, b)) => self.subject.piece(a, b),
            None => default.clone(),
        }
    }
}

/// A group reference (index or name) as an index.
fn group_index(vm: &mut Vm, md: &MatchData, v: &Value) -> PyResult<usize> {
    let n = md.pd.regex.group_count();
    let idx = match vm.base_value(v) {
        Value::Int(i) if i >= 0 && (i as usize) <= n => Some(i as usize),
        Value::Bool(b) => Some(b as usize),
        Value::Str(s) => md
            .pd
            .regex
            .group_names()
            .into_iter()
            .find(|(name, _)| name == s.as_str())
            .map(|(_, i)| i),
        _ => None,
    };
    match idx {
        Some(i) => Ok(i),
        None => Err(vm.index_error("no such group")),
    }
}

fn m_group(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("group() takes no keyword arguments".into()));
    }
    match args.pos.len() {
        0 => Ok(md.group(0, &Value::None)),
        1 => {
            let g = group_index(vm, &md, &args.pos[0])?;
            Ok(md.group(g, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(args.pos.len());
            for v in &args.pos {
                let g = group_index(vm, &md, v)?;
                out.push(md.group(g, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let key = args.pos.first().cloned().unwrap_or(Value::None);
    let g = group_index(vm, &md, &key)?;
    Ok(md.group(g, &Value::None))
}

fn m_groups(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let s = bind_c(vm, "groups", &args, &["default"], 0)?;
    let default = s[0].clone().unwrap_or(Value::None);
    let n = md.pd.regex.group_count();
    Ok(Value::tuple(
        (1..=n).map(|g| md.group(g, &default)).collect(),
    ))
}

fn m_groupdict(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let s = bind_c(vm, "groupdict", &args, &["default"], 0)?;
    let default = s[0].clone().unwrap_or(Value::None);
    let d = Rc::new(PyDict::new());
    for (name, g) in md.pd.regex.group_names() {
        let v = md.group(g, &default);
        vm.dict_set(&d, Value::string(name), v)?;
    }
    Ok(Value::Dict(d))
}

fn span_arg(vm: &mut Vm, name: &str, md: &MatchData, args: &Args) -> PyResult<(i64, i64)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let g = match args.pos.first() {
        Some(v) => group_index(vm, md, v)?,
        None => 0,
    };
    Ok(match md.span(g) {
        Some((a, b)) => (a as i64, b as i64),
        None => (-1, -1),
    })
}

fn m_start(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    Ok(Value::Int(span_arg(vm, "start", &md, &args)?.0))
}

fn m_end(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    Ok(Value::Int(span_arg(vm, "end", &md, &args)?.1))
}

fn m_span(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let (a, b) = span_arg(vm, "span", &md, &args)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b)]))
}

/// A replacement template (str or bytes, matching the pattern) as text.
fn template_text(vm: &mut Vm, pd: &PatternData, v: &Value) -> PyResult<String> {
    match vm.base_value(v) {
        Value::Str(s) if !pd.is_bytes => Ok(s.as_str().to_string()),
        Value::Bytes(b) if pd.is_bytes => Ok(b.data.iter().map(|c| *c as char).collect()),
        Value::Str(_) => {
            Err(vm.type_error("sequence item 0: expected a bytes-like object, str found".into()))
        }
        Value::Bytes(_) => {
            Err(vm.type_error("sequence item 0: expected str instance, bytes found".into()))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )))
        }
    }
}

fn m_expand(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let s = super::bind(vm, "Match.expand", &args, &["template"], 1)?;
    let tv = s[0].clone().unwrap_or(Value::None);
    let text = template_text(vm, &md.pd, &tv)?;
    let t = match Template::parse(&text, &md.pd.regex) {
        Ok(t) => t,
        Err(msg) => return Err(re_error(vm, &msg, &tv)),
    };
    let out = t.expand(md.subject.text.as_str(), &md.caps);
    Ok(text_value(&out, md.pd.is_bytes))
}

fn m_repr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let md = match_data(vm, &mut args)?;
    let (a, b) = md.span(0).unwrap_or((0, 0));
    let g = md.group(0, &Value::None);
    let r = vm.repr(&g)?;
    let r: String = r.as_str().chars().take(50).collect();
    Ok(Value::string(format!(
        "<re.Match object; span=({a}, {b}), match={r}>"
    )))
}

fn m_getattr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let md = match_data(vm, &mut args)?;
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    Ok(match name.as_str() {
        "string" => md.subject.value.clone(),
        "re" => md.pattern.clone(),
        "pos" => Value::Int(md.pos as i64),
        "endpos" => Value::Int(md.endpos as i64),
        "lastindex" => match md.pd.regex.lastindex(&md.caps) {
            Some(i) => Value::Int(i as i64),
            None => Value::None,
        },
        "lastgroup" => {
            let li = md.pd.regex.lastindex(&md.caps);
            match li.and_then(|i| md.pd.regex.group_names().into_iter().find(|(_, g)| *g == i)) {
                Some((name, _)) => Value::string(name),
                None => Value::None,
            }
        }
        "regs" => {
            let n = md.pd.regex.group_count();
            Value::tuple(
                (0..=n)
                    .map(|g| {
                        let (a, b) = md
                            .span(g)
                            .map(|(a, b)| (a as i64, b as i64))
                            .unwrap_or((-1, -1));
                        Value::tuple(vec![Value::Int(a), Value::Int(b)])
                    })
                    .collect(),
            )
        }
        _ => return Err(vm.attribute_error(&this, &name)),
    })
}

// ----- Pattern methods -----

fn p_repr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, pd) = this_pattern(vm, &mut args)?;
    let r = vm.repr(&pd.source)?;
    let r: String = r.as_str().chars().take(200).collect();
    let mut flags = pd.flags;
    if !pd.is_bytes && flags & (regex::LOCALE | regex::UNICODE | regex::ASCII) == regex::UNICODE {
        flags &= !regex::UNICODE;
    }
    if flags == 0 {
        Ok(Value::string(format!("re.compile({r})")))
    } else {
        Ok(Value::string(format!(
            "re.compile({r}, {})",
            flags_text(flags, &FLAG_NAMES, "re.")
        )))
    }
}

fn p_getattr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (_, pd) = this_pattern(vm, &mut args)?;
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    Ok(match name.as_str() {
        "pattern" => pd.source.clone(),
        "flags" => Value::Int(pd.flags as i64),
        "groups" => Value::Int(pd.regex.group_count() as i64),
        "groupindex" => {
            let d = Rc::new(PyDict::new());
            for (n, i) in pd.regex.group_names() {
                vm.dict_set(&d, Value::string(n), Value::Int(i as i64))?;
            }
            Value::Dict(d)
        }
        _ => return Err(vm.attribute_error(&this, &name)),
    })
}

fn p_eq(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, pd) = this_pattern(vm, &mut args)?;
    let other = args.pos.first().cloned().unwrap_or(Value::None);
    match pattern_data(&other) {
        Some(o) => {
            let same_src = vm.eq(&pd.source, &o.source)?;
            Ok(Value::Bool(
                same_src && pd.flags == o.flags && pd.is_bytes == o.is_bytes,
            ))
        }
        None => Ok(Value::NotImplemented),
    }
}

/// One match attempt (`match`/`search`/`fullmatch`) with pos/endpos.
fn find_one(
    vm: &mut Vm,
    pattern: &Value,
    pd: &Rc<PatternData>,
    string: &Value,
    pos: i64,
    endpos: i64,
    anchor: Anchor,
) -> PyResult<Value> {
    let subject = subject_of(vm, pd, string)?;
    let (p, e) = window(&subject, pos, endpos);
    let r = pd.regex.find(subject.text.as_str(), p, e, anchor);
    match r {
        Ok(Some(caps)) => Ok(make_match(vm, pattern, pd, &subject, caps, p, e)),
        Ok(None) => Ok(Value::None),
        Err(msg) => Err(vm.runtime_error(msg)),
    }
}

fn pattern_find(vm: &mut Vm, name: &str, mut args: Args, anchor: Anchor) -> PyResult<Value> {
    let (this, pd) = this_pattern(vm, &mut args)?;
    let s = bind_c(vm, name, &args, &["string", "pos", "endpos"], 1)?;
    let pos = int_of(vm, &s[1], 0)?;
    let endpos = int_of(vm, &s[2], i64::MAX)?;
    let string = s[0].clone().unwrap_or(Value::None);
    find_one(vm, &this, &pd, &string, pos, endpos, anchor)
}

fn p_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_find(vm, "match", args, Anchor::Match)
}

fn p_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_find(vm, "search", args, Anchor::Search)
}

fn p_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_find(vm, "fullmatch", args, Anchor::FullMatch)
}

/// findall's value for one match: the whole match, the one group, or a tuple of groups.
fn findall_item(pd: &PatternData, subject: &Subject, caps: &Captures) -> Value {
    let n = pd.regex.group_count();
    let get = |g: usize| match caps.spans.get(g).copied().flatten() {
        Some((a, b)) => subject.piece(a, b),
        None => text_value("", subject.is_bytes),
    };
    match n {
        0 => get(0),
        1 => get(1),
        _ => Value::tuple((1..=n).map(get).collect()),
    }
}

fn findall(
    vm: &mut Vm,
    pd: &Rc<PatternData>,
    string: &Value,
    pos: i64,
    endpos: i64,
) -> PyResult<Value> {
    let subject = subject_of(vm, pd, string)?;
    let (p, e) = window(&subject, pos, endpos);
    let all = match pd.regex.find_all(subject.text.as_str(), p, e) {
        Ok(a) => a,
        Err(msg) => return Err(vm.runtime_error(msg)),
    };
    Ok(Value::list(
        all.iter().map(|c| findall_item(pd, &subject, c)).collect(),
    ))
}

fn p_findall(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, pd) = this_pattern(vm, &mut args)?;
    let s = bind_c(vm, "findall", &args, &["string", "pos", "endpos"], 1)?;
    let pos = int_of(vm, &s[1], 0)?;
    let endpos = int_of(vm, &s[2], i64::MAX)?;
    let string = s[0].clone().unwrap_or(Value::None);
    findall(vm, &pd, &string, pos, endpos)
}

/// The state of a `finditer` iterator. The matches are found in one pass on the first
/// `__next__` (the core's scan is linear; stepping it match by match is not), then handed
/// out one at a time.
struct IterState {
    pattern: Value,
    pd: Rc<PatternData>,
    subject: Rc<Subject>,
    pos: usize,
    endpos: usize,
    matches: RefCell<Option<std::collections::VecDeque<Captures>>>,
}

fn finditer(
    vm: &mut Vm,
    pattern: &Value,
    pd: &Rc<PatternData>,
    string: &Value,
    pos: i64,
    endpos: i64,
) -> PyResult<Value> {
    let subject = subject_of(vm, pd, string)?;
    let (p, e) = window(&subject, pos, endpos);
    let st = Rc::new(IterState {
        pattern: pattern.clone(),
        pd: pd.clone(),
        subject,
        pos: p,
        endpos: e,
        matches: RefCell::new(None),
    });
    let cls = iter_class(vm);
    Ok(native_instance(cls, Box::new(st)))
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = match args.pos.first() {
        Some(Value::Instance(i)) => i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Rc<IterState>>())
            .cloned(),
        _ => None,
    };
    let Some(st) = st else {
        return Err(
            vm.type_error("descriptor '__next__' needs a 'callable_iterator' object".into())
        );
    };
    if st.matches.borrow().is_none() {
        let all = match st
            .pd
            .regex
            .find_all(st.subject.text.as_str(), st.pos, st.endpos)
        {
            Ok(a) => a,
            Err(msg) => {
                *st.matches.borrow_mut() = Some(Default::default());
                return Err(vm.runtime_error(msg));
            }
        };
        *st.matches.borrow_mut() = Some(all.into());
    }
    let next = st.matches.borrow_mut().as_mut().and_then(|q| q.pop_front());
    match next {
        Some(caps) => Ok(make_match(
            vm,
            &st.pattern,
            &st.pd,
            &st.subject,
            caps,
            st.pos,
            st.endpos,
        )),
        None => {
            let cls = vm.types.exc.stop_iteration.clone();
            Err(PyErr::Exception(vm.new_exception(&cls, vec![])))
        }
    }
}

fn p_finditer(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (this, pd) = this_pattern(vm, &mut args)?;
    let s = bind_c(vm, "finditer", &args, &["string", "pos", "endpos"], 1)?;
    let pos = int_of(vm, &s[1], 0)?;
    let endpos = int_of(vm, &s[2], i64::MAX)?;
    let string = s[0].clone().unwrap_or(Value::None);
    finditer(vm, &this, &pd, &string, pos, endpos)
}

/// `sub`/`subn` with a template or a callable replacement.
fn sub(
    vm: &mut Vm,
    pattern: &Value,
    pd: &Rc<PatternData>,
    repl: &Value,
    string: &Value,
    count: i64,
    with_count: bool,
) -> PyResult<Value> {
    let subject = subject_of(vm, pd, string)?;
    let finish = |text: &str, n: usize| {
        let v = text_value(text, pd.is_bytes);
        if with_count {
            Value::tuple(vec![v, Value::Int(n as i64)])
        } else {
            v
        }
    };
    if count < 0 {
        return Ok(finish(subject.text.as_str(), 0));
    }
    let count = count as usize;
    let is_text = matches!(vm.base_value(repl), Value::Str(_) | Value::Bytes(_));
    if is_text || !is_callable(vm, repl) {
        let text = template_text(vm, pd, repl)?;
        let t = match Template::parse(&text, &pd.regex) {
            Ok(t) => t,
            Err(msg) => return Err(re_error(vm, &msg, &vm.base_value(repl))),
        };
        return match pd.regex.sub(&t, subject.text.as_str(), count) {
            Ok((out, n)) => Ok(finish(&out, n)),
            Err(msg) => Err(vm.runtime_error(msg)),
        };
    }
    let all = match pd.regex.find_all(subject.text.as_str(), 0, usize::MAX) {
        Ok(a) => a,
        Err(msg) => return Err(vm.runtime_error(msg)),
    };
    let limit = if count == 0 {
        all.len()
    } else {
        count.min(all.len())
    };
    let n_chars = subject.len();
    let mut out = String::with_capacity(subject.text.as_str().len());
    let mut last = 0usize;
    let mut item = 0usize;
    for caps in all.into_iter().take(limit) {
        let (a, b) = caps
            .spans
            .first()
            .copied()
            .flatten()
            .unwrap_or((last, last));
        if a > last {
            out.push_str(subject.slice(last, a));
            item += 1;
        }
        let m = make_match(vm, pattern, pd, &subject, caps, 0, n_chars);
        let r = vm.call(repl, vec![m])?;
        match vm.base_value(&r) {
            Value::None => {}
            Value::Str(s) if !pd.is_bytes => {
                out.push_str(s.as_str());
                item += 1;
            }
            Value::Bytes(bs) if pd.is_bytes => {
                out.extend(bs.data.iter().map(|c| *c as char));
                item += 1;
            }
            other => {
                let tn = vm.type_name(&other);
                let msg = if pd.is_bytes {
                    format!("sequence item {item}: expected a bytes-like object, {tn} found")
                } else {
                    format!("sequence item {item}: expected str instance, {tn} found")
                };
                return Err(vm.type_error(msg));
            }
        }
        last = b;
    }
    out.push_str(subject.slice(last, n_chars));
    Ok(finish(&out, limit))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.names.call).is_some(),
        _ => false,
    }
}

fn p_sub_impl(vm: &mut Vm, name: &str, mut args: Args, with_count: bool) -> PyResult<Value> {
    let (this, pd) = this_pattern(vm, &mut args)?;
    let s = bind_c(vm, name, &args, &["repl", "string", "count"], 2)?;
    let count = int_of(vm, &s[2], 0)?;
    let repl = s[0].clone().unwrap_or(Value::None);
    let string = s[1].clone().unwrap_or(Value::None);
    sub(vm, &this, &pd, &repl, &string, count, with_count)
}

fn p_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    p_sub_impl(vm, "sub", args, false)
}

fn p_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    p_sub_impl(vm, "subn", args, true)
}

fn split(vm: &mut Vm, pd: &Rc<PatternData>, string: &Value, maxsplit: i64) -> PyResult<Value> {
    let subject = subject_of(vm, pd, string)?;
    if maxsplit < 0 {
        return Ok(Value::list(vec![subject.value.clone()]));
    }
    match pd.regex.split(subject.text.as_str(), maxsplit as usize) {
        Ok(parts) => Ok(Value::list(
            parts
                .into_iter()
                .map(|p| {
                    p.map(|s| text_value(&s, pd.is_bytes))
                        .unwrap_or(Value::None)
                })
                .collect(),
        )),
        Err(msg) => Err(vm.runtime_error(msg)),
    }
}

fn p_split(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, pd) = this_pattern(vm, &mut args)?;
    let s = bind_c(vm, "split", &args, &["string", "maxsplit"], 1)?;
    let maxsplit = int_of(vm, &s[1], 0)?;
    let string = s[0].clone().unwrap_or(Value::None);
    split(vm, &pd, &string, maxsplit)
}

// ----- module functions -----

fn compiled(
    vm: &mut Vm,
    pattern: &Option<Value>,
    flags: &Option<Value>,
) -> PyResult<(Value, Rc<PatternData>)> {
    let f = flags_of(vm, flags)?;
    let p = compile(vm, &pattern.clone().unwrap_or(Value::None), f)?;
    match pattern_data(&p) {
        Some(pd) => Ok((p, pd)),
        None => Err(vm.type_error("first argument must be string or compiled pattern".into())),
    }
}

fn re_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "compile", &args, &["pattern", "flags"], 1)?;
    Ok(compiled(vm, &s[0], &s[1])?.0)
}

fn module_find(vm: &mut Vm, name: &str, args: Args, anchor: Anchor) -> PyResult<Value> {
    let s = super::bind(vm, name, &args, &["pattern", "string", "flags"], 2)?;
    let (p, pd) = compiled(vm, &s[0], &s[2])?;
    let string = s[1].clone().unwrap_or(Value::None);
    find_one(vm, &p, &pd, &string, 0, i64::MAX, anchor)
}

fn re_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    module_find(vm, "search", args, Anchor::Search)
}

fn re_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    module_find(vm, "match", args, Anchor::Match)
}

fn re_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    module_find(vm, "fullmatch", args, Anchor::FullMatch)
}

fn re_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "findall", &args, &["pattern", "string", "flags"], 2)?;
    let (_, pd) = compiled(vm, &s[0], &s[2])?;
    let string = s[1].clone().unwrap_or(Value::None);
    findall(vm, &pd, &string, 0, i64::MAX)
}

fn re_finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "finditer", &args, &["pattern", "string", "flags"], 2)?;
    let (p, pd) = compiled(vm, &s[0], &s[2])?;
    let string = s[1].clone().unwrap_or(Value::None);
    finditer(vm, &p, &pd, &string, 0, i64::MAX)
}

fn re_sub_impl(vm: &mut Vm, name: &str, args: Args, with_count: bool) -> PyResult<Value> {
    let s = super::bind(
        vm,
        name,
        &args,
        &["pattern", "repl", "string", "count", "flags"],
        3,
    )?;
    let (p, pd) = compiled(vm, &s[0], &s[4])?;
    let count = int_of(vm, &s[3], 0)?;
    let repl = s[1].clone().unwrap_or(Value::None);
    let string = s[2].clone().unwrap_or(Value::None);
    sub(vm, &p, &pd, &repl, &string, count, with_count)
}

fn re_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    re_sub_impl(vm, "sub", args, false)
}

fn re_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    re_sub_impl(vm, "subn", args, true)
}

fn re_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "split",
        &args,
        &["pattern", "string", "maxsplit", "flags"],
        2,
    )?;
    let (_, pd) = compiled(vm, &s[0], &s[3])?;
    let maxsplit = int_of(vm, &s[2], 0)?;
    let string = s[1].clone().unwrap_or(Value::None);
    split(vm, &pd, &string, maxsplit)
}

fn re_escape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "escape", &args, &["pattern"], 1)?;
    let p = s[0].clone().unwrap_or(Value::None);
    match vm.base_value(&p) {
        Value::Str(s) => Ok(Value::string(regex::escape(s.as_str()))),
        Value::Bytes(b) => {
            let text: String = b.data.iter().map(|c| *c as char).collect();
            Ok(text_value(&regex::escape(&text), true))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )))
        }
    }
}

fn re_purge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::bind(vm, "purge", &args, &[], 0)?;
    if let Some(c) = cache_dict(vm) {
        for k in c.keys() {
            vm.dict_del(&c, &k)?;
        }
    }
    Ok(Value::None)
}
