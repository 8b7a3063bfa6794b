//! `dict` methods and the live views `dict_keys`, `dict_values`, `dict_items`.

use crate::builtins::check_args;
use crate::dict::PyDict;
use crate::types::{add_classmethod, add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    add_method(&d, "get", dict_get);
    add_method(&d, "keys", dict_keys);
    add_method(&d, "values", dict_values);
    add_method(&d, "items", dict_items);
    add_method(&d, "pop", dict_pop);
    add_method(&d, "popitem", dict_popitem);
    add_method(&d, "setdefault", dict_setdefault);
    add_method(&d, "update", dict_update);
    add_method(&d, "clear", dict_clear);
    add_method(&d, "copy", dict_copy);
    add_method(&d, "__len__", dict_len);
    add_method(&d, "__getitem__", dict_getitem);
    add_method(&d, "__setitem__", dict_setitem);
    add_method(&d, "__delitem__", dict_delitem);
    add_method(&d, "__contains__", dict_contains);
    add_method(&d, "__iter__", dict_iter);
    add_method(&d, "__reversed__", dict_reversed);
    add_method(&d, "__init__", dict_init);
    add_method(&d, "__repr__", dict_repr);
    add_method(&d, "__eq__", dict_eq);
    add_method(&d, "__or__", dict_or);
    add_classmethod(&d, "fromkeys", dict_fromkeys);
    for (name, kind) in [("dict_keys", 0u8), ("dict_values", 1), ("dict_items", 2)] {
        let c = new_class(
            name,
            vec![vm.types.object.clone()],
            Layout::Native,
            Some(TypeId::Native),
        );
        add_method(&c, "__iter__", view_iter);
        add_method(&c, "__len__", view_len);
        add_method(&c, "__contains__", view_contains);
        add_method(&c, "__repr__", view_repr);
        add_method(&c, "__reversed__", view_reversed);
        if kind != 1 {
            add_method(&c, "__and__", view_and);
            add_method(&c, "__or__", view_or);
            add_method(&c, "__sub__", view_sub);
            add_method(&c, "__xor__", view_xor);
            add_method(&c, "__eq__", view_eq);
            add_method(&c, "isdisjoint", view_isdisjoint);
            // Set-like views compare by value, so CPython makes them unhashable.
            c.dict.set_str_key("__hash__", Value::None);
        }
        vm.classes.insert(name, c);
    }
}

fn this_dict(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyDict>> {
    match super::this(vm, args) {
        Value::Dict(d) => Ok(d),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'dict' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// `dict(...)` / `d.update(...)` arguments: a mapping or iterable of pairs, then keywords.
pub fn update_from_args(vm: &mut Vm, d: &Rc<PyDict>, args: Args) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(src) = args.pos.first() {
        let is_mapping = match src {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let keys = PyStr::new("keys".into());
                vm.type_of(src).lookup(&keys).is_some()
            }
            _ => false,
        };
        if is_mapping {
            for (k, v) in vm.mapping_items(src)? {
                vm.dict_set(d, k, v)?;
            }
        } else {
            let items = match vm.collect_iterable(src) {
                Ok(i) => i,
                Err(e @ PyErr::Block(_)) => return Err(e),
                Err(_) => {
                    let tn = vm.type_name(src);
                    return Err(vm.type_error(format!("'{tn}' object is not iterable")));
                }
            };
            for (i, item) in items.into_iter().enumerate() {
                let pair = match vm.collect_iterable(&item) {
                    Ok(p) => p,
                    Err(e @ PyErr::Block(_)) => return Err(e),
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut it = pair.into_iter();
                let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
                vm.dict_set(d, k, v)?;
            }
        }
    }
    for (k, v) in args.kw {
        d.set_str(k, v);
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get", &args, 2, 3)?;
    let d = this_dict(vm, &args, "get")?;
    Ok(vm
        .dict_get(&d, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn make_view(vm: &mut Vm, d: Rc<PyDict>, name: &'static str) -> Value {
    let cls = vm.classes.get(name).cloned().expect("views are installed");
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: None,
        base: RefCell::new(Value::Dict(d)),
        exc: None,
        native: RefCell::new(None),
    }))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "keys")?;
    Ok(make_view(vm, d, "dict_keys"))
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "values")?;
    Ok(make_view(vm, d, "dict_values"))
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "items")?;
    Ok(make_view(vm, d, "dict_items"))
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 2, 3)?;
    let d = this_dict(vm, &args, "pop")?;
    match vm.dict_del(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "popitem")?;
    let last = d.table.borrow().last_index();
    match last {
        Some(i) => {
            let e = d.table.borrow_mut().remove_at(i);
            Ok(Value::tuple(vec![e.key, e.value]))
        }
        None => {
            let c = vm.types.exc.key_error.clone();
            Err(vm.new_error(&c, "popitem(): dictionary is empty".into()))
        }
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setdefault", &args, 2, 3)?;
    let d = this_dict(vm, &args, "setdefault")?;
    if let Some(v) = vm.dict_get(&d, &args.pos[1])? {
        return Ok(v);
    }
    let def = args.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args.pos[1].clone(), def.clone())?;
    Ok(def)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "update")?;
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    update_from_args(vm, &d, rest)?;
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "clear")?;
    d.table.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "copy")?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__getitem__", &args, 2, 2)?;
    let d = this_dict(vm, &args, "__getitem__")?;
    match vm.dict_get(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            // dict subclasses with __missing__ (called through super().__getitem__).
            if let Value::Instance(i) = &args.pos[0] {
                if let Some(m) = i.class.lookup(&vm.names.missing) {
                    return vm.call_dunder(&m, &args.pos[0], vec![args.pos[1].clone()]);
                }
            }
            Err(vm.key_error(args.pos[1].clone()))
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setitem__", &args, 3, 3)?;
    let d = this_dict(vm, &args, "__setitem__")?;
    vm.dict_set(&d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delitem__", &args, 2, 2)?;
    let d = this_dict(vm, &args, "__delitem__")?;
    match vm.dict_del(&d, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__contains__", &args, 2, 2)?;
    let d = this_dict(vm, &args, "__contains__")?;
    Ok(Value::Bool(vm.dict_get(&d, &args.pos[1])?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__iter__")?;
    vm.get_iter(&Value::Dict(d))
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__reversed__")?;
    let mut keys = d.keys();
    keys.reverse();
    Ok(Value::Iter(Rc::new(PyIter {
        state: RefCell::new(IterState::Seq {
            seq: Value::list(keys),
            index: 0,
        }),
    })))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__init__")?;
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    update_from_args(vm, &d, rest)?;
    Ok(Value::None)
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__repr__")?;
    Ok(Value::string(crate::builtins::builtin_repr(
        vm,
        &Value::Dict(d),
    )?))
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__eq__", &args, 2, 2)?;
    let a = super::this(vm, &args);
    let b = vm.base_value(&args.pos[1]);
    if !matches!(b, Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__or__", &args, 2, 2)?;
    let a = super::this(vm, &args);
    let b = vm.base_value(&args.pos[1]);
    if !matches!(b, Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.binary_op(&a, &b, crate::bytecode::BinOp::Or, false)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "fromkeys", &args, 2, 3)?;
    let keys = vm.collect_iterable(&args.pos[1])?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let cls = args.pos[0].clone();
    let target = vm.call(&cls, vec![])?;
    match vm.base_value(&target) {
        Value::Dict(d) => {
            for k in keys {
                vm.dict_set(&d, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                vm.setitem(&target, k, value.clone())?;
            }
        }
    }
    Ok(target)
}

// ----- views -----

/// (the dict, which view: 0 keys, 1 values, 2 items)
fn view_of(vm: &mut Vm, args: &Args) -> PyResult<(Rc<PyDict>, u8)> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Value::Dict(d) = &*i.base.borrow() {
            let kind = match i.class.name().as_str() {
                "dict_keys" => 0,
                "dict_values" => 1,
                _ => 2,
            };
            return Ok((d.clone(), kind));
        }
    }
    Err(vm.type_error("expected a dict view".into()))
}

fn view_items(d: &PyDict, kind: u8) -> Vec<Value> {
    let t = d.table.borrow();
    t.iter()
        .map(|e| match kind {
            0 => e.key.clone(),
            1 => e.value.clone(),
            _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect()
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = view_of(vm, &args)?;
    let items = view_items(&d, kind);
    let len = items.len();
    Ok(Value::Iter(Rc::new(PyIter {
        state: RefCell::new(IterState::Items {
            items: items.into(),
            index: 0,
            source: Value::Dict(d),
            len,
        }),
    })))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = view_of(vm, &args)?;
    let mut items = view_items(&d, kind);
    items.reverse();
    Ok(Value::Iter(Rc::new(PyIter {
        state: RefCell::new(IterState::Seq {
            seq: Value::list(items),
            index: 0,
        }),
    })))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = view_of(vm, &args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__contains__", &args, 2, 2)?;
    let (d, kind) = view_of(vm, &args)?;
    let item = &args.pos[1];
    match kind {
        0 => Ok(Value::Bool(vm.dict_get(&d, item)?.is_some())),
        1 => {
            for v in view_items(&d, 1) {
                if v.is(item) || vm.eq(&v, item)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let pair = match item {
                Value::Tuple(t) if t.items.len() == 2 => t.clone(),
                _ => return Ok(Value::Bool(false)),
            };
            match vm.dict_get(&d, &pair.items[0])? {
                Some(v) => Ok(Value::Bool(
                    v.is(&pair.items[1]) || vm.eq(&v, &pair.items[1])?,
                )),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = view_of(vm, &args)?;
    let items = Value::list(view_items(&d, kind));
    let r = vm.repr(&items)?;
    let name = ["dict_keys", "dict_values", "dict_items"][kind as usize];
    Ok(Value::string(format!("{}({})", name, r.as_str())))
}

fn view_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<crate::set::PySet>> {
    let s = crate::set::PySet::new(false);
    super::set::fill_from(vm, &s, v)?;
    Ok(Rc::new(s))
}

fn view_binop(vm: &mut Vm, args: Args, op: crate::bytecode::BinOp) -> PyResult<Value> {
    check_args(vm, "view operator", &args, 2, 2)?;
    let a = view_set(vm, &args.pos[0])?;
    let b = view_set(vm, &args.pos[1])?;
    super::set::set_binop(vm, &Value::Set(a), &Value::Set(b), op)
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, crate::bytecode::BinOp::And)
}

fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, crate::bytecode::BinOp::Or)
}

fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, crate::bytecode::BinOp::Sub)
}

fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binop(vm, args, crate::bytecode::BinOp::Xor)
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__eq__", &args, 2, 2)?;
    let a = view_set(vm, &args.pos[0])?;
    let b = match &args.pos[1] {
        Value::Set(_) | Value::Instance(_) => view_set(vm, &args.pos[1])?,
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Bool(vm.eq(&Value::Set(a), &Value::Set(b))?))
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 2, 2)?;
    let a = view_set(vm, &args.pos[0])?;
    for x in vm.collect_iterable(&args.pos[1])? {
        if vm.set_contains(&a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
