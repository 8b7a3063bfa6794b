//! `int`, `float` and `bool` constructors and methods.

use crate::builtins::{check_args, take_kw};
use crate::numeric::to_big;
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    add_method(&i, "bit_length", int_bit_length);
    add_method(&i, "conjugate", int_self);
    add_method(&i, "__index__", int_self);
    add_method(&i, "__int__", int_self);
    add_method(&i, "__repr__", num_repr);
    add_method(&i, "__str__", num_repr);
    add_method(&i, "__hash__", num_hash);
    add_method(&i, "is_integer", int_is_integer);
    add_method(&i, "as_integer_ratio", int_as_integer_ratio);
    add_method(&i, "to_bytes", int_to_bytes);
    crate::types::add_classmethod(&i, "from_bytes", int_from_bytes);
    let f = vm.types.float.clone();
    add_method(&f, "is_integer", float_is_integer);
    add_method(&f, "as_integer_ratio", float_as_integer_ratio);
    add_method(&f, "conjugate", float_self);
    add_method(&f, "hex", float_hex);
    add_method(&f, "__repr__", num_repr);
    add_method(&f, "__str__", num_repr);
    add_method(&f, "__hash__", num_hash);
    add_method(&f, "__int__", float_int);
    add_method(&f, "__float__", float_self);
    install_arith(vm);
}

fn num_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    Ok(Value::Str(vm.repr(&v)?))
}

fn num_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    Ok(Value::Int(vm.hash(&v)?))
}

fn int_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match super::this(vm, &args) {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    })
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `n.as_integer_ratio()`: `(n, 1)`, with a bool's value as a plain int.
fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_self(vm, args)?;
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

/// `byteorder` and `signed` of `to_bytes`/`from_bytes`: whether big-endian, and signed.
fn byte_order(
    vm: &mut Vm,
    order: &Option<Value>,
    signed: &Option<Value>,
) -> PyResult<(bool, bool)> {
    let big = match order.as_ref().map(|v| vm.base_value(v)) {
        None => true,
        Some(Value::Str(s)) if s.as_str() == "big" => true,
        Some(Value::Str(s)) if s.as_str() == "little" => false,
        Some(Value::Str(_)) => {
            return Err(vm.value_error("byteorder must be either 'little' or 'big'".into()))
        }
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {tn}"
            )));
        }
    };
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((big, signed))
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`: two's complement when signed.
fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let n = to_big(&super::this(vm, &args)).unwrap_or_default();
    args.pos.remove(0);
    let signed = take_kw(&mut args, "signed");
    let s = crate::modules::bind(vm, "to_bytes", &args, &["length", "byteorder"], 0)?;
    let length = match &s[0] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative".into()));
    }
    let (big, signed) = byte_order(vm, &s[1], &signed)?;
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    // The minimal two's complement; an unsigned value may use the sign byte's room too.
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    bytes.resize(length, if n.is_negative() { 0xff } else { 0 });
    if big {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, made by `cls` for a subclass.
fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.pos.remove(0);
    let signed = take_kw(&mut args, "signed");
    let s = crate::modules::bind(vm, "from_bytes", &args, &["bytes", "byteorder"], 1)?;
    let given = s[0].clone().unwrap_or(Value::None);
    let data = match vm.base_value(&given) {
        Value::Bytes(b) => b.data.clone(),
        Value::Str(_) | Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
            let tn = vm.type_name(&given);
            return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
        }
        _ => {
            let bytes_type = Value::Class(vm.types.bytes.clone());
            let made = vm.call(&bytes_type, vec![given])?;
            crate::modules::bytes_arg(vm, &made)?
        }
    };
    let (big, signed) = byte_order(vm, &s[1], &signed)?;
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
    };
    let value = Value::from_bigint(n);
    if matches!(&cls, Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.int)) {
        return Ok(value);
    }
    vm.call(&cls, vec![value])
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    let b = to_big(&v).unwrap_or_default();
    Ok(Value::Int(b.abs().bits() as i64))
}

fn float_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(super::this(vm, &args))
}

fn float_of(vm: &mut Vm, args: &Args) -> PyResult<f64> {
    match super::this(vm, args) {
        Value::Float(f) => Ok(f),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor requires a 'float' object but received a '{tn}'"
            )))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_of(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_of(vm, &args)?;
    float_to_int(vm, f)
}

/// `int(f)`: truncation, with CPython's errors for nan and infinity.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::builtins::float_to_int_value(f.trunc()))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_of(vm, &args)?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & 0xf_ffff_ffff_ffff) << 1
    } else {
        (bits & 0xf_ffff_ffff_ffff) | 0x10_0000_0000_0000
    };
    let mut num: BigInt = BigInt::from(mant) * sign;
    let mut e = exp - 1075;
    let mut den = BigInt::from(1);
    if num.is_zero() {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while e < 0 && (&num % 2u32).is_zero() {
        num /= 2;
        e += 1;
    }
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_of(vm, &args)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & 0xf_ffff_ffff_ffff;
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let mut m = format!("{:013x}", mant);
    while m.ends_with('0') && m.len() > 1 {
        m.pop();
    }
    Ok(Value::string(format!(
        "{sign}0x{lead}.{m}p{}{e}",
        if e >= 0 { "+" } else { "" }
    )))
}

/// Parses an int literal string the way `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = if base == 0 {
        if let Some(r) = lower.strip_prefix("0x") {
            (r.to_string(), 16)
        } else if let Some(r) = lower.strip_prefix("0o") {
            (r.to_string(), 8)
        } else if let Some(r) = lower.strip_prefix("0b") {
            (r.to_string(), 2)
        } else {
            if lower.len() > 1
                && lower.starts_with('0')
                && lower.chars().any(|c| c != '0' && c != '_')
            {
                return None;
            }
            (lower.clone(), 10)
        }
    } else {
        let stripped = match base {
            16 => lower.strip_prefix("0x"),
            8 => lower.strip_prefix("0o"),
            2 => lower.strip_prefix("0b"),
            _ => None,
        };
        (
            stripped.map(|r| r.to_string()).unwrap_or(lower.clone()),
            base,
        )
    };
    // A single '_' may follow a base prefix (0x_1f), nowhere at the start otherwise.
    let had_prefix = digits.len() != lower.len();
    let digits = if had_prefix {
        digits
            .strip_prefix('_')
            .map(|d| d.to_string())
            .unwrap_or(digits)
    } else {
        digits
    };
    if digits.starts_with(['+', '-']) {
        return None;
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    // Unicode decimal digits are accepted too (int('٣') == 3).
    let ascii: String = clean
        .chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else {
                c.to_digit(10).and_then(|d| char::from_digit(d, 10))
            }
        })
        .collect::<Option<String>>()?;
    let v = BigInt::parse_bytes(ascii.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// `int(x)`, `int(s, base)`.
pub fn construct_int(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(b) = take_kw(&mut args, "base") {
        args.pos.push(b);
    }
    check_args(vm, "int", &args, 0, 2)?;
    let Some(v) = args.pos.first().cloned() else {
        return Ok(Value::Int(0));
    };
    if args.pos.len() == 2 {
        let base = crate::builtins::arg_int(vm, &args.pos[1])?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0".into()));
        }
        let s = match vm.base_value(&v) {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(&b.data).to_string(),
            _ => {
                return Err(
                    vm.type_error("int() can't convert non-string with explicit base".into())
                )
            }
        };
        return match parse_int(&s, base as u32) {
            Some(b) => Ok(Value::from_bigint(b)),
            None => {
                let r = vm.repr(&Value::string(s))?;
                Err(vm.value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    base,
                    r.as_str()
                )))
            }
        };
    }
    match &v {
        Value::Int(_) | Value::Long(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(vm, *f),
        Value::Str(s) => match parse_int(s.as_str(), 10) {
            Some(b) => Ok(Value::from_bigint(b)),
            None => {
                let r = vm.repr(&v)?;
                Err(vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    r.as_str()
                )))
            }
        },
        Value::Bytes(b) => match parse_int(&String::from_utf8_lossy(&b.data), 10) {
            Some(b) => Ok(Value::from_bigint(b)),
            None => {
                let r = vm.repr(&v)?;
                Err(vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    r.as_str()
                )))
            }
        },
        Value::Instance(i) => {
            for name in [vm.names.int_.clone(), vm.names.index.clone()] {
                if let Some(f) = i.class.lookup(&name) {
                    if !matches!(f, Value::Builtin(_)) {
                        return vm.call_dunder(&f, &v, vec![]);
                    }
                }
            }
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                return construct_int(vm, Args::new(vec![b]));
            }
            let tn = i.class.name();
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                tn.as_str()
            )))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

/// Parses a float literal string the way `float(s)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    match body {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() || clean.contains(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))) {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float(x)`.
pub fn construct_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "float", &args, 0, 1)?;
    let Some(v) = args.pos.first().cloned() else {
        return Ok(Value::Float(0.0));
    };
    match &v {
        Value::Float(_) => Ok(v),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Long(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
        Value::Str(s) => match parse_float(s.as_str()) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = vm.repr(&v)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r.as_str())))
            }
        },
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup(&vm.names.float_) {
                if !matches!(f, Value::Builtin(_)) {
                    return vm.call_dunder(&f, &v, vec![]);
                }
            }
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                return construct_float(vm, Args::new(vec![b]));
            }
            let tn = i.class.name();
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                tn.as_str()
            )))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{tn}'"
            )))
        }
    }
}

/// Arithmetic dunders on int and float (`(5).__add__(3)`, `getattr(5, '__mul__')`): the
/// binary operator, or NotImplemented for operands that are not numbers.
macro_rules! arith_dunders {
    ($($name:literal, $rname:literal, $fname:ident, $rfname:ident => $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                check_args(vm, $name, &args, 2, 2)?;
                let (a, b) = (super::this(vm, &args), vm.base_value(&args.pos[1]));
                if crate::numeric::as_num(&b).is_none() {
                    return Ok(Value::NotImplemented);
                }
                vm.binary_op(&a, &b, crate::bytecode::BinOp::$op, false)
            }
            fn $rfname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                check_args(vm, $rname, &args, 2, 2)?;
                let (a, b) = (super::this(vm, &args), vm.base_value(&args.pos[1]));
                if crate::numeric::as_num(&b).is_none() {
                    return Ok(Value::NotImplemented);
                }
                vm.binary_op(&b, &a, crate::bytecode::BinOp::$op, false)
            }
        )*
        /// Installs the arithmetic dunders on int and float.
        pub fn install_arith(vm: &mut Vm) {
            for cls in [vm.types.int.clone(), vm.types.float.clone()] {
                $(
                    add_method(&cls, $name, $fname);
                    add_method(&cls, $rname, $rfname);
                )*
            }
        }
    };
}

arith_dunders! {
    "__add__", "__radd__", d_add, d_radd => Add;
    "__sub__", "__rsub__", d_sub, d_rsub => Sub;
    "__mul__", "__rmul__", d_mul, d_rmul => Mul;
    "__truediv__", "__rtruediv__", d_truediv, d_rtruediv => TrueDiv;
    "__floordiv__", "__rfloordiv__", d_floordiv, d_rfloordiv => FloorDiv;
    "__mod__", "__rmod__", d_mod, d_rmod => Mod;
    "__pow__", "__rpow__", d_pow, d_rpow => Pow;
    "__and__", "__rand__", d_and, d_rand => And;
    "__or__", "__ror__", d_or, d_ror => Or;
    "__xor__", "__rxor__", d_xor, d_rxor => Xor;
    "__lshift__", "__rlshift__", d_lshift, d_rlshift => LShift;
    "__rshift__", "__rrshift__", d_rshift, d_rrshift => RShift;
}
