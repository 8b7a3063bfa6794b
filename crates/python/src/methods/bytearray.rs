//! `bytearray`: a mutable `bytes`. An instance keeps its current bytes as its builtin value;
//! mutating methods replace it. The read-only methods are the `bytes` ones, wrapped so that
//! results which are bytes come back as bytearrays, as CPython's do.

use crate::builtins::check_args;
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let ba = vm.types.bytearray.clone();
    // Wrap every bytes method already installed on the class.
    for (k, v) in ba.dict.items() {
        if let (Value::Str(name), Value::Builtin(inner)) = (&k, &v) {
            if matches!(
                name.as_str(),
                "__repr__" | "__hash__" | "__iter__" | "__len__" | "__contains__"
            ) {
                continue;
            }
            let wrapped = Builtin {
                name: inner.name,
                func: call_wrapped,
                this: None,
                data: Some(v.clone()),
                method: true,
            };
            ba.dict
                .set_str(name.clone(), Value::Builtin(Rc::new(wrapped)));
        }
    }
    if let Some(Value::ClassMethod(inner)) = ba.dict.get_str(&PyStr::new("fromhex".into())) {
        let wrapped = Builtin {
            name: "fromhex",
            func: call_wrapped,
            this: None,
            data: Some((*inner).clone()),
            method: true,
        };
        ba.dict.set_str_key(
            "fromhex",
            Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(wrapped)))),
        );
    }
    add_method(&ba, "__repr__", ba_repr);
    add_method(&ba, "__setitem__", ba_setitem);
    add_method(&ba, "__delitem__", ba_delitem);
    add_method(&ba, "__iadd__", ba_iadd);
    add_method(&ba, "append", ba_append);
    add_method(&ba, "extend", ba_extend);
    add_method(&ba, "insert", ba_insert);
    add_method(&ba, "pop", ba_pop);
    add_method(&ba, "remove", ba_remove);
    add_method(&ba, "reverse", ba_reverse);
    add_method(&ba, "clear", ba_clear);
    add_method(&ba, "copy", ba_copy);
    ba.dict.set_str_key("__hash__", Value::None);
}

/// A new bytearray holding `data`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: vm.types.bytearray.clone(),
        dict: None,
        base: RefCell::new(Value::bytes(data)),
        exc: None,
        native: RefCell::new(None),
    }))
}

/// Converts bytes results (also inside lists and tuples) to bytearrays.
fn wrap_result(vm: &Vm, v: Value) -> Value {
    match v {
        Value::Bytes(b) => new_bytearray(vm, b.data.clone()),
        Value::List(l) => {
            let items: Vec<Value> = l
                .items
                .borrow()
                .iter()
                .map(|x| wrap_result(vm, x.clone()))
                .collect();
            Value::list(items)
        }
        Value::Tuple(t) => {
            Value::tuple(t.items.iter().map(|x| wrap_result(vm, x.clone())).collect())
        }
        other => other,
    }
}

/// Calls the wrapped `bytes` method (the builtin's data) and converts its result.
fn call_wrapped(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inner = vm.builtin_data.take();
    match inner {
        Some(Value::Builtin(b)) => {
            let name = b.name;
            let r = (b.func)(vm, args)?;
            // Predicates, counts, searches and decoding keep their result types.
            if matches!(
                name,
                "decode"
                    | "hex"
                    | "count"
                    | "find"
                    | "rfind"
                    | "index"
                    | "rindex"
                    | "__eq__"
                    | "__ne__"
                    | "__lt__"
                    | "__le__"
                    | "__gt__"
                    | "__ge__"
                    | "__getitem__"
            ) && !matches!(r, Value::Bytes(_))
            {
                return Ok(r);
            }
            if name == "__getitem__"
                || name.starts_with("is")
                || name == "startswith"
                || name == "endswith"
            {
                return Ok(if name == "__getitem__" {
                    wrap_result(vm, r)
                } else {
                    r
                });
            }
            Ok(wrap_result(vm, r))
        }
        _ => Err(vm.type_error("bytearray method without its bytes implementation".into())),
    }
}

fn this_data(vm: &mut Vm, args: &Args) -> PyResult<(Rc<Instance>, Vec<u8>)> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Value::Bytes(b) = &*i.base.borrow() {
            return Ok((i.clone(), b.data.clone()));
        }
    }
    Err(vm.type_error("descriptor requires a 'bytearray' object".into()))
}

fn set_data(i: &Instance, data: Vec<u8>) {
    *i.base.borrow_mut() = Value::bytes(data);
}

/// A byte value 0..=255 from an int argument.
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let n = vm.index_value(v)?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)".into()));
    }
    Ok(n as u8)
}

fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(b.data.clone()),
        other => {
            let items = vm.collect_iterable(&other)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(byte_arg(vm, &it)?);
            }
            Ok(out)
        }
    }
}

fn ba_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data) = this_data(vm, &args)?;
    Ok(Value::string(format!(
        "bytearray({})",
        crate::format::bytes_repr(&data)
    )))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setitem__", &args, 3, 3)?;
    let (i, mut data) = this_data(vm, &args)?;
    if let Value::Slice(s) = &args.pos[1] {
        let new = bytes_like(vm, &args.pos[2])?;
        let (start, stop, step, n) = crate::builtins::slice_indices(vm, s, data.len() as i64)?;
        if step == 1 {
            data.splice(start as usize..stop.max(start) as usize, new);
        } else {
            if new.len() as i64 != n {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            for (k, b) in new.into_iter().enumerate() {
                data[(start + k as i64 * step) as usize] = b;
            }
        }
        set_data(&i, data);
        return Ok(Value::None);
    }
    let idx = crate::builtins::seq_index(vm, &args.pos[1], data.len(), "bytearray")?;
    data[idx] = byte_arg(vm, &args.pos[2])?;
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delitem__", &args, 2, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    if let Value::Slice(s) = &args.pos[1] {
        let (start, _, step, n) = crate::builtins::slice_indices(vm, s, data.len() as i64)?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        idx.sort_unstable();
        for k in idx.into_iter().rev() {
            data.remove(k);
        }
    } else {
        let idx = crate::builtins::seq_index(vm, &args.pos[1], data.len(), "bytearray")?;
        data.remove(idx);
    }
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__iadd__", &args, 2, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    match vm.base_value(&args.pos[1]) {
        Value::Bytes(b) => data.extend_from_slice(&b.data),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("can't concat {tn} to bytearray")));
        }
    }
    set_data(&i, data);
    Ok(args.pos[0].clone())
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "append", &args, 2, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    data.push(byte_arg(vm, &args.pos[1])?);
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "extend", &args, 2, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    data.extend(bytes_like(vm, &args.pos[1])?);
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 3, 3)?;
    let (i, mut data) = this_data(vm, &args)?;
    let at = crate::builtins::arg_int(vm, &args.pos[1])?;
    let len = data.len() as i64;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    } as usize;
    data.insert(at, byte_arg(vm, &args.pos[2])?);
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 1, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = match args.pos.get(1) {
        Some(v) => {
            let k = crate::builtins::arg_int(vm, v)?;
            let k = if k < 0 { k + data.len() as i64 } else { k };
            if k < 0 || k >= data.len() as i64 {
                return Err(vm.index_error("pop index out of range"));
            }
            k as usize
        }
        None => data.len() - 1,
    };
    let b = data.remove(at);
    set_data(&i, data);
    Ok(Value::Int(b as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let (i, mut data) = this_data(vm, &args)?;
    let b = byte_arg(vm, &args.pos[1])?;
    match data.iter().position(|x| *x == b) {
        Some(k) => {
            data.remove(k);
            set_data(&i, data);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray".into())),
    }
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (i, mut data) = this_data(vm, &args)?;
    data.reverse();
    set_data(&i, data);
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (i, _) = this_data(vm, &args)?;
    set_data(&i, Vec::new());
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data) = this_data(vm, &args)?;
    Ok(new_bytearray(vm, data))
}
