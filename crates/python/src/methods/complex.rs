//! `complex`: enough of Python's complex numbers for what real code meets — the results of
//! `(-8) ** 0.5` and `complex(1, 2)`, their repr, parts, arithmetic and equality.

use crate::builtins::check_args;
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A complex value's parts.
#[derive(Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

pub fn install(vm: &mut Vm) {
    let c = crate::types::new_class(
        "complex",
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(crate::types::TypeId::Native),
    );
    add_method(&c, "__repr__", c_repr);
    add_method(&c, "__add__", c_add);
    add_method(&c, "__radd__", c_add);
    add_method(&c, "__sub__", c_sub);
    add_method(&c, "__rsub__", c_rsub);
    add_method(&c, "__mul__", c_mul);
    add_method(&c, "__rmul__", c_mul);
    add_method(&c, "__truediv__", c_div);
    add_method(&c, "__neg__", c_neg);
    add_method(&c, "__abs__", c_abs);
    add_method(&c, "__eq__", c_eq);
    add_method(&c, "__hash__", c_hash);
    add_method(&c, "conjugate", c_conjugate);
    crate::types::add_static(&c, "__new__", c_new);
    vm.builtins.set_str_key("complex", Value::Class(c.clone()));
    vm.classes.insert("complex", c);
}

/// A new complex value.
pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    let cls = vm
        .classes
        .get("complex")
        .cloned()
        .expect("complex is installed");
    let inst = Instance {
        class: cls,
        dict: Some(Rc::new(crate::dict::PyDict::new())),
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(Complex { re, im }))),
    };
    if let Some(d) = &inst.dict {
        d.set_str_key("real", Value::Float(re));
        d.set_str_key("imag", Value::Float(im));
    }
    Value::Instance(Rc::new(inst))
}

/// `a ** b` for a negative float base and a fractional exponent, as CPython's complex_pow.
pub fn pow_real(vm: &Vm, a: f64, b: f64) -> Value {
    let len = a.abs().powf(b);
    let phase = std::f64::consts::PI * b;
    new_complex(vm, len * phase.cos(), len * phase.sin())
}

fn parts(v: &Value) -> Option<Complex> {
    match v {
        Value::Instance(i) => i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Complex>())
            .copied(),
        Value::Int(n) => Some(Complex {
            re: *n as f64,
            im: 0.0,
        }),
        Value::Bool(b) => Some(Complex {
            re: *b as i64 as f64,
            im: 0.0,
        }),
        Value::Float(f) => Some(Complex { re: *f, im: 0.0 }),
        _ => None,
    }
}

fn two(args: &Args) -> Option<(Complex, Complex)> {
    Some((parts(args.pos.first()?)?, parts(args.pos.get(1)?)?))
}

fn c_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "complex", &args, 1, 3)?;
    let re = match args.pos.get(1) {
        Some(v) => crate::builtins::as_f64(vm, v)?,
        None => 0.0,
    };
    let im = match args.pos.get(2) {
        Some(v) => crate::builtins::as_f64(vm, v)?,
        None => 0.0,
    };
    Ok(new_complex(vm, re, im))
}

/// A float part as CPython's complex repr writes it (no `.0` for integral values).
fn part(x: f64) -> String {
    let s = crate::format::float_repr(x);
    s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
}

fn c_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(c) = args.pos.first().and_then(parts) else {
        return Err(vm.type_error("expected a complex".into()));
    };
    let s = if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", part(c.im))
    } else {
        let sign = if c.im.is_sign_negative() || c.im.is_nan() && c.im.is_sign_negative() {
            ""
        } else {
            "+"
        };
        format!("({}{}{}j)", part(c.re), sign, part(c.im))
    };
    Ok(Value::string(s))
}

fn binop(
    vm: &mut Vm,
    args: &Args,
    f: impl Fn(Complex, Complex) -> Option<Complex>,
) -> PyResult<Value> {
    match two(args) {
        Some((a, b)) => match f(a, b) {
            Some(r) => Ok(new_complex(vm, r.re, r.im)),
            None => Err(vm.zero_division("complex division by zero")),
        },
        None => Ok(Value::NotImplemented),
    }
}

fn c_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop(vm, &args, |a, b| {
        Some(Complex {
            re: a.re + b.re,
            im: a.im + b.im,
        })
    })
}

fn c_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop(vm, &args, |a, b| {
        Some(Complex {
            re: a.re - b.re,
            im: a.im - b.im,
        })
    })
}

fn c_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop(vm, &args, |a, b| {
        Some(Complex {
            re: b.re - a.re,
            im: b.im - a.im,
        })
    })
}

fn c_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop(vm, &args, |a, b| {
        Some(Complex {
            re: a.re * b.re - a.im * b.im,
            im: a.re * b.im + a.im * b.re,
        })
    })
}

fn c_div(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binop(vm, &args, |a, b| {
        let d = b.re * b.re + b.im * b.im;
        if d == 0.0 {
            return None;
        }
        Some(Complex {
            re: (a.re * b.re + a.im * b.im) / d,
            im: (a.im * b.re - a.re * b.im) / d,
        })
    })
}

fn c_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first().and_then(parts) {
        Some(c) => Ok(new_complex(vm, -c.re, -c.im)),
        None => Ok(Value::NotImplemented),
    }
}

fn c_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first().and_then(parts) {
        Some(c) => Ok(Value::Float(c.re.hypot(c.im))),
        None => Err(vm.type_error("expected a complex".into())),
    }
}

fn c_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match two(&args) {
        Some((a, b)) => Ok(Value::Bool(a.re == b.re && a.im == b.im)),
        None => Ok(Value::NotImplemented),
    }
}

fn c_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = args
        .pos
        .first()
        .and_then(parts)
        .unwrap_or(Complex { re: 0.0, im: 0.0 });
    Ok(Value::Int(crate::pyhash::hash_complex(c.re, c.im, 0)))
}

fn c_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first().and_then(parts) {
        Some(c) => Ok(new_complex(vm, c.re, -c.im)),
        None => Err(vm.type_error("expected a complex".into())),
    }
}
