//! `math`: CPython 3.11's math module — constants, the libm wrappers with CPython's error
//! rules ("math domain error" / "math range error"), exact integer functions on big ints
//! (gcd, lcm, factorial, isqrt, comb, perm), correctly rounded `fsum` and `hypot`, and
//! logarithms of ints too large for a float.
//!
//! Error rules follow `mathmodule.c`: a NaN result from non-NaN input is a ValueError, an
//! infinite result from finite input is an OverflowError where the function can overflow
//! and a ValueError (a singularity) where it cannot.

use crate::builtins::{as_f64, float_to_int_value};
use crate::bytecode::BinOp;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Builds the module.
pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "math",
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("cbrt", m_cbrt),
            ("fabs", m_fabs),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("pow", m_pow),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("isclose", m_isclose),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("isqrt", m_isqrt),
            ("comb", m_comb),
            ("perm", m_perm),
            ("fsum", m_fsum),
            ("prod", m_prod),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("remainder", m_remainder),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("nextafter", m_nextafter),
            ("ulp", m_ulp),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
        ],
    );
    m.dict.set_str_key("pi", Value::Float(std::f64::consts::PI));
    m.dict.set_str_key("e", Value::Float(std::f64::consts::E));
    m.dict
        .set_str_key("tau", Value::Float(std::f64::consts::TAU));
    m.dict.set_str_key("inf", Value::Float(f64::INFINITY));
    m.dict.set_str_key("nan", Value::Float(f64::NAN));
    Value::Module(m)
}

// ----- errors and argument helpers -----

fn domain_error(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error".into())
}

fn range_error(vm: &mut Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// What C's errno would say after a libm call.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's `is_error`: EDOM is a ValueError; ERANGE an OverflowError unless the result is
/// small (an underflow).
fn errno_result(vm: &mut Vm, r: f64, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Ok => Ok(Value::Float(r)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(Value::Float(r))
            } else {
                Err(range_error(vm))
            }
        }
    }
}

/// Checks a one-argument function's call: `math.name(x)` with no keywords.
fn one_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(args.pos[0].clone())
}

/// Checks a positional-only call with exactly `n` arguments (Argument Clinic wording).
fn n_args(vm: &mut Vm, name: &str, args: &Args, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(())
}

/// Rejects keywords for the `*args` functions.
fn no_kw(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// A float argument (`__float__`, then `__index__`), as `PyFloat_AsDouble`.
fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Instance(i) = v {
        if i.class.lookup(&vm.names.float_).is_none() && i.class.layout != Layout::Builtin {
            if let Some(f) = i.class.lookup(&vm.names.index) {
                let r = vm.call_dunder(&f, v, vec![])?;
                return as_f64(vm, &r);
            }
        }
    }
    as_f64(vm, v)
}

/// An integer argument as a BigInt (`operator.index`).
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::Long(b) => Ok((**b).clone()),
        Value::Instance(i) => {
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                if matches!(b, Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
                    return index_big(vm, &b);
                }
            }
            if let Some(f) = i.class.lookup(&vm.names.index) {
                let r = vm.call_dunder(&f, v, vec![])?;
                return match r {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => index_big(vm, &r),
                    other => {
                        let tn = vm.type_name(&other);
                        Err(vm.type_error(format!("__index__ returned non-int (type {tn})")))
                    }
                };
            }
            let tn = i.class.name();
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn.as_str()
            )))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// An int value when `v` is an int (or bool, or an int subclass), else None.
fn int_value(vm: &Vm, v: &Value) -> Option<BigInt> {
    match vm.base_value(v) {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Long(b) => Some((*b).clone()),
        _ => None,
    }
}

/// `math_1`: wraps a libm function's result with CPython's error rules.
fn check1(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// `math_2`: the same rules for two-argument functions (overflow always an OverflowError).
fn check2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! func1 {
    ($fn_name:ident, $py:expr, $f:expr, $can_overflow:expr) => {
        fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = one_arg(vm, $py, &args)?;
            let x = to_f64(vm, &a)?;
            let f: fn(f64) -> f64 = $f;
            check1(vm, x, f(x), $can_overflow)
        }
    };
}

func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_exp, "exp", f64::exp, true);
func1!(m_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, "expm1", f64::exp_m1, true);
func1!(m_log1p, "log1p", log1p, false);
func1!(m_sin, "sin", f64::sin, false);
func1!(m_cos, "cos", f64::cos, false);
func1!(m_tan, "tan", f64::tan, false);
func1!(m_asin, "asin", f64::asin, false);
func1!(m_acos, "acos", f64::acos, false);
func1!(m_atan, "atan", f64::atan, false);
func1!(m_sinh, "sinh", f64::sinh, true);
func1!(m_cosh, "cosh", f64::cosh, true);
func1!(m_tanh, "tanh", f64::tanh, false);
func1!(m_asinh, "asinh", f64::asinh, false);
func1!(m_acosh, "acosh", f64::acosh, false);
func1!(m_atanh, "atanh", f64::atanh, false);
func1!(m_cbrt, "cbrt", f64::cbrt, false);
func1!(m_fabs, "fabs", f64::abs, false);

/// log1p keeping the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn m_erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "erf", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::Float(erf(x)))
}

fn m_erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "erfc", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::Float(erfc(x)))
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "gamma", &args)?;
    let x = to_f64(vm, &a)?;
    let (r, e) = tgamma(x);
    errno_result(vm, r, e)
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "lgamma", &args)?;
    let x = to_f64(vm, &a)?;
    let (r, e) = lgamma(x);
    errno_result(vm, r, e)
}

// ----- logarithms -----

/// log with CPython's special values: (result, domain error?).
fn c_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log2()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// A positive big int as (m, e) with m in [0.5, 1), correctly rounded (`_PyLong_Frexp`).
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    if bits <= 60 {
        let v = n.to_u64().unwrap_or(0) as f64;
        let (m, e) = frexp(v);
        return (m, e as i64);
    }
    // Keep the top 62 bits plus a sticky bit so the u64 -> f64 rounding is exact.
    let shift = bits - 62;
    let top: BigInt = n >> shift;
    let mut t = top.to_u64().unwrap_or(0);
    let low_mask = (BigInt::one() << shift) - 1u32;
    if !(n & low_mask).is_zero() {
        t |= 1;
    }
    let (m, e) = frexp(t as f64);
    (m, e as i64 + shift as i64)
}

/// `loghelper`: the log of an int of any size, or of a float.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = int_value(vm, v) {
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match crate::numeric::big_to_f64(&n) {
            Some(x) => func(x),
            None => {
                let (m, e) = big_frexp(&n);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    match check1(vm, x, func(x), false)? {
        Value::Float(r) => Ok(r),
        _ => Ok(f64::NAN),
    }
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments".into()));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num = loghelper(vm, &args.pos[0], c_log)?;
    if args.pos.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(vm, &args.pos[1], c_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "log2", &args)?;
    Ok(Value::Float(loghelper(vm, &a, c_log2)?))
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "log10", &args)?;
    Ok(Value::Float(loghelper(vm, &a, c_log10)?))
}

// ----- rounding -----

/// A float to an int, with CPython's errors for NaN and infinities.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float_to_int_value(f))
}

/// floor/ceil: ints pass through, `__floor__`/`__ceil__` are honoured, else via float.
fn round_with(vm: &mut Vm, v: &Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Float(x) => return float_to_int(vm, f(*x)),
        Value::Int(_) | Value::Long(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(i) => {
            let name = PyStr::new(dunder.to_string());
            if let Some(m) = i.class.lookup(&name) {
                if !matches!(m, Value::Builtin(_)) {
                    return vm.call_dunder(&m, v, vec![]);
                }
            }
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                if !matches!(b, Value::None) {
                    return round_with(vm, &b, dunder, f);
                }
            }
        }
        _ => {}
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "floor", &args)?;
    round_with(vm, &a, "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "ceil", &args)?;
    round_with(vm, &a, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "trunc", &args)?;
    match &a {
        Value::Float(x) => float_to_int(vm, x.trunc()),
        Value::Int(_) | Value::Long(_) => Ok(a.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(i) => {
            let name = PyStr::new("__trunc__".to_string());
            if let Some(m) = i.class.lookup(&name) {
                if !matches!(m, Value::Builtin(_)) {
                    return vm.call_dunder(&m, &a, vec![]);
                }
            }
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                match b {
                    Value::Float(x) => return float_to_int(vm, x.trunc()),
                    Value::Int(_) | Value::Long(_) => return Ok(b),
                    _ => {}
                }
            }
            let tn = i.class.name();
            Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                tn.as_str()
            )))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

// ----- two-argument float functions -----

fn two_floats(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    n_args(vm, name, args, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    Ok((x, y))
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", &args)?;
    let (r, errno) = c_pow(x, y);
    errno_result(vm, r, errno)
}

/// `math.pow` with C99 special values.
fn c_pow(x: f64, y: f64) -> (f64, Errno) {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return (r, Errno::Ok);
    }
    let r = x.powf(y);
    if r.is_nan() {
        (r, Errno::Dom)
    } else if r.is_infinite() {
        (r, if x == 0.0 { Errno::Dom } else { Errno::Range })
    } else {
        (r, Errno::Ok)
    }
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", &args)?;
    let r = c_atan2(y, x);
    check2(vm, y, x, r)
}

/// atan2 with C99 special cases handled first.
fn c_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", &args)?;
    check2(vm, x, y, x.copysign(y))
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", &args)?;
    check2(vm, x, y, ieee_remainder(x, y))
}

/// IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to even). Exact.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: pick the even multiple.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", &args)?;
    Ok(Value::Float(nextafter(x, y)))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "ulp", &args)?;
    let x = to_f64(vm, &a)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ----- frexp / ldexp / modf -----

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (zeros and non-finite values unchanged, e 0).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let mut bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i32;
    let mut adjust = 0;
    if exp == 0 {
        // Subnormal: normalize first.
        let y = x * f64::from_bits(0x4350_0000_0000_0000); // 2**54
        bits = y.to_bits();
        exp = ((bits >> 52) & 0x7ff) as i32;
        adjust = -54;
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// C's ldexp (scalbn): x * 2**n with one rounding.
fn ldexp(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-10_000, 10_000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-969 = 2**-1022 * 2**53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= pm969;
        n += 969;
        if n < -1022 {
            y *= pm969;
            n += 969;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "frexp", &args)?;
    let x = to_f64(vm, &a)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    n_args(vm, "ldexp", &args, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let exp = match vm.base_value(&args.pos[1]) {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Long(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.".into())),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = if exp > i32::MAX as i64 {
        f64::INFINITY.copysign(x)
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        ldexp(x, exp)
    };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "modf", &args)?;
    let x = to_f64(vm, &a)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

// ----- predicates and conversions -----

fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "isnan", &args)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_nan()))
}

fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "isinf", &args)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "isfinite", &args)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_finite()))
}

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "degrees", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "radians", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = [
        args.pos.first().cloned(),
        args.pos.get(1).cloned(),
        None,
        None,
    ];
    for (k, v) in &args.kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for isclose()",
                    k.as_str()
                )))
            }
        }
    }
    for (i, n) in names.iter().take(2).enumerate() {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{}' (pos {})",
                n,
                i + 1
            )));
        }
    }
    let mut vals = [0.0f64, 0.0, 1e-9, 0.0];
    for i in 0..4 {
        if let Some(v) = &slots[i] {
            vals[i] = to_f64(vm, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- hypot and dist -----

/// The Euclidean norm of non-negative finite values with max `max` (CPython's accurate
/// algorithm: power-of-two scaling, Dekker splitting, compensated summation and a final
/// square-root correction, so results match CPython bit for bit).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    let (_, max_e) = frexp(max);
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp(1.0, -(max_e as i64));
        let add = |csum: &mut f64, frac: &mut f64, x: f64| {
            let old = *csum;
            *csum += x;
            *frac += (old - *csum) + x;
        };
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: divide by max instead of scaling.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "hypot", &args)?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in &args.pos {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    n_args(vm, "dist", &args, 2)?;
    let p = vm.collect_iterable(&args.pos[0])?;
    let q = vm.collect_iterable(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = to_f64(vm, a)?;
        let y = to_f64(vm, b)?;
        let d = (x - y).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

// ----- sums and products -----

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "fsum", &args)?;
    let it = vm.get_iter(&a)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next_value(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = crate::builtins::take_kw(&mut args, "start");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for prod()",
            k.as_str()
        )));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    while let Some(item) = vm.next_value(&it)? {
        acc = vm.binary_op(&acc, &item, BinOp::Mul, false)?;
    }
    Ok(acc)
}

// ----- integer functions -----

fn big_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "gcd", &args)?;
    let mut acc = BigInt::zero();
    for v in &args.pos {
        let n = index_big(vm, v)?;
        if !acc.is_one() {
            acc = acc.gcd(&n);
        }
    }
    Ok(big_value(acc))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "lcm", &args)?;
    let mut acc = BigInt::one();
    for v in &args.pos {
        let n = index_big(vm, v)?;
        if acc.is_zero() {
            continue;
        }
        if n.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(&n);
        acc = (&acc / &g * &n).abs();
    }
    Ok(big_value(acc))
}

/// The product of lo..hi (inclusive bounds lo <= hi), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        let mut small: u64 = 1;
        for k in lo + 1..=hi {
            match small.checked_mul(k) {
                Some(s) if s < (1 << 62) => small = s,
                _ => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// n! for a machine-size n.
fn factorial_u64(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(2, n)
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "factorial", &args)?;
    let n = index_big(vm, &a)?;
    factorial_value(vm, &n)
}

fn factorial_value(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    check_size(vm, n as u64)?;
    Ok(big_value(factorial_u64(n as u64)))
}

/// Refuses results that cannot fit the memory limit (CPython would run out of memory).
fn check_size(vm: &mut Vm, n: u64) -> PyResult<()> {
    if n > 50_000_000 {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, "isqrt", &args)?;
    let n = index_big(vm, &a)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(big_value(n.sqrt()))
}

/// n * (n-1) * ... * (n-k+1) for big n and machine k.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if let Some(nu) = n.to_u64() {
        return range_product(nu - k + 1, nu);
    }
    fn rec(n: &BigInt, lo: u64, hi: u64) -> BigInt {
        // product of (n - i) for i in lo..hi
        if hi - lo <= 8 {
            let mut acc = BigInt::one();
            for i in lo..hi {
                acc *= n - BigInt::from(i);
            }
            return acc;
        }
        let mid = lo + (hi - lo) / 2;
        rec(n, lo, mid) * rec(n, mid, hi)
    }
    rec(n, 0, k)
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    n_args(vm, "comb", &args, 2)?;
    let n = index_big(vm, &args.pos[0])?;
    let k = index_big(vm, &args.pos[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    check_size(vm, k)?;
    let num = falling_product(&n, k);
    Ok(big_value(num / factorial_u64(k)))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.perm() takes no keyword arguments".into()));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let n = index_big(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        None | Some(Value::None) => return factorial_value(vm, &n),
        Some(v) => index_big(vm, v)?,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    check_size(vm, k)?;
    Ok(big_value(falling_product(&n, k)))
}

// ----- erf, erfc, gamma, lgamma -----

const SQRT_PI: f64 = 1.772_453_850_905_516;
const ERF_SERIES_CUTOFF: f64 = 1.5;
const ERF_SERIES_TERMS: usize = 25;
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
const ERFC_CONTFRAC_TERMS: usize = 50;

/// erf by its power series (small |x|).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRT_PI
}

/// erfc by its continued fraction (x > 0, not small).
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let (mut p, mut p_last) = (1.0f64, 0.0f64);
    let (mut q, mut q_last) = (da + x2, 1.0f64);
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRT_PI
}

fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        erf_series(x)
    } else {
        let cf = erfc_contfrac(ax);
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        1.0 - erf_series(x)
    } else {
        let cf = erfc_contfrac(ax);
        if x > 0.0 {
            cf
        } else {
            2.0 - cf
        }
    }
}

const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_76,
    42_919_803_642.649_1,
    35_711_959_237.355_67,
    17_921_034_426.037_21,
    6_039_542_586.352_028,
    1_439_720_407.311_721_6,
    248_874_557.862_054_17,
    31_426_415.585_400_194,
    2_876_370.628_935_372_5,
    186_056.265_395_223_48,
    8_071.672_002_365_816,
    210.824_277_751_579_36,
    2.506_628_274_631_000_2,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum as a rational function, for x > 0.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers (finite x).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma(x) with the errno CPython's implementation reports.
fn tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            let n = x as u64;
            let f = factorial_u64(n.saturating_sub(1));
            return (f.to_f64().unwrap_or(f64::INFINITY), Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// log|Gamma(x)| with the errno CPython's implementation reports.
fn lgamma(x: f64) -> (f64, Errno) {
    const LOG_PI: f64 = 1.144_729_885_849_400_2;
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}
