//! `bytes` methods and constructor.

use crate::builtins::{check_args, take_kw};
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    add_method(&b, "decode", bytes_decode);
}

/// `bytes(x)`, `bytes(str, encoding)`, `bytes(n)`.
pub fn construct_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _encoding = take_kw(&mut args, "encoding");
    check_args(vm, "bytes", &args, 0, 3)?;
    match args.pos.first() {
        None => Ok(Value::bytes(vec![])),
        Some(Value::Str(s)) => Ok(Value::bytes(s.as_str().as_bytes().to_vec())),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count".into()));
            }
            Ok(Value::bytes(vec![0; *n as usize]))
        }
        Some(Value::Bytes(b)) => Ok(Value::Bytes(b.clone())),
        Some(v) => {
            let items = vm.collect_iterable(v)?;
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
    }
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match super::this(vm, &args) {
        Value::Bytes(b) => match String::from_utf8(b.data.clone()) {
            Ok(s) => Ok(Value::string(s)),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = b.data.get(pos).copied().unwrap_or(0);
                let c = vm.types.exc.unicode_decode_error.clone();
                Err(vm.new_error(&c, format!("'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte", byte, pos)))
            }
        },
        _ => Err(vm.type_error("decode() requires bytes".into())),
    }
}
