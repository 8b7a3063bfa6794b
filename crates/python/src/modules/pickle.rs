//! `pickle` (and `_pickle`, where CPython's error classes live): `dumps`/`loads` and
//! `dump`/`load` over binary files, on top of `crate::pickle`. The bytes are mpplay's own
//! format, so only mpplay reads them back; what can be pickled and the errors are CPython's.

use crate::pickle::{self, DEFAULT_PROTOCOL, HIGHEST_PROTOCOL};
use crate::value::*;
use crate::vm::{PyResult, Vm};

/// Builds the module under `name` (`pickle` or `_pickle`).
pub fn make(vm: &mut Vm, name: &str) -> Value {
    let m = super::new_native_module(
        vm,
        name,
        &[
            ("dumps", p_dumps),
            ("loads", p_loads),
            ("dump", p_dump),
            ("load", p_load),
        ],
    );
    for cls in ["PickleError", "PicklingError", "UnpicklingError"] {
        let c = pickle::error_class(vm, cls);
        m.dict.set_str_key(cls, Value::Class(c));
    }
    m.dict
        .set_str_key("HIGHEST_PROTOCOL", Value::Int(HIGHEST_PROTOCOL));
    m.dict
        .set_str_key("DEFAULT_PROTOCOL", Value::Int(DEFAULT_PROTOCOL));
    Value::Module(m)
}

/// A `protocol=` argument: None for the default, negative for the highest.
fn protocol_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    let p = match v {
        None | Some(Value::None) => return Ok(DEFAULT_PROTOCOL),
        Some(Value::Bool(b)) => b as i64,
        Some(Value::Int(i)) => i,
        Some(Value::Long(_)) => i64::MAX,
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if p < 0 {
        return Ok(HIGHEST_PROTOCOL);
    }
    if p > HIGHEST_PROTOCOL {
        return Err(vm.value_error(format!("pickle protocol must be <= {HIGHEST_PROTOCOL}")));
    }
    Ok(p)
}

fn p_dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::bind(
        vm,
        "dumps",
        &args,
        &["obj", "protocol", "fix_imports", "buffer_callback"],
        1,
    )?;
    let mut a = a.into_iter();
    let obj = a.next().flatten().unwrap_or(Value::None);
    let protocol = protocol_arg(vm, a.next().flatten())?;
    let data = pickle::dumps_with_protocol(vm, &obj, protocol)?;
    Ok(Value::bytes(data))
}

fn p_loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::bind(
        vm,
        "loads",
        &args,
        &["data", "fix_imports", "encoding", "errors", "buffers"],
        1,
    )?;
    let data = a.into_iter().next().flatten().unwrap_or(Value::None);
    let data = super::bytes_arg(vm, &data)?;
    pickle::loads(vm, &data)
}

fn p_dump(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::bind(
        vm,
        "dump",
        &args,
        &["obj", "file", "protocol", "fix_imports", "buffer_callback"],
        2,
    )?;
    let mut a = a.into_iter();
    let obj = a.next().flatten().unwrap_or(Value::None);
    let file = a.next().flatten().unwrap_or(Value::None);
    let protocol = protocol_arg(vm, a.next().flatten())?;
    let data = pickle::dumps_with_protocol(vm, &obj, protocol)?;
    let write = vm.getattr(&file, &PyStr::new("write".into()))?;
    vm.call(&write, vec![Value::bytes(data)])?;
    Ok(Value::None)
}

fn p_load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::bind(
        vm,
        "load",
        &args,
        &["file", "fix_imports", "encoding", "errors", "buffers"],
        1,
    )?;
    let file = a.into_iter().next().flatten().unwrap_or(Value::None);
    let read = vm.getattr(&file, &PyStr::new("read".into()))?;
    let data = vm.call(&read, vec![])?;
    let data = super::bytes_arg(vm, &data)?;
    pickle::loads(vm, &data)
}
