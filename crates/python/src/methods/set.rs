//! `set` and `frozenset` methods and operators, in CPython's table order.

use crate::builtins::check_args;
use crate::bytecode::BinOp;
use crate::pyhash::SetTable;
use crate::set::PySet;
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    for (cls, frozen) in [
        (vm.types.set.clone(), false),
        (vm.types.frozenset.clone(), true),
    ] {
        add_method(&cls, "copy", set_copy);
        add_method(&cls, "union", set_union);
        add_method(&cls, "intersection", set_intersection);
        add_method(&cls, "difference", set_difference);
        add_method(&cls, "symmetric_difference", set_symmetric_difference);
        add_method(&cls, "issubset", set_issubset);
        add_method(&cls, "issuperset", set_issuperset);
        add_method(&cls, "isdisjoint", set_isdisjoint);
        add_method(&cls, "__len__", set_len);
        add_method(&cls, "__contains__", set_contains);
        add_method(&cls, "__iter__", set_iter);
        if !frozen {
            add_method(&cls, "add", set_add);
            add_method(&cls, "remove", set_remove);
            add_method(&cls, "discard", set_discard);
            add_method(&cls, "pop", set_pop);
            add_method(&cls, "clear", set_clear);
            add_method(&cls, "update", set_update);
            add_method(&cls, "intersection_update", set_intersection_update);
            add_method(&cls, "difference_update", set_difference_update);
            add_method(
                &cls,
                "symmetric_difference_update",
                set_symmetric_difference_update,
            );
        }
    }
}

fn this_set(vm: &mut Vm, args: &Args) -> PyResult<Rc<PySet>> {
    match super::this(vm, args) {
        Value::Set(s) => Ok(s),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor requires a 'set' object but received a '{tn}'"
            )))
        }
    }
}

/// Adds every item of an iterable, as `set(iterable)` does (dicts presize like CPython).
pub fn fill_from(vm: &mut Vm, s: &PySet, v: &Value) -> PyResult<()> {
    match vm.base_value(v) {
        Value::Set(src) => {
            let src_t = src.table.borrow().clone();
            let mut t = s.table.borrow_mut();
            let mut eq = vm.set_eq_fn();
            t.merge_from(&src_t, &mut eq)?;
            Ok(())
        }
        Value::Dict(d) => {
            let keys: Vec<(i64, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            let mut t = s.table.borrow_mut();
            let mut eq = vm.set_eq_fn();
            t.update_from_dict(keys.len(), keys, &mut eq)?;
            Ok(())
        }
        other => {
            let items = vm.collect_iterable(&other)?;
            for it in items {
                vm.set_add(s, it)?;
            }
            Ok(())
        }
    }
}

/// A set table from any iterable argument.
fn table_of(vm: &mut Vm, v: &Value) -> PyResult<SetTable<Value>> {
    match vm.base_value(v) {
        Value::Set(s) => Ok(s.table.borrow().clone()),
        other => {
            let s = PySet::new(false);
            fill_from(vm, &s, &other)?;
            Ok(s.table.into_inner())
        }
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result's type follows `a`.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (sa, sb) = match (vm.base_value(a), vm.base_value(b)) {
        (Value::Set(x), Value::Set(y)) => (x, y),
        _ => return Err(vm.type_error("set operation on non-sets".into())),
    };
    let frozen = sa.frozen;
    let same = Rc::ptr_eq(&sa, &sb);
    let ta = sa.table.borrow().clone();
    let tb = if same {
        ta.clone()
    } else {
        sb.table.borrow().clone()
    };
    let result = {
        let mut eq = vm.set_eq_fn();
        match op {
            BinOp::Or => {
                if same {
                    Ok(ta.copy())
                } else {
                    ta.union(&tb, &mut eq)
                }
            }
            BinOp::And => {
                if same {
                    Ok(ta.copy())
                } else {
                    ta.intersection(&tb, &mut eq)
                }
            }
            BinOp::Sub => {
                if same {
                    Ok(SetTable::new())
                } else {
                    ta.difference(&tb, &mut eq)
                }
            }
            BinOp::Xor => {
                if same {
                    Ok(SetTable::new())
                } else {
                    ta.symmetric_difference(&tb, &mut eq)
                }
            }
            _ => Ok(SetTable::new()),
        }
    };
    let t: SetTable<Value> = result?;
    Ok(Value::Set(Rc::new(PySet::from_table(t, frozen))))
}

fn multi(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    let mut acc = Value::Set(Rc::new(PySet::from_table(
        s.table.borrow().copy(),
        s.frozen,
    )));
    if args.pos.len() == 1 && op != BinOp::Or {
        return Ok(acc);
    }
    for other in &args.pos[1..] {
        let t = table_of(vm, other)?;
        let o = Value::Set(Rc::new(PySet::from_table(t, false)));
        acc = set_binop(vm, &acc, &o, op)?;
    }
    Ok(acc)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    let t = s.table.borrow().copy();
    Ok(Value::Set(Rc::new(PySet::from_table(t, s.frozen))))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Or)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::And)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Sub)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "symmetric_difference", &args, 2, 2)?;
    multi(vm, args, BinOp::Xor)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubset", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    let other = Rc::new(PySet::from_table(table_of(vm, &args.pos[1])?, false));
    for x in s.items() {
        if !vm.set_contains(&other, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issuperset", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    for x in vm.collect_iterable(&args.pos[1])? {
        if !vm.set_contains(&s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    for x in vm.collect_iterable(&args.pos[1])? {
        if vm.set_contains(&s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    Ok(Value::Int(s.len() as i64))
}

fn set_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__contains__", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    Ok(Value::Bool(vm.set_contains(&s, &args.pos[1])?))
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    vm.get_iter(&Value::Set(s))
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "add", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    vm.set_add(&s, args.pos[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    match vm.set_remove(&s, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "discard", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    vm.set_remove(&s, &args.pos[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    let v = s.table.borrow_mut().pop();
    match v {
        Some(v) => Ok(v),
        None => {
            let c = vm.types.exc.key_error.clone();
            Err(vm.new_error(&c, "pop from an empty set".into()))
        }
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    s.table.borrow_mut().clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    for other in &args.pos[1..] {
        fill_from(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn in_place(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    let me = Value::Set(s.clone());
    let mut acc = Value::Set(Rc::new(PySet::from_table(s.table.borrow().clone(), false)));
    for other in &args.pos[1..] {
        let o = Value::Set(Rc::new(PySet::from_table(table_of(vm, other)?, false)));
        acc = set_binop(vm, &acc, &o, op)?;
    }
    if let Value::Set(r) = acc {
        let t = r.table.borrow().clone();
        s.table.borrow_mut().replace_body(t);
    }
    let _ = me;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::And)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_set(vm, &args)?;
    for other in &args.pos[1..] {
        let t = table_of(vm, other)?;
        let mut table = s.table.borrow_mut();
        let mut eq = vm.set_eq_fn();
        table.difference_update(&t, &mut eq)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "symmetric_difference_update", &args, 2, 2)?;
    let s = this_set(vm, &args)?;
    let t = table_of(vm, &args.pos[1])?;
    let mut table = s.table.borrow_mut();
    let mut eq = vm.set_eq_fn();
    table.symmetric_difference_update(&t, &mut eq)?;
    Ok(Value::None)
}
