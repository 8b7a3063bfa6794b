//! `str` methods: searching, splitting, joining, case, padding, `format`, encoding.

use crate::builtins::{check_args, take_kw};
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let s = vm.types.str.clone();
    add_method(&s, "join", str_join);
    add_method(&s, "upper", str_upper);
    add_method(&s, "lower", str_lower);
    add_method(&s, "strip", str_strip);
    add_method(&s, "split", str_split);
    add_method(&s, "format", str_format);
    add_method(&s, "__str__", str_str);
    add_method(&s, "__len__", str_len);
}

/// The str behind `self`.
pub fn this_str(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyStr>> {
    match super::this(vm, args) {
        Value::Str(s) => Ok(s),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("descriptor '{method}' for 'str' objects doesn't apply to a '{tn}' object")))
        }
    }
}

/// `str(x)`, `str(bytes, encoding)`.
pub fn construct_str(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = take_kw(&mut args, "encoding");
    let errors = take_kw(&mut args, "errors");
    check_args(vm, "str", &args, 0, 3)?;
    match args.pos.first() {
        None => Ok(Value::str("")),
        Some(v) => {
            if encoding.is_some() || errors.is_some() || args.pos.len() > 1 {
                if let Value::Bytes(b) = v {
                    return match String::from_utf8(b.data.clone()) {
                        Ok(s) => Ok(Value::string(s)),
                        Err(_) => Err(vm.value_error("invalid utf-8".into())),
                    };
                }
            }
            vm.to_str(v)
        }
    }
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "join", &args, 2, 2)?;
    let sep = this_str(vm, &args, "join")?;
    let items = vm.collect_iterable(&args.pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match vm.base_value(it) {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    Ok(Value::string(out))
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "upper")?;
    Ok(Value::string(s.as_str().to_uppercase()))
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "lower")?;
    Ok(Value::string(s.as_str().to_lowercase()))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "strip")?;
    Ok(Value::str(s.as_str().trim()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "split")?;
    Ok(Value::list(s.as_str().split_whitespace().map(Value::str).collect()))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "format")?;
    Ok(Value::Str(s))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "__str__")?;
    Ok(Value::Str(s))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}
