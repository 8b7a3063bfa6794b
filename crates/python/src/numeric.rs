//! Numbers: int (i64 with BigInt overflow), float and bool arithmetic and comparisons with
//! CPython's semantics (floor division and modulo toward negative infinity, true division,
//! `**` with negative exponents, shifts, exact int/float comparison), and binary operator
//! dispatch to user dunders with NotImplemented and reflected operands.

use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// A number operand, for arithmetic.
#[derive(Clone)]
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Long(b) => Some(Num::Int((**b).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Long(b) => Some((**b).clone()),
        _ => None,
    }
}

/// int → float, OverflowError when too large.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

/// Exact comparison of numbers (int/float/bool); None if either is not a number.
pub fn compare_numbers(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ => {
            let na = as_num(a)?;
            let nb = as_num(b)?;
            match (na, nb) {
                (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
                (Num::Float(x), other) => cmp_float_int(x, &num_big(&other)),
                (other, Num::Float(y)) => cmp_float_int(y, &num_big(&other)).map(|o| o.reverse()),
                (x, y) => Some(num_big(&x).cmp(&num_big(&y))),
            }
        }
    };
    Some(match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    })
}

fn num_big(n: &Num) -> BigInt {
    match n {
        Num::Int(b) => b.clone(),
        Num::Small(i) => BigInt::from(*i),
        Num::Float(_) => BigInt::zero(),
    }
}

/// Compares a float with an int exactly.
fn cmp_float_int(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64_exact(fl);
    match fb.cmp(i) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn py_floor_div_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    Some(
        a.div_euclid(b)
            - if (a.rem_euclid(b) != 0) && (b < 0) {
                1
            } else {
                0
            },
    )
}

fn py_mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let r = a % b;
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn py_fmod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float floor division.
pub fn py_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv + 1.0
        } else {
            floordiv
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl Vm {
    /// `a op b` with CPython's dispatch: numbers, sequences, then `__op__`/`__rop__`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(x & y)),
                BinOp::Or => return Ok(Value::Bool(x | y)),
                BinOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.num_op(x, y, op);
        }
        let (dunder, rdunder, idunder) = op.dunders();
        if inplace {
            let iname = PyStr::new(idunder.to_string());
            if let Some(f) = self.user_dunder(a, &iname) {
                let r = self.call_dunder(&f, a, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            // Builtin in-place forms that mutate.
            match (a, op) {
                (Value::List(l), BinOp::Add) => {
                    let items = self.collect_iterable(b)?;
                    l.items.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                (Value::List(l), BinOp::Mul) => {
                    let n = self.index_value(b)?;
                    let cur = l.items.borrow().clone();
                    let new = self.repeat_vec(&cur, n)?;
                    *l.items.borrow_mut() = new;
                    return Ok(a.clone());
                }
                (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if !s.frozen => {
                    if let Value::Set(_) = b {
                        let r = crate::methods::set::set_binop(self, a, b, op)?;
                        if let Value::Set(rs) = &r {
                            let t = rs.table.borrow().copy();
                            s.table.borrow_mut().replace_body(t);
                        }
                        return Ok(a.clone());
                    }
                }
                (Value::Dict(d), BinOp::Or) => {
                    crate::methods::dict::update_from_args(self, d, Args::new(vec![b.clone()]))?;
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let dn = PyStr::new(dunder.to_string());
        let rn = PyStr::new(rdunder.to_string());
        let b_sub = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_sub {
            if let Some(f) = self.user_dunder(b, &rn) {
                let r = self.call_dunder(&f, b, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_dunder(a, &dn) {
            let r = self.call_dunder(&f, a, vec![b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = self.builtin_binop(a, b, op)? {
            return Ok(r);
        }
        // Subclasses of int and float compute with their builtin values.
        if let (Some(x), Some(y)) = (as_num(&self.base_value(a)), as_num(&self.base_value(b))) {
            return self.num_op(x, y, op);
        }
        if !b_sub && !Rc::ptr_eq(&ta, &tb) {
            if let Some(f) = self.user_dunder(b, &rn) {
                let r = self.call_dunder(&f, b, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // `int | None`: a types.UnionType.
        if op == BinOp::Or
            && matches!(
                (a, b),
                (Value::Class(_), Value::Class(_) | Value::None) | (Value::None, Value::Class(_))
            )
        {
            let union = self.types_module_attr("_union")?;
            let r = self.call(&union, vec![a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        let sym = if inplace {
            match op {
                BinOp::Pow => "**=".to_string(),
                _ => format!("{}=", op.symbol()),
            }
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(self.type_error(format!("can only concatenate str (not \"{nb}\") to str")));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(
                self.type_error(format!("can only concatenate list (not \"{nb}\") to list"))
            );
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{nb}\") to tuple"
            )));
        }
        if op == BinOp::Mul
            && (matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                || matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)))
        {
            let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                &nb
            } else {
                &na
            };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        )))
    }

    fn repeat_vec(&mut self, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
        if n <= 0 || items.is_empty() {
            return Ok(Vec::new());
        }
        let total = (items.len() as u128) * (n as u128);
        self.check_room(total * std::mem::size_of::<Value>() as u128)?;
        let mut out = Vec::with_capacity(total as usize);
        for _ in 0..n {
            out.extend_from_slice(items);
        }
        Ok(out)
    }

    /// Operators of builtin non-number types: sequences, sets, dicts, `%` formatting.
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let a = self.base_value(a);
        let b = self.base_value(b);
        Ok(Some(match (&a, &b, op) {
            (Value::Str(x), Value::Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (Value::Str(x), n, BinOp::Mul) | (n, Value::Str(x), BinOp::Mul) if is_int(n) => {
                let n = self.index_value(n)?;
                if n <= 0 {
                    return Ok(Some(Value::str("")));
                }
                self.check_room((x.as_str().len() as u128) * (n as u128))?;
                Value::string(x.as_str().repeat(n as usize))
            }
            (Value::Str(x), _, BinOp::Mod) => {
                crate::builtins::percent_format(self, x.as_str(), &b)?
            }
            (Value::Bytes(x), _, BinOp::Mod) => {
                crate::methods::bytes::percent_format(self, &x.data, &b)?
            }
            (Value::Bytes(_), Value::Str(_), BinOp::Add) => {
                return Err(self.type_error("can't concat str to bytes".into()));
            }
            (Value::Bytes(x), Value::Bytes(y), BinOp::Add) => {
                let mut v = x.data.clone();
                v.extend_from_slice(&y.data);
                Value::bytes(v)
            }
            (Value::Bytes(x), n, BinOp::Mul) | (n, Value::Bytes(x), BinOp::Mul) if is_int(n) => {
                let n = self.index_value(n)?;
                Value::bytes(if n <= 0 {
                    vec![]
                } else {
                    x.data.repeat(n as usize)
                })
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Value::list(v)
            }
            (Value::List(x), n, BinOp::Mul) | (n, Value::List(x), BinOp::Mul) if is_int(n) => {
                let n = self.index_value(n)?;
                let items = x.items.borrow().clone();
                Value::list(self.repeat_vec(&items, n)?)
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (Value::Tuple(x), n, BinOp::Mul) | (n, Value::Tuple(x), BinOp::Mul) if is_int(n) => {
                let n = self.index_value(n)?;
                let items = x.items.to_vec();
                Value::tuple(self.repeat_vec(&items, n)?)
            }
            (Value::Set(_), Value::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                crate::methods::set::set_binop(self, &a, &b, op)?
            }
            (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
                let d = Rc::new(x.copy());
                for (k, v) in y.items() {
                    self.dict_set(&d, k, v)?;
                }
                Value::Dict(d)
            }
            _ => return Ok(None),
        }))
    }

    /// Arithmetic on two numbers.
    pub fn num_op(&mut self, x: Num, y: Num, op: BinOp) -> PyResult<Value> {
        let has_float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
        if has_float
            && matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            )
        {
            let name = |n: &Num| {
                if matches!(n, Num::Float(_)) {
                    "float"
                } else {
                    "int"
                }
            };
            let sym = op.symbol();
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {sym}: '{}' and '{}'",
                name(&x),
                name(&y)
            )));
        }
        match (x, y) {
            (Num::Float(a), b) => {
                let b = self.num_to_f64(&b)?;
                self.float_op(a, b, op)
            }
            (a, Num::Float(b)) => {
                let a = self.num_to_f64(&a)?;
                self.float_op(a, b, op)
            }
            (Num::Small(a), Num::Small(b)) => self.small_int_op(a, b, op),
            (a, b) => {
                let (a, b) = (num_big(&a), num_big(&b));
                self.big_int_op(a, b, op)
            }
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Float(f) => Ok(*f),
            Num::Small(i) => Ok(*i as f64),
            Num::Int(b) => match big_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }

    fn small_int_op(&mut self, a: i64, b: i64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                py_floor_div_i64(a, b)
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                py_mod_i64(a, b)
            }
            BinOp::TrueDiv => {
                if b == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                return Ok(Value::Float(int_true_div(
                    &BigInt::from(a),
                    &BigInt::from(b),
                )));
            }
            BinOp::And => Some(a & b),
            BinOp::Or => Some(a | b),
            BinOp::Xor => Some(a ^ b),
            BinOp::LShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count".into()));
                }
                if b < 63 && a.unsigned_abs().leading_zeros() as i64 > b + 1 {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count".into()));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((a as f64).powf(b as f64)));
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            BinOp::MatMul => {
                return Err(
                    self.type_error("unsupported operand type(s) for @: 'int' and 'int'".into())
                );
            }
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_int_op(BigInt::from(a), BigInt::from(b), op),
        }
    }

    fn big_int_op(&mut self, a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => {
                if a.bits() + b.bits() > (self.limits.memory_bytes as u64) * 8 {
                    return Err(self.memory_error());
                }
                a * b
            }
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let f = int_true_div(&a, &b);
                if f.is_infinite() {
                    return Err(
                        self.overflow_error("integer division result too large for a float")
                    );
                }
                return Ok(Value::Float(f));
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count".into()));
                }
                let n = b.to_u64().unwrap_or(u64::MAX);
                if n > (self.limits.memory_bytes as u64) * 8 {
                    return Err(self.memory_error());
                }
                a << n
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count".into()));
                }
                let n = b.to_u64().unwrap_or(u64::MAX);
                if n > a.bits() + 1 {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                } else {
                    a >> n
                }
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let af = self.num_to_f64(&Num::Int(a))?;
                    let bf = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                    if af == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(af.powf(bf)));
                }
                let e = match b.to_u32() {
                    Some(e) => e,
                    None => {
                        if a.abs() <= BigInt::from(1) {
                            let r = if a.is_negative() && b.is_odd() {
                                -1
                            } else if a.is_zero() {
                                0
                            } else {
                                1
                            };
                            return Ok(Value::Int(r));
                        }
                        return Err(self.memory_error());
                    }
                };
                if (a.bits() as u128) * (e as u128) > (self.limits.memory_bytes as u128) * 8 {
                    return Err(self.memory_error());
                }
                num_traits::pow::Pow::pow(&a, e)
            }
            BinOp::MatMul => {
                return Err(
                    self.type_error("unsupported operand type(s) for @: 'int' and 'int'".into())
                )
            }
        };
        Ok(Value::from_bigint(r))
    }

    fn float_op(&mut self, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                py_floordiv(a, b)
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                py_fmod(a, b)
            }
            BinOp::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                    return Ok(crate::methods::complex::pow_real(self, a, b));
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let sym = op.symbol();
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {sym}: 'float' and 'float'"
                )));
            }
        }))
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_))
}

/// Correctly rounded int / int, as CPython's long_true_divide.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> f64 {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return x as f64 / y as f64;
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift: i64 = 60 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b.clone())
    } else {
        (a.clone(), b << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    // q has ~60 bits; fold the remainder into a sticky bit.
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1u32) | BigInt::from(1);
    } else {
        q <<= 1u32;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-(shift as i32) - 1);
    if neg {
        -r
    } else {
        r
    }
}

/// Unary minus, plus and invert on numbers.
pub fn unary(vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult<Option<Value>> {
    Ok(Some(match (a, op) {
        (Value::Int(i), UnaryOp::Neg) => match i.checked_neg() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        (Value::Int(i), UnaryOp::Pos) => Value::Int(*i),
        (Value::Int(i), UnaryOp::Invert) => Value::Int(!*i),
        (Value::Bool(b), UnaryOp::Neg) => Value::Int(-(*b as i64)),
        (Value::Bool(b), UnaryOp::Pos) => Value::Int(*b as i64),
        (Value::Bool(b), UnaryOp::Invert) => Value::Int(!(*b as i64)),
        (Value::Long(b), UnaryOp::Neg) => Value::from_bigint(-(**b).clone()),
        (Value::Long(b), UnaryOp::Pos) => Value::Long(b.clone()),
        (Value::Long(b), UnaryOp::Invert) => Value::from_bigint(-(**b).clone() - 1),
        (Value::Float(f), UnaryOp::Neg) => Value::Float(-f),
        (Value::Float(f), UnaryOp::Pos) => Value::Float(*f),
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}
