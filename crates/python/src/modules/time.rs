//! `time`: clocks from the host (`time`, `monotonic`, `perf_counter`, ...), `sleep` as a
//! blocking call the executor waits out, broken-down times (`gmtime`, `localtime`,
//! `mktime`) as `time.struct_time`, and `strftime`/`asctime`/`ctime` with CPython 3.11's
//! argument checks and glibc's output (the formatting itself is `crate::calendar`).
//!
//! The local time zone is whatever the host reports (`utc_offset`, `tz_name`); there is
//! no daylight-saving information, so `tm_isdst` is always 0.

use crate::calendar::{self, Tm};
use crate::dict::PyDict;
use crate::types::{add_method, new_class};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm, Wait};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

/// Builds the module.
pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("sleep", t_sleep),
            ("perf_counter", t_monotonic),
            ("perf_counter_ns", t_monotonic_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("process_time", t_monotonic),
            ("process_time_ns", t_monotonic_ns),
            ("thread_time", t_monotonic),
            ("thread_time_ns", t_monotonic_ns),
            ("gmtime", t_gmtime),
            ("localtime", t_localtime),
            ("mktime", t_mktime),
            ("strftime", t_strftime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
        ],
    );
    let cls = struct_time_class(vm);
    m.dict.set_str_key("struct_time", Value::Class(cls));
    let now = vm.host.time();
    let offset = vm.host.utc_offset(now) as i64;
    let name = vm.host.tz_name();
    m.dict.set_str_key("timezone", Value::Int(-offset));
    m.dict.set_str_key("altzone", Value::Int(-offset));
    m.dict.set_str_key("daylight", Value::Int(0));
    m.dict.set_str_key(
        "tzname",
        Value::tuple(vec![Value::string(name.clone()), Value::string(name)]),
    );
    Value::Module(m)
}

// ----- argument helpers -----

fn no_args(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// At most one optional positional argument (`gmtime([secs])`, ...).
fn opt_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() > 1 {
        let n = args.pos.len();
        return Err(vm.type_error(if name == "asctime" {
            format!("{name} expected at most 1 argument, got {n}")
        } else {
            format!("{name}() takes at most 1 argument ({n} given)")
        }));
    }
    Ok(args.pos.first().cloned().filter(|v| !v.is_none()))
}

/// A number of seconds: a float, or an int (`__index__`).
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.base_value(v) {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)".into()));
            }
            Ok(f)
        }
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        Value::Long(b) => Ok(b.to_f64().unwrap_or(f64::INFINITY)),
        other => {
            let i = vm.index_value(&other)?;
            Ok(i as f64)
        }
    }
}

/// A timestamp as whole seconds (floor), as `_PyTime_ObjectToTime_t`.
fn timestamp_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match vm.base_value(v) {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)".into()));
            }
            let f = f.floor();
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(out_of_range(vm));
            }
            Ok(f as i64)
        }
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Long(_) => Err(out_of_range(vm)),
        other => match vm.index_value(&other) {
            Ok(i) => Ok(i),
            Err(e) => {
                if matches!(other, Value::Instance(_)) {
                    return Err(e);
                }
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        },
    }
}

// ----- clocks -----

fn t_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, "time", &args)?;
    Ok(Value::Float(vm.host.time()))
}

fn t_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, "time_ns", &args)?;
    let t = vm.host.time();
    Ok(Value::Int((t * 1e9) as i64))
}

fn t_monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, "monotonic", &args)?;
    Ok(Value::Float(vm.host.monotonic()))
}

fn t_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, "monotonic_ns", &args)?;
    let t = vm.host.monotonic();
    Ok(Value::Int((t * 1e9) as i64))
}

/// `time.sleep(secs)`: blocks through the executor; the retry finds the deadline in
/// `vm.retry_deadline`.
fn t_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("time.sleep() takes no keyword arguments".into()));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let secs = seconds_arg(vm, &args.pos[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    let now = vm.host.monotonic();
    let deadline = match vm.retry_deadline {
        Some(d) => d,
        None => {
            if secs == 0.0 {
                return Ok(Value::None);
            }
            let d = now + secs.min(1e12);
            vm.retry_deadline = Some(d);
            d
        }
    };
    if now >= deadline {
        vm.retry_deadline = None;
        return Ok(Value::None);
    }
    Err(PyErr::Block(Box::new(Wait::Sleep { deadline })))
}

// ----- struct_time -----

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The `time.struct_time` class (a tuple subclass), made once per VM.
fn struct_time_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("time.struct_time") {
        return c.clone();
    }
    let c = new_class(
        "struct_time",
        vec![vm.types.tuple.clone()],
        Layout::Builtin,
        None,
    );
    c.dict.set_str_key("__module__", Value::str("time"));
    c.dict.set_str_key("n_fields", Value::Int(11));
    c.dict.set_str_key("n_sequence_fields", Value::Int(9));
    c.dict.set_str_key("n_unnamed_fields", Value::Int(0));
    add_method(&c, "__repr__", st_repr);
    add_method(&c, "__init__", st_init);
    vm.classes.insert("time.struct_time", c.clone());
    c
}

/// Makes a struct_time from nine field values plus zone and gmtoff.
fn make_struct_time(vm: &mut Vm, fields: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let cls = struct_time_class(vm);
    let dict = PyDict::new();
    for (name, v) in FIELDS.iter().zip(fields.iter()) {
        dict.set_str_key(name, v.clone());
    }
    dict.set_str_key("tm_zone", zone);
    dict.set_str_key("tm_gmtoff", gmtoff);
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(dict)),
        base: RefCell::new(Value::tuple(fields)),
        exc: None,
        native: RefCell::new(None),
    }))
}

fn tm_value(vm: &mut Vm, tm: &Tm, zone: &str, gmtoff: i64) -> Value {
    let fields = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon as i64),
        Value::Int(tm.mday as i64),
        Value::Int(tm.hour as i64),
        Value::Int(tm.min as i64),
        Value::Int(tm.sec as i64),
        Value::Int(tm.wday as i64),
        Value::Int(tm.yday as i64),
        Value::Int(tm.isdst as i64),
    ];
    make_struct_time(vm, fields, Value::str(zone), Value::Int(gmtoff))
}

/// `struct_time(seq)`: the base tuple is already `tuple(seq)`; check and name the fields.
fn st_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first().cloned() else {
        return Err(vm.type_error("struct_time.__init__ needs an instance".into()));
    };
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let items: Vec<Value> = match &*inst.base.borrow() {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    if let Some(d) = &inst.dict {
        for (name, v) in FIELDS.iter().zip(items.iter()) {
            d.set_str_key(name, v.clone());
        }
        d.set_str_key("tm_zone", items.get(9).cloned().unwrap_or(Value::None));
        d.set_str_key("tm_gmtoff", items.get(10).cloned().unwrap_or(Value::None));
    }
    *inst.base.borrow_mut() = Value::tuple(items[..9].to_vec());
    Ok(Value::None)
}

fn st_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let items: Vec<Value> = match vm.base_value(&this) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        let r = vm.repr(v)?;
        parts.push(format!("{name}={}", r.as_str()));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

// ----- conversions -----

/// The broken-down UTC time of `secs`, with CPython's error for years past a C int.
fn checked_gmtime(vm: &mut Vm, secs: i64) -> PyResult<Tm> {
    let tm = calendar::gmtime(secs);
    if tm.year - 1900 > i32::MAX as i64 || tm.year - 1900 < i32::MIN as i64 {
        let cls = vm.types.exc.os_error.clone();
        let msg = "Value too large for defined data type";
        let exc = vm.new_exception(&cls, vec![Value::Int(75), Value::str(msg)]);
        if let Value::Instance(i) = &exc {
            if let Some(d) = &i.dict {
                d.set_str_key("errno", Value::Int(75));
                d.set_str_key("strerror", Value::str(msg));
            }
        }
        return Err(PyErr::Exception(exc));
    }
    Ok(tm)
}

/// `localtime(secs)`: (broken-down time, utc offset, zone name).
fn local_tm(vm: &mut Vm, secs: i64) -> PyResult<(Tm, i64, String)> {
    let off = vm.host.utc_offset(secs as f64) as i64;
    let tm = checked_gmtime(vm, secs.saturating_add(off))?;
    let zone = vm.host.tz_name();
    Ok((tm, off, zone))
}

fn now_secs(vm: &mut Vm) -> i64 {
    vm.host.time().floor() as i64
}

fn t_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match opt_arg(vm, "gmtime", &args)? {
        Some(v) => timestamp_arg(vm, &v)?,
        None => now_secs(vm),
    };
    let tm = checked_gmtime(vm, secs)?;
    Ok(tm_value(vm, &tm, "GMT", 0))
}

fn t_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match opt_arg(vm, "localtime", &args)? {
        Some(v) => timestamp_arg(vm, &v)?,
        None => now_secs(vm),
    };
    let (tm, off, zone) = local_tm(vm, secs)?;
    Ok(tm_value(vm, &tm, &zone, off))
}

/// A time tuple as C's struct tm fields (Python conventions kept: month 1-12,
/// Monday=0, yday 1-based), plus the struct_time's zone and gmtoff when it has them.
struct TimeArg {
    f: [i64; 9],
    zone: Option<String>,
    gmtoff: i64,
}

/// `gettmarg`: a struct_time or a 9-tuple of ints.
fn time_tuple_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<TimeArg> {
    let base = vm.base_value(v);
    let Value::Tuple(t) = &base else {
        return Err(vm.type_error("Tuple or struct_time argument required".into()));
    };
    if t.items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, item) in t.items.iter().enumerate() {
        let n = match vm.base_value(item) {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            Value::Long(_) => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            other => vm.index_value(&other)?,
        };
        if n > i32::MAX as i64 || n < i32::MIN as i64 {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        f[i] = n;
    }
    let mut zone = None;
    let mut gmtoff = 0;
    if let Value::Instance(inst) = v {
        if Rc::ptr_eq(&inst.class, &struct_time_class(vm)) {
            if let Some(d) = &inst.dict {
                if let Some(Value::Str(z)) = d.get_str(&PyStr::new("tm_zone".into())) {
                    zone = Some(z.as_str().to_string());
                }
                if let Some(Value::Int(g)) = d.get_str(&PyStr::new("tm_gmtoff".into())) {
                    gmtoff = g;
                }
            }
        }
    }
    Ok(TimeArg { f, zone, gmtoff })
}

/// `checktm`: range checks shared by strftime and asctime, giving a calendar `Tm`.
fn check_tm(vm: &mut Vm, a: &TimeArg) -> PyResult<Tm> {
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = a.f;
    let mon = if mon == 0 { 1 } else { mon };
    if !(1..=12).contains(&mon) {
        return Err(vm.value_error("month out of range".into()));
    }
    let mday = if mday == 0 { 1 } else { mday };
    if !(0..=31).contains(&mday) {
        return Err(vm.value_error("day of month out of range".into()));
    }
    if !(0..=23).contains(&hour) {
        return Err(vm.value_error("hour out of range".into()));
    }
    if !(0..=59).contains(&min) {
        return Err(vm.value_error("minute out of range".into()));
    }
    if !(0..=61).contains(&sec) {
        return Err(vm.value_error("seconds out of range".into()));
    }
    // gettmarg turns Monday=0 into C's Sunday=0 with C's `%` (truncating).
    let c_wday = (wday + 1) % 7;
    if c_wday < 0 {
        return Err(vm.value_error("day of week out of range".into()));
    }
    let yday = if yday == 0 { 1 } else { yday };
    if !(1..=366).contains(&yday) {
        return Err(vm.value_error("day of year out of range".into()));
    }
    Ok(Tm {
        year,
        mon: mon as u32,
        mday: mday as u32,
        hour: hour as u32,
        min: min as u32,
        sec: sec as u32,
        wday: ((c_wday + 6) % 7) as u32,
        yday: yday as u32,
        isdst: isdst.clamp(-1, 1) as i32,
    })
}

fn t_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("strftime() takes no keyword arguments".into()));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        let n = args.pos.len();
        return Err(vm.type_error(if n == 0 {
            "strftime() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("strftime() takes at most 2 arguments ({n} given)")
        }));
    }
    let fmt = match vm.base_value(&args.pos[0]) {
        Value::Str(s) => s,
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
        }
    };
    let (tm, gmtoff, zone) = match args.pos.get(1) {
        Some(v) => {
            let a = time_tuple_arg(vm, v, "strftime")?;
            let tm = check_tm(vm, &a)?;
            let zone = match a.zone {
                Some(z) => Some(z),
                None if tm.isdst >= 0 => Some(vm.host.tz_name()),
                None => None,
            };
            (tm, a.gmtoff, zone)
        }
        None => {
            let secs = now_secs(vm);
            let (tm, off, zone) = local_tm(vm, secs)?;
            (tm, off, Some(zone))
        }
    };
    if fmt.as_str().contains('\0') {
        return Err(vm.value_error("embedded null character".into()));
    }
    Ok(Value::string(calendar::time_strftime(
        fmt.as_str(),
        &tm,
        gmtoff,
        zone.as_deref(),
    )))
}

fn t_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = match opt_arg(vm, "asctime", &args)? {
        Some(v) => {
            let a = time_tuple_arg(vm, &v, "asctime")?;
            check_tm(vm, &a)?
        }
        None => {
            let secs = now_secs(vm);
            local_tm(vm, secs)?.0
        }
    };
    Ok(Value::string(calendar::asctime(&tm)))
}

fn t_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match opt_arg(vm, "ctime", &args)? {
        Some(v) => timestamp_arg(vm, &v)?,
        None => now_secs(vm),
    };
    let (tm, _, _) = local_tm(vm, secs)?;
    Ok(Value::string(calendar::asctime(&tm)))
}

fn t_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("time.mktime() takes no keyword arguments".into()));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let a = time_tuple_arg(vm, &args.pos[0], "mktime")?;
    let [year, mon, mday, hour, min, sec, _, _, isdst] = a.f;
    // C's mktime normalizes out-of-range fields arithmetically.
    let m0 = mon - 1;
    let y = year + m0.div_euclid(12);
    let m = (m0.rem_euclid(12) + 1) as u32;
    let days = calendar::days_from_civil(y, m, 1) + (mday - 1);
    let local = days * 86_400 + hour * 3600 + min * 60 + sec - if isdst > 0 { 3600 } else { 0 };
    let off = vm.host.utc_offset(local as f64) as i64;
    Ok(Value::Float((local - off) as f64))
}
