//! `_struct`: packing values into bytes and back by a format string, as CPython's `struct`
//! does (byte orders `@ = < > !`, native sizes and alignment for `@`), with its error
//! messages. `struct.py` builds the public module (pack_into, Struct, ...) on it.

use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "_struct",
        &[("calcsize", calcsize), ("pack", pack), ("unpack", unpack)],
    );
    let err = error_class(vm);
    m.dict.set_str_key("error", Value::Class(err));
    Value::Module(m)
}

fn error_class(vm: &mut Vm) -> Rc<Class> {
    super::exception_class(vm, "struct.error", "struct", "error").0
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = error_class(vm);
    vm.new_error(&cls, msg.into())
}

/// One item of a format: its code, repeat count (the length for `s` and `p`), and where
/// it starts.
struct Item {
    code: char,
    count: usize,
    offset: usize,
}

struct Format {
    items: Vec<Item>,
    size: usize,
    little: bool,
}

fn std_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Format> {
    let mut chars = fmt.chars().peekable();
    let (native, little) = match chars.peek() {
        Some('@') => (true, true),
        Some('=') | Some('<') => (false, true),
        Some('>') | Some('!') => (false, false),
        _ => (true, true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .saturating_mul(10)
                            .saturating_add(d.to_digit(10).unwrap_or(0) as usize)
                    }
                    Some(other) => {
                        code = other;
                        break;
                    }
                    None => return Err(error(vm, "repeat count given without format specifier")),
                }
            }
            count = Some(n);
        }
        let Some(width) = std_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if native && !matches!(code, 's' | 'p' | 'x' | 'c' | 'b' | 'B' | '?') {
            size = size.div_ceil(width) * width;
        }
        match code {
            's' | 'p' => {
                items.push(Item {
                    code,
                    count,
                    offset: size,
                });
                size += count;
            }
            _ => {
                for _ in 0..count {
                    items.push(Item {
                        code,
                        count: 1,
                        offset: size,
                    });
                    size += width;
                }
            }
        }
    }
    Ok(Format {
        items,
        size,
        little,
    })
}

fn fmt_arg(vm: &mut Vm, args: &Args) -> PyResult<String> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        _ => Err(vm.type_error("Struct() argument 1 must be a str or bytes object".into())),
    }
}

/// calcsize(fmt)
fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = fmt_arg(vm, &args)?;
    Ok(Value::Int(parse(vm, &fmt)?.size as i64))
}

/// The values an integer code holds at `width` bytes, and CPython's words when outside.
fn int_range(code: char, width: usize) -> (i128, i128, String) {
    let bits = 8 * width as u32;
    let (lo, hi) = if code.is_ascii_lowercase() {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let msg = match code {
        'b' => "byte format requires -128 <= number <= 127".to_string(),
        'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        'h' => "short format requires -32768 <= number <= 32767".to_string(),
        'H' => "ushort format requires 0 <= number <= 65535".to_string(),
        'i' => format!("'i' format requires {lo} <= number <= {hi}"),
        _ => "argument out of range".to_string(),
    };
    (lo, hi, msg)
}

fn put(out: &mut [u8], at: usize, bits: u64, width: usize, little: bool) {
    for k in 0..width {
        let byte = (bits >> (8 * k)) as u8;
        let i = if little { at + k } else { at + width - 1 - k };
        out[i] = byte;
    }
}

fn get(data: &[u8], at: usize, width: usize, little: bool) -> u64 {
    (0..width).fold(0u64, |acc, k| {
        let i = if little { at + k } else { at + width - 1 - k };
        acc | ((data[i] as u64) << (8 * k))
    })
}

/// pack(fmt, values): the bytes.
fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = fmt_arg(vm, &args)?;
    let layout = parse(vm, &fmt)?;
    let values = match args.pos.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let wanted = layout.items.iter().filter(|i| i.code != 'x').count();
    if values.len() != wanted {
        return Err(error(
            vm,
            format!(
                "pack expected {wanted} items for packing (got {})",
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; layout.size];
    let mut values = values.into_iter();
    let native = !fmt.starts_with(['=', '<', '>', '!']);
    for item in &layout.items {
        if item.code == 'x' {
            continue;
        }
        let v = values.next().unwrap_or(Value::None);
        let width = std_size(item.code, native).unwrap_or(1);
        match item.code {
            's' | 'p' => {
                let Value::Bytes(b) = &v else {
                    let msg = format!("argument for '{}' must be a bytes object", item.code);
                    return Err(error(vm, msg));
                };
                if item.code == 's' {
                    let n = b.data.len().min(item.count);
                    out[item.offset..item.offset + n].copy_from_slice(&b.data[..n]);
                } else if item.count > 0 {
                    let n = b.data.len().min(item.count - 1).min(255);
                    out[item.offset] = n as u8;
                    out[item.offset + 1..item.offset + 1 + n].copy_from_slice(&b.data[..n]);
                }
            }
            'c' => match &v {
                Value::Bytes(b) if b.data.len() == 1 => out[item.offset] = b.data[0],
                _ => return Err(error(vm, "char format requires a bytes object of length 1")),
            },
            '?' => out[item.offset] = vm.truthy(&v)? as u8,
            'e' | 'f' | 'd' => {
                let f = match &v {
                    Value::Float(_) | Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                        crate::builtins::as_f64(vm, &v)?
                    }
                    Value::Instance(_) => crate::builtins::as_f64(vm, &v)
                        .map_err(|_| error(vm, "required argument is not a float"))?,
                    _ => return Err(error(vm, "required argument is not a float")),
                };
                if item.code == 'e' && f.is_finite() && f.abs() >= 65520.0 {
                    return Err(vm.overflow_error("float too large to pack with e format"));
                }
                let bits = match item.code {
                    'd' => f.to_bits(),
                    'f' => (f as f32).to_bits() as u64,
                    _ => f64_to_f16(f) as u64,
                };
                put(&mut out, item.offset, bits, width, layout.little);
            }
            _ => {
                let n = match &v {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::Long(b) => b.to_string().parse::<i128>().unwrap_or(i128::MAX),
                    Value::Instance(_) if vm.type_of(&v).is_subclass(&vm.types.int) => {
                        vm.index_value(&v)? as i128
                    }
                    _ => return Err(error(vm, "required argument is not an integer")),
                };
                let (lo, hi, msg) = int_range(item.code, width);
                if n < lo || n > hi {
                    return Err(error(vm, msg));
                }
                put(&mut out, item.offset, n as u64, width, layout.little);
            }
        }
    }
    Ok(Value::bytes(out))
}

/// unpack(fmt, data): the tuple of values.
fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = fmt_arg(vm, &args)?;
    let layout = parse(vm, &fmt)?;
    let data = match args.pos.get(1) {
        Some(Value::Bytes(b)) => b.data.clone(),
        _ => return Err(vm.type_error("a bytes-like object is required".into())),
    };
    if data.len() != layout.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    let native = !fmt.starts_with(['=', '<', '>', '!']);
    let mut out = Vec::new();
    for item in &layout.items {
        let width = std_size(item.code, native).unwrap_or(1);
        let bits = || get(&data, item.offset, width, layout.little);
        out.push(match item.code {
            'x' => continue,
            's' => Value::bytes(data[item.offset..item.offset + item.count].to_vec()),
            'p' => {
                let n = if item.count == 0 {
                    0
                } else {
                    (data[item.offset] as usize).min(item.count - 1)
                };
                Value::bytes(data[item.offset + 1..item.offset + 1 + n].to_vec())
            }
            'c' => Value::bytes(vec![data[item.offset]]),
            '?' => Value::Bool(data[item.offset] != 0),
            'd' => Value::Float(f64::from_bits(bits())),
            'f' => Value::Float(f32::from_bits(bits() as u32) as f64),
            'e' => Value::Float(f16_to_f64(bits() as u16)),
            'b' | 'h' | 'i' | 'l' | 'q' | 'n' => {
                let shift = 64 - 8 * width as u32;
                Value::Int(((bits() << shift) as i64) >> shift)
            }
            _ => {
                let b = bits();
                match i64::try_from(b) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(num_bigint::BigInt::from(b)),
                }
            }
        });
    }
    Ok(Value::tuple(out))
}

/// IEEE half precision, rounded to nearest even as CPython's `_PyFloat_Pack2`.
fn f64_to_f16(f: f64) -> u16 {
    let sign = if f.is_sign_negative() { 0x8000u16 } else { 0 };
    let a = f.abs();
    if a.is_nan() {
        return sign | 0x7e00;
    }
    if a.is_infinite() {
        return sign | 0x7c00;
    }
    if a < 6.103_515_625e-5 {
        // Subnormal: units of 2^-24.
        let units = (a * 16_777_216.0).round_ties_even();
        return sign | units as u16;
    }
    let exp = a.log2().floor() as i32;
    let exp = if 2f64.powi(exp) > a { exp - 1 } else { exp };
    let mant = (a / 2f64.powi(exp) - 1.0) * 1024.0;
    let mut m = mant.round_ties_even() as u32;
    let mut e = (exp + 15) as u32;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e >= 31 {
        return sign | 0x7c00;
    }
    sign | ((e as u16) << 10) | m as u16
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}
