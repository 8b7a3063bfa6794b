//! `list` and `tuple` methods, and list item/slice assignment and deletion.

use crate::builtins::{check_args, no_kw, seq_index, slice_indices, sort_values, take_kw};
use crate::types::add_method;
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let l = vm.types.list.clone();
    add_method(&l, "append", list_append);
    add_method(&l, "extend", list_extend);
    add_method(&l, "insert", list_insert);
    add_method(&l, "remove", list_remove);
    add_method(&l, "pop", list_pop);
    add_method(&l, "index", seq_index_method);
    add_method(&l, "count", seq_count);
    add_method(&l, "sort", list_sort);
    add_method(&l, "reverse", list_reverse);
    add_method(&l, "copy", list_copy);
    add_method(&l, "clear", list_clear);
    add_method(&l, "__len__", seq_len);
    add_method(&l, "__getitem__", seq_getitem);
    add_method(&l, "__setitem__", list_setitem);
    add_method(&l, "__delitem__", list_delitem);
    add_method(&l, "__contains__", seq_contains);
    add_method(&l, "__iter__", seq_iter);
    add_method(&l, "__init__", list_init);
    add_method(&l, "__repr__", seq_repr);
    add_method(&l, "__eq__", seq_eq);
    add_method(&l, "__add__", seq_add);
    add_method(&l, "__iadd__", list_iadd);
    add_method(&l, "__reversed__", seq_reversed);
    let t = vm.types.tuple.clone();
    add_method(&t, "index", seq_index_method);
    add_method(&t, "count", seq_count);
    add_method(&t, "__len__", seq_len);
    add_method(&t, "__getitem__", seq_getitem);
    add_method(&t, "__contains__", seq_contains);
    add_method(&t, "__iter__", seq_iter);
    add_method(&t, "__repr__", seq_repr);
    add_method(&t, "__eq__", seq_eq);
    add_method(&t, "__add__", seq_add);
    add_method(&t, "__hash__", seq_hash);
}

/// The list behind `self` (a list or an instance of a list subclass).
fn this_list(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyList>> {
    match super::this(vm, args) {
        Value::List(l) => Ok(l),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'list' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "append", &args, 2, 2)?;
    let l = this_list(vm, &args, "append")?;
    l.items.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "extend", &args, 2, 2)?;
    let l = this_list(vm, &args, "extend")?;
    let items = vm.collect_iterable(&args.pos[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_extend(vm, Args::new(args.pos.clone()))?;
    Ok(args.pos[0].clone())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 3, 3)?;
    let l = this_list(vm, &args, "insert")?;
    let i = crate::builtins::arg_int(vm, &args.pos[1])?;
    let mut items = l.items.borrow_mut();
    let len = items.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(idx as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let l = this_list(vm, &args, "remove")?;
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&args.pos[1]) || vm.eq(x, &args.pos[1])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list".into()))
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 1, 2)?;
    let l = this_list(vm, &args, "pop")?;
    let len = l.items.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let idx = match args.pos.get(1) {
        Some(v) => {
            let i = crate::builtins::arg_int(vm, v)?;
            let idx = if i < 0 { i + len as i64 } else { i };
            if idx < 0 || idx >= len as i64 {
                return Err(vm.index_error("pop index out of range"));
            }
            idx as usize
        }
        None => len - 1,
    };
    let v = l.items.borrow_mut().remove(idx);
    Ok(v)
}

fn seq_items(vm: &mut Vm, args: &Args) -> PyResult<Vec<Value>> {
    match super::this(vm, args) {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("expected a sequence, got {tn}")))
        }
    }
}

fn seq_index_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 2, 4)?;
    let items = seq_items(vm, &args)?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.pos.get(2) {
        Some(v) => norm(crate::builtins::arg_int(vm, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => norm(crate::builtins::arg_int(vm, v)?),
        None => len,
    };
    for i in start..stop {
        let x = &items[i as usize];
        if x.is(&args.pos[1]) || vm.eq(x, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    let is_list = matches!(super::this(vm, &args), Value::List(_));
    if is_list {
        let r = vm.repr(&args.pos[1])?;
        Err(vm.value_error(format!("{} is not in list", r.as_str())))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple".into()))
    }
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 2, 2)?;
    let items = seq_items(vm, &args)?;
    let mut n = 0;
    for x in &items {
        if x.is(&args.pos[1]) || vm.eq(x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = take_kw(&mut args, "key").unwrap_or(Value::None);
    let reverse = take_kw(&mut args, "reverse").unwrap_or(Value::Bool(false));
    no_kw(vm, "sort", &args)?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments".into()));
    }
    let l = this_list(vm, &args, "sort")?;
    // CPython empties the list while sorting so mutation during the sort is detectable.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let reverse = vm.truthy(&reverse)?;
    let result = sort_values(vm, items.clone(), &key, reverse);
    let modified = !l.items.borrow().is_empty();
    match result {
        Ok(sorted) => {
            *l.items.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort".into()));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this_list(vm, &args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this_list(vm, &args, "copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this_list(vm, &args, "clear")?;
    l.items.borrow_mut().clear();
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "list", &args, 1, 2)?;
    let l = this_list(vm, &args, "__init__")?;
    let items = match args.pos.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => vec![],
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

fn seq_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    Ok(Value::Int(vm.len_of(&v)? as i64))
}

fn seq_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__getitem__", &args, 2, 2)?;
    let v = super::this(vm, &args);
    crate::builtins::builtin_getitem(vm, &v, &args.pos[1])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setitem__", &args, 3, 3)?;
    let l = this_list(vm, &args, "__setitem__")?;
    set_item(vm, &l, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delitem__", &args, 2, 2)?;
    let l = this_list(vm, &args, "__delitem__")?;
    del_item(vm, &l, &args.pos[1])?;
    Ok(Value::None)
}

fn seq_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__contains__", &args, 2, 2)?;
    let v = super::this(vm, &args);
    Ok(Value::Bool(vm.contains(&v, &args.pos[1])?))
}

fn seq_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    vm.get_iter(&v)
}

fn seq_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    let n = vm.len_of(&v)?;
    Ok(Value::Iter(Rc::new(PyIter {
        state: std::cell::RefCell::new(IterState::Reversed { seq: v, index: n }),
    })))
}

fn seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    Ok(Value::string(crate::builtins::builtin_repr(vm, &v)?))
}

fn seq_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__eq__", &args, 2, 2)?;
    let a = super::this(vm, &args);
    let b = vm.base_value(&args.pos[1]);
    if std::mem::discriminant(&a) != std::mem::discriminant(&b) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn seq_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__add__", &args, 2, 2)?;
    let a = super::this(vm, &args);
    let b = vm.base_value(&args.pos[1]);
    vm.binary_op(&a, &b, crate::bytecode::BinOp::Add, false)
}

fn seq_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = super::this(vm, &args);
    Ok(Value::Int(vm.hash(&v)?))
}

/// `l[key] = value` for an index or a slice.
pub fn set_item(vm: &mut Vm, l: &Rc<PyList>, key: Value, value: Value) -> PyResult<()> {
    if let Value::Slice(s) = &key {
        let new_items = match vm.collect_iterable(&value) {
            Ok(items) => items,
            Err(e @ PyErr::Block(_)) => return Err(e),
            Err(_) => return Err(vm.type_error("can only assign an iterable".into())),
        };
        let len = l.items.borrow().len() as i64;
        let (start, stop, step, n) = slice_indices(vm, s, len)?;
        let mut items = l.items.borrow_mut();
        if step == 1 {
            let stop = stop.max(start);
            items.splice(start as usize..stop as usize, new_items);
            return Ok(());
        }
        if new_items.len() as i64 != n {
            drop(items);
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            )));
        }
        for (i, v) in new_items.into_iter().enumerate() {
            items[(start + i as i64 * step) as usize] = v;
        }
        return Ok(());
    }
    let len = l.items.borrow().len();
    let i = match seq_index(vm, &key, len, "list") {
        Ok(i) => i,
        Err(e) => {
            if matches!(key, Value::Int(_)) {
                return Err(vm.index_error("list assignment index out of range"));
            }
            return Err(e);
        }
    };
    l.items.borrow_mut()[i] = value;
    Ok(())
}

/// `del l[key]` for an index or a slice.
pub fn del_item(vm: &mut Vm, l: &Rc<PyList>, key: &Value) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let len = l.items.borrow().len() as i64;
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        let mut items = l.items.borrow_mut();
        let mut idx: Vec<usize> = (0..n).map(|i| (start + i * step) as usize).collect();
        idx.sort_unstable();
        for i in idx.into_iter().rev() {
            items.remove(i);
        }
        return Ok(());
    }
    let len = l.items.borrow().len();
    let i = match seq_index(vm, key, len, "list") {
        Ok(i) => i,
        Err(e) => {
            if matches!(key, Value::Int(_)) {
                return Err(vm.index_error("list assignment index out of range"));
            }
            return Err(e);
        }
    };
    l.items.borrow_mut().remove(i);
    Ok(())
}
