//! Methods of the remaining builtin types: exceptions, generators, properties, `type`,
//! functions (`__get__`), ranges and slices.

use crate::builtins::check_args;
use crate::types::{add_method, TypeId};
use crate::value::*;
use crate::vm::{FrameKind, PyErr, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let e = vm.types.exc.base_exception.clone();
    add_method(&e, "__init__", exc_init);
    add_method(&e, "__str__", exc_str);
    add_method(&e, "__repr__", exc_repr);
    add_method(&e, "with_traceback", exc_with_traceback);
    let g = vm.types.generator.clone();
    add_method(&g, "send", gen_send);
    add_method(&g, "throw", gen_throw);
    add_method(&g, "close", gen_close);
    add_method(&g, "__next__", gen_next);
    add_method(&g, "__iter__", identity);
    let it = vm.types.iterator.clone();
    add_method(&it, "__next__", iter_next);
    add_method(&it, "__iter__", identity);
    for name in [
        "list_iterator",
        "tuple_iterator",
        "bytes_iterator",
        "range_iterator",
        "str_ascii_iterator",
        "set_iterator",
        "dict_keyiterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "list_reverseiterator",
        "callable_iterator",
    ] {
        let c = crate::types::new_class(
            name,
            vec![it.clone()],
            Layout::Builtin,
            Some(TypeId::Iterator),
        );
        vm.classes.insert(name, c);
    }
    let p = vm.types.property.clone();
    add_method(&p, "setter", prop_setter);
    add_method(&p, "getter", prop_getter);
    add_method(&p, "deleter", prop_deleter);
    add_method(&p, "__get__", prop_get);
    let t = vm.types.type_.clone();
    add_method(&t, "mro", type_mro);
    add_method(&t, "__subclasses__", type_subclasses);
    crate::types::add_static(&t, "__new__", type_new);
    add_method(&t, "__init__", type_init);
    add_method(&t, "__call__", type_call);
    add_method(&t, "__setattr__", type_setattr);
    let r = vm.types.range.clone();
    add_method(&r, "index", range_index);
    add_method(&r, "count", range_count);
    let s = vm.types.slice.clone();
    add_method(&s, "indices", slice_indices);
    let f = vm.types.function.clone();
    add_method(&f, "__get__", func_get);
    let _ = TypeId::Function;
    // As in CPython, callables' types name `__call__` and the mutable containers' types set
    // `__hash__` to None, so checks that read a class's `__dict__` (collections.abc's
    // Callable and Hashable) see what the engine does.
    for c in [
        vm.types.function.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method.clone(),
    ] {
        add_method(&c, "__call__", call_self);
    }
    for c in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytearray.clone(),
        vm.types.slice.clone(),
    ] {
        c.dict.set_str_key("__hash__", Value::None);
    }
}

/// `f.__call__(*args, **kwargs)` of a function, builtin or bound method: calls it.
fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(f) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument".into()));
    };
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    vm.call_args(&f, rest)
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Some(st) = &i.exc {
            st.borrow_mut().args = Value::tuple(args.pos[1..].to_vec());
        }
    }
    let _ = vm;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    crate::exceptions::exc_str(vm, &v)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(crate::exceptions::exc_repr(vm, &v)?))
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "with_traceback", &args, 2, 2)?;
    let this = args.pos[0].clone();
    if let Value::Instance(i) = &this {
        if !crate::exceptions::set_traceback(i, &args.pos[1]) {
            return Err(vm.type_error("__traceback__ must be a traceback or None".into()));
        }
    }
    Ok(this)
}

fn this_gen(vm: &mut Vm, args: &Args) -> PyResult<Rc<Generator>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("expected a generator".into())),
    }
}

/// Resumes a generator from native code; `Ok(Some(v))` for a yield, `Ok(None)` at its end.
fn resume(
    vm: &mut Vm,
    g: &Rc<Generator>,
    sent: Value,
    throw: Option<Value>,
) -> PyResult<Option<Value>> {
    let depth = vm.frames_depth();
    match vm.resume_generator(g, sent, throw, FrameKind::Nested) {
        Ok(()) => {}
        Err(PyErr::Exception(e)) if vm.is_stop_iteration(&e) => return Err(PyErr::Exception(e)),
        Err(e) => return Err(e),
    }
    if vm.frames_depth() == depth && vm.skipped_resume.is_none() {
        // The throw was handled and the generator finished or yielded within resume.
        return Ok(None);
    }
    let v = vm.run_nested_public(depth)?;
    if vm.generator_ended(g) {
        let e = vm.stop_iteration(v);
        return Err(PyErr::Exception(e));
    }
    Ok(Some(v))
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "send", &args, 2, 2)?;
    let g = this_gen(vm, &args)?;
    match resume(vm, &g, args.pos[1].clone(), None)? {
        Some(v) => Ok(v),
        None => {
            let e = vm.stop_iteration(Value::None);
            Err(PyErr::Exception(e))
        }
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    match resume(vm, &g, Value::None, None)? {
        Some(v) => Ok(v),
        None => {
            let e = vm.stop_iteration(Value::None);
            Err(PyErr::Exception(e))
        }
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "throw", &args, 2, 4)?;
    let g = this_gen(vm, &args)?;
    let exc = match &args.pos[1] {
        Value::Class(_) => {
            let a = args
                .pos
                .get(2)
                .cloned()
                .map(|v| vec![v])
                .unwrap_or_default();
            let c = args.pos[1].clone();
            vm.call(&c, a)?
        }
        other => other.clone(),
    };
    if matches!(
        *g.state.borrow(),
        GenState::Suspended { started: false, .. }
    ) {
        *g.state.borrow_mut() = GenState::Finished;
        return Err(PyErr::Exception(exc));
    }
    match resume(vm, &g, Value::None, Some(exc))? {
        Some(v) => Ok(v),
        None => {
            let e = vm.stop_iteration(Value::None);
            Err(PyErr::Exception(e))
        }
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let started = matches!(*g.state.borrow(), GenState::Suspended { started: true, .. });
    if !started {
        *g.state.borrow_mut() = GenState::Finished;
        return Ok(Value::None);
    }
    let cls = vm.types.exc.generator_exit.clone();
    let exc = vm.new_exception(&cls, vec![]);
    match resume(vm, &g, Value::None, Some(exc)) {
        Ok(Some(_)) => Err(vm.runtime_error("generator ignored GeneratorExit".into())),
        Ok(None) => Ok(Value::None),
        Err(PyErr::Exception(e)) => {
            let ge = vm.types.exc.generator_exit.clone();
            if vm.is_stop_iteration(&e) || vm.isinstance(&e, &ge) {
                Ok(Value::None)
            } else {
                Err(PyErr::Exception(e))
            }
        }
        Err(e) => Err(e),
    }
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Iter(i)) => {
            let i = i.clone();
            match vm.native_next(&i)? {
                Some(v) => Ok(v),
                None => {
                    let e = vm.stop_iteration(Value::None);
                    Err(PyErr::Exception(e))
                }
            }
        }
        _ => Err(vm.type_error("expected an iterator".into())),
    }
}

fn this_prop(vm: &mut Vm, args: &Args) -> PyResult<Rc<Property>> {
    match args.pos.first() {
        Some(Value::Property(p)) => Ok(p.clone()),
        _ => Err(vm.type_error("expected a property".into())),
    }
}

fn prop_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setter", &args, 2, 2)?;
    let p = this_prop(vm, &args)?;
    Ok(Value::Property(Rc::new(Property {
        fget: p.fget.clone(),
        fset: args.pos[1].clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getter", &args, 2, 2)?;
    let p = this_prop(vm, &args)?;
    Ok(Value::Property(Rc::new(Property {
        fget: args.pos[1].clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "deleter", &args, 2, 2)?;
    let p = this_prop(vm, &args)?;
    Ok(Value::Property(Rc::new(Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: args.pos[1].clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    let p = this_prop(vm, &args)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    let f = p.fget.clone();
    vm.call(&f, vec![args.pos[1].clone()])
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.mro_iter().map(|k| Value::Class(k.clone())).collect(),
        )),
        _ => Err(vm.type_error("mro() needs a type".into())),
    }
}

/// `type.__new__(meta, name, bases, namespace, **kw)`, which a metaclass's `__new__` calls.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(meta)) = args.pos.first().cloned() else {
        return Err(vm.type_error("type.__new__(X): X is not a type object".into()));
    };
    if !meta.is_subclass(&vm.types.type_) {
        let n = meta.name();
        return Err(vm.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            n.as_str(),
            n.as_str()
        )));
    }
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    if rest.pos.len() == 1 && rest.kw.is_empty() {
        return Ok(Value::Class(vm.type_of(&rest.pos[0])));
    }
    check_args(vm, "type.__new__", &Args::new(rest.pos.clone()), 3, 3)?;
    let (name, bases, ns) = class_args(vm, &rest.pos)?;
    let mut classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => classes.push(c),
            other => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!("bases must be types, not {tn}")));
            }
        }
    }
    let cls = vm.new_type(Some(meta), &name, classes, ns, rest.kw)?;
    Ok(Value::Class(cls))
}

/// `(name, bases, namespace)` as `type()` and `type.__new__` take them: the namespace is
/// copied, and belongs to the calling code's module unless it names one.
pub fn class_args(
    vm: &mut Vm,
    pos: &[Value],
) -> PyResult<(Value, Vec<Value>, Rc<crate::dict::PyDict>)> {
    let name = crate::builtins::arg_str(vm, &pos[0], "type.__new__() argument 1")?;
    let bases = match &pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple".into())),
    };
    let Value::Dict(ns) = &pos[2] else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict".into()));
    };
    let ns = Rc::new(ns.copy());
    default_module(vm, &ns);
    Ok((Value::Str(name), bases, ns))
}

fn default_module(vm: &Vm, ns: &crate::dict::PyDict) {
    if ns.get_str(&vm.names.module).is_none() {
        let m = vm
            .frames
            .last()
            .and_then(|f| f.globals.get_str(&vm.names.name))
            .unwrap_or(Value::None);
        ns.set_str(vm.names.module.clone(), m);
    }
}

/// `type.__init__`: the class is whole once `__new__` has made it.
fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`, which a metaclass's `__call__` reaches through `super()`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object".into()));
    };
    let rest = Args {
        pos: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    match vm.instantiate_plain(&cls, rest, FrameKind::Nested)? {
        Some(v) => Ok(v),
        None => Err(vm.runtime_error("type.__call__ did not finish".into())),
    }
}

/// `type.__setattr__(cls, name, value)`, which a metaclass's `__setattr__` reaches.
fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 3, 3)?;
    match (&args.pos[0], &args.pos[1]) {
        (Value::Class(c), Value::Str(name)) => {
            let (c, name) = (c.clone(), name.clone());
            vm.set_class_attr(&c, &name, args.pos[2].clone())?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error("type.__setattr__() needs a type and a string".into())),
    }
}

fn type_subclasses(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::list(vec![]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 2, 2)?;
    if let Some(Value::Range(r)) = args.pos.first() {
        if let Value::Int(x) = args.pos[1] {
            let n = r.len();
            for i in 0..n {
                if r.get(i) == x {
                    return Ok(Value::Int(i));
                }
            }
        }
        let rep = vm.repr(&args.pos[1])?;
        return Err(vm.value_error(format!("{} is not in range", rep.as_str())));
    }
    Err(vm.type_error("expected a range".into()))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 2, 2)?;
    let r = args.pos[0].clone();
    Ok(Value::Int(vm.contains(&r, &args.pos[1])? as i64))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "indices", &args, 2, 2)?;
    if let Some(Value::Slice(s)) = args.pos.first() {
        let len = crate::builtins::arg_int(vm, &args.pos[1])?;
        let (a, b, c, _) = crate::builtins::slice_indices(vm, s, len)?;
        return Ok(Value::tuple(vec![
            Value::Int(a),
            Value::Int(b),
            Value::Int(c),
        ]));
    }
    Err(vm.type_error("expected a slice".into()))
}

fn func_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        this: args.pos[1].clone(),
        func: args.pos[0].clone(),
    })))
}
