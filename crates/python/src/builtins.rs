//! The `builtins` module: builtin functions (`print`, `len`, `sorted`, `isinstance`, ...),
//! constructors of the builtin types (`int(...)`, `list(...)`, `type(name, bases, ns)`),
//! class creation, the special attributes of builtin objects, `repr` of builtin values,
//! subscripts of builtin sequences, and `%`/`format()` formatting glue.

use crate::bytecode::CmpOp;
use crate::dict::PyDict;
use crate::format;
use crate::host::Stream;
use crate::numeric::{big_to_f64, to_big};
use crate::set::PySet;
use crate::types::{add_method, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// Registers every builtin in `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    // A table, not a call per name: the start-up code stays small (see `types::interned`).
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("len", bi_len),
        ("repr", bi_repr),
        ("ascii", bi_ascii),
        ("abs", bi_abs),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("id", bi_id),
        ("hash", bi_hash),
        ("callable", bi_callable),
        ("getattr", bi_getattr),
        ("setattr", bi_setattr),
        ("hasattr", bi_hasattr),
        ("delattr", bi_delattr),
        ("iter", bi_iter),
        ("enumerate", bi_enumerate),
        ("zip", bi_zip),
        ("map", bi_map),
        ("filter", bi_filter),
        ("reversed", bi_reversed),
        ("next", bi_next),
        ("sorted", bi_sorted),
        ("min", bi_min),
        ("max", bi_max),
        ("sum", bi_sum),
        ("any", bi_any),
        ("all", bi_all),
        ("chr", bi_chr),
        ("ord", bi_ord),
        ("hex", bi_hex),
        ("oct", bi_oct),
        ("bin", bi_bin),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("round", bi_round),
        ("format", bi_format),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("globals", bi_globals),
        ("locals", bi_locals),
        ("input", bi_input),
        ("open", crate::fileio::bi_open),
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("__build_class__", bi_build_class),
        ("__import__", bi_import),
        ("compile", bi_compile),
        ("exec", bi_exec),
        ("eval", bi_eval),
        ("breakpoint", bi_noop),
    ];
    for &(name, func) in functions {
        b.set_str_key(name, crate::modules::builtin_function(name, func));
    }
    add_classes(&b, vm.types.clone_refs());
    add_classes(&b, vm.types.exc.all.clone());
    b.set_str_key("None", Value::None);
    b.set_str_key("True", Value::Bool(true));
    b.set_str_key("False", Value::Bool(false));
    b.set_str_key("NotImplemented", Value::NotImplemented);
    b.set_str_key("Ellipsis", Value::Ellipsis);
    b.set_str_key("__name__", Value::str("builtins"));
    b.set_str_key(
        "EnvironmentError",
        Value::Class(vm.types.exc.os_error.clone()),
    );
    b.set_str_key("IOError", Value::Class(vm.types.exc.os_error.clone()));
    crate::methods::install(vm);
}

/// Names each class in `builtins`. Out of line: in the browser, each pass through a loop
/// counts the loop's whole length towards optimizing the function that holds it, and this
/// one, laid out around the rest of the start-up code, made it count many times over.
#[inline(never)]
fn add_classes(b: &PyDict, classes: Vec<Rc<Class>>) {
    for c in classes {
        b.set_str(c.name(), Value::Class(c));
    }
}

impl crate::types::Types {
    /// The builtin classes that are visible as names in `builtins`.
    pub fn clone_refs(&self) -> Vec<Rc<Class>> {
        vec![
            self.object.clone(),
            self.type_.clone(),
            self.int.clone(),
            self.bool_.clone(),
            self.float.clone(),
            self.str.clone(),
            self.bytes.clone(),
            self.bytearray.clone(),
            self.tuple.clone(),
            self.list.clone(),
            self.dict.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.property.clone(),
            self.staticmethod.clone(),
            self.classmethod.clone(),
            self.super_.clone(),
        ]
    }
}

// ----- argument helpers -----

/// Checks a builtin's positional argument count with CPython's wording.
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Takes a keyword argument out of `args`.
pub fn take_kw(args: &mut Args, name: &str) -> Option<Value> {
    let i = args.kw.iter().position(|(k, _)| k.as_str() == name)?;
    Some(args.kw.remove(i).1)
}

/// Rejects keyword arguments left over.
pub fn no_kw(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "{}() got an unexpected keyword argument '{}'",
            name,
            k.as_str()
        )));
    }
    Ok(())
}

pub fn arg_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match vm.base_value(v) {
        Value::Str(s) => Ok(s),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// An int argument (bool and `__index__` accepted).
pub fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        Value::Long(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        other => vm.index_value(other),
    }
}

// ----- builtin functions -----

fn bi_noop(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn bi_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = take_kw(&mut args, "sep");
    let end = take_kw(&mut args, "end");
    let file = take_kw(&mut args, "file");
    let flush = take_kw(&mut args, "flush");
    no_kw(vm, "print", &args)?;
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("sep must be None or a string, not {tn}")));
        }
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("end must be None or a string, not {tn}")));
        }
    };
    // CPython writes each argument, separator and the end with its own write() call,
    // which a file-like object written in Python can see.
    let mut pieces = Vec::with_capacity(2 * args.pos.len() + 1);
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        match a {
            Value::Str(s) => pieces.push(s.as_str().to_string()),
            Value::Int(n) => pieces.push(n.to_string()),
            other => {
                if let Value::Str(s) = vm.to_str(other)? {
                    pieces.push(s.as_str().to_string());
                }
            }
        }
    }
    pieces.push(end);
    // Without `file`, print writes to sys.stdout, which a program may have replaced.
    let file = match file {
        None | Some(Value::None) => match vm.modules.get("sys") {
            Some(Value::Module(sys)) => sys.dict.get_str(&vm.names.stdout),
            _ => None,
        },
        some => some,
    };
    match file {
        None | Some(Value::None) => vm.host.write(Stream::Stdout, &pieces.concat()),
        Some(f) => {
            let native = crate::modules::std_stream_of(vm, &f).is_some()
                || matches!(&f, Value::Instance(i) if i.class.layout == Layout::Native);
            if native {
                write_to(vm, &f, &pieces.concat())?;
            } else {
                for piece in &pieces {
                    write_to(vm, &f, piece)?;
                }
            }
            if let Some(fl) = flush {
                if vm.truthy(&fl)? {
                    let name = Rc::new(PyStr::new("flush".into()));
                    if let Ok(m) = vm.getattr(&f, &name) {
                        vm.call(&m, vec![])?;
                    }
                }
            }
        }
    }
    Ok(Value::None)
}

/// Writes text to a file-like object (`sys.stdout`, an open file, anything with write()).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(stream) = crate::modules::std_stream_of(vm, file) {
        vm.host.write(stream, text);
        return Ok(());
    }
    let name = Rc::new(PyStr::new("write".into()));
    let w = vm.getattr(file, &name)?;
    vm.call(&w, vec![Value::str(text)])?;
    Ok(())
}

fn bi_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    let n = vm.len_of(&args.pos[0])?;
    Ok(Value::Int(n as i64))
}

impl Vm {
    /// `len(v)`.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(f) = self.meta_method(v, &self.names.len) {
            let r = self.call_dunder(&f, v, vec![])?;
            let n = self.index_value(&r)?;
            if n < 0 {
                return Err(self.value_error("__len__() should return >= 0".into()));
            }
            return Ok(n as usize);
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Bytes(b) => b.data.len(),
            Value::Range(r) => r.len() as usize,
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.len) {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call_dunder(&f, v, vec![])?;
                        let n = self.index_value(&r)?;
                        if n < 0 {
                            return Err(self.value_error("__len__() should return >= 0".into()));
                        }
                        return Ok(n as usize);
                    }
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.len_of(&b);
                }
                if let Some(f) = i.class.lookup(&self.names.len) {
                    let r = self.call_dunder(&f, v, vec![])?;
                    return Ok(self.index_value(&r)? as usize);
                }
                let tn = i.class.name();
                return Err(
                    self.type_error(format!("object of type '{}' has no len()", tn.as_str()))
                );
            }
            other => {
                let tn = self.type_name(other);
                return Err(self.type_error(format!("object of type '{tn}' has no len()")));
            }
        })
    }
}

fn bi_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args.pos[0])?))
}

fn bi_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::string(format::ascii_escape(r.as_str())))
}

fn bi_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Long(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        other => {
            let name = vm.names.abs.clone();
            if let Some(f) = vm.user_dunder(other, &name) {
                return vm.call_dunder(&f, other, vec![]);
            }
            // A subclass of int or float: its number's absolute value.
            let base = vm.base_value(other);
            if !matches!(base, Value::Instance(_)) {
                return bi_abs(vm, Args::new(vec![base]));
            }
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")));
        }
    })
}

fn class_list(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match v {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.items.iter() {
                out.extend(class_list(vm, x, fname)?);
            }
            Ok(out)
        }
        // `int | str`, `Optional[int]`, `List`: the classes they stand for.
        Value::Instance(i) => {
            let module = i.class.dict.get_str(&vm.names.module);
            let module = module
                .as_ref()
                .and_then(|m| m.as_str())
                .map(|m| m.as_str().to_string());
            let field = match (module.as_deref().unwrap_or(""), i.class.name().as_str()) {
                ("types", "UnionType") | ("typing", "_UnionGeneric") => "__args__",
                ("typing", "_Alias" | "_TupleAlias" | "_CallableAlias") => "__origin__",
                ("types", "GenericAlias") => {
                    return Err(vm.type_error(format!(
                        "{fname}() argument 2 cannot be a parameterized generic"
                    )))
                }
                ("typing", "_GenericAlias" | "_CallableGeneric") => {
                    return Err(vm.type_error(
                        "Subscripted generics cannot be used with class and instance checks".into(),
                    ))
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "{fname}() arg 2 must be a type, a tuple of types, or a union"
                    )))
                }
            };
            let classes = vm.getattr(v, &PyStr::new(field.into()))?;
            class_list(vm, &classes, fname)
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn bi_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    let classes = class_list(vm, &args.pos[1], "isinstance")?;
    let t = vm.type_of(&args.pos[0]);
    let hook = PyStr::new("__instancecheck__".into());
    for c in classes {
        if t.is_subclass(&c) {
            return Ok(Value::Bool(true));
        }
        if meta_check(vm, c, &hook, &args.pos[0])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// A metaclass's `__instancecheck__` or `__subclasscheck__` (abc's virtual subclasses).
fn meta_check(vm: &mut Vm, cls: Rc<Class>, hook: &PyStr, arg: &Value) -> PyResult<bool> {
    let cls = Value::Class(cls);
    match vm.meta_method(&cls, hook) {
        Some(f) => {
            let r = vm.call_dunder(&f, &cls, vec![arg.clone()])?;
            vm.truthy(&r)
        }
        None => Ok(false),
    }
}

fn bi_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    let c = match &args.pos[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(vm.type_error("issubclass() arg 1 must be a class".into())),
    };
    let classes = class_list(vm, &args.pos[1], "issubclass")?;
    let hook = PyStr::new("__subclasscheck__".into());
    for k in classes {
        if c.is_subclass(&k) || meta_check(vm, k, &hook, &args.pos[0])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bi_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "id", &args, 1, 1)?;
    let v = &args.pos[0];
    let id = match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x7f00_0000_0000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x7e00_0000_0000 + *b as i64 * 32,
            Value::None => 0x7d00_0000_0000,
            Value::Float(f) => 0x7c00_0000_0000 ^ (f.to_bits() as i64 & 0xffff_ffff),
            _ => 0x7b00_0000_0000,
        },
    };
    Ok(Value::Int(id))
}

fn bi_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn bi_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callable", &args, 1, 1)?;
    let r = match &args.pos[0] {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.names.call).is_some(),
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn bi_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
    };
    match vm.getattr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(PyErr::Exception(e))
            if args.pos.len() == 3 && vm.isinstance(&e, &vm.types.exc.attribute_error.clone()) =>
        {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn bi_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
    };
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn bi_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
    };
    match vm.getattr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(PyErr::Exception(e)) if vm.isinstance(&e, &vm.types.exc.attribute_error.clone()) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn bi_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
    };
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(PyIter {
        state: RefCell::new(state),
    }))
}

fn bi_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        return Ok(new_iter(IterState::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        }));
    }
    vm.get_iter(&args.pos[0])
}

fn bi_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = take_kw(&mut args, "start");
    no_kw(vm, "enumerate", &args)?;
    check_args(vm, "enumerate", &args, 1, 2)?;
    let start = start_kw
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
        let tn = vm.type_name(&start);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let it = vm.get_iter(&args.pos[0])?;
    Ok(new_iter(IterState::Enumerate { it, count: start }))
}

fn bi_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let strict = match take_kw(&mut args, "strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_kw(vm, "zip", &args)?;
    let mut its = Vec::with_capacity(args.pos.len());
    for (i, a) in args.pos.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => its.push(it),
            Err(_) => {
                return Err(vm.type_error(format!("zip argument #{} must support iteration", i + 1)))
            }
        }
    }
    Ok(new_iter(IterState::Zip {
        its,
        strict,
        pulled: Vec::new(),
    }))
}

fn bi_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "map", &args)?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".into()));
    }
    let func = args.pos[0].clone();
    let mut its = Vec::new();
    for a in &args.pos[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        func,
        its,
        pulled: Vec::new(),
    }))
}

fn bi_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "filter", &args)?;
    check_args(vm, "filter", &args, 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    Ok(new_iter(IterState::Filter {
        func: args.pos[0].clone(),
        it,
        pulled: None,
    }))
}

fn bi_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &args, 1, 1)?;
    let v = &args.pos[0];
    let name = vm.names.reversed.clone();
    if let Some(f) = vm.user_dunder(v, &name) {
        return vm.call_dunder(&f, v, vec![]);
    }
    match vm.base_value(v) {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            let seq = vm.base_value(v);
            let n = vm.len_of(&seq)?;
            Ok(new_iter(IterState::Reversed { seq, index: n }))
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            Ok(new_iter(IterState::Seq {
                seq: Value::list(keys),
                index: 0,
            }))
        }
        _ => {
            let has = matches!(v, Value::Instance(i) if i.class.lookup(&vm.names.getitem).is_some() && i.class.lookup(&vm.names.len).is_some());
            if has {
                let n = vm.len_of(v)?;
                return Ok(new_iter(IterState::Reversed {
                    seq: v.clone(),
                    index: n,
                }));
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object is not reversible")))
        }
    }
}

fn bi_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        other => vm.type_of(other).lookup(&vm.names.next).is_some(),
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    if let Value::Generator(g) = it {
        // Run the generator directly so a StopIteration carries its value.
        let depth = vm.frames_depth();
        let r = match vm.resume_generator(g, Value::None, None, crate::vm::FrameKind::Nested) {
            Ok(()) => vm.run_nested_public(depth).map(Some),
            Err(e) => Err(e),
        };
        let ended = vm.generator_ended(g);
        return match r {
            Ok(Some(v)) if !ended => Ok(v),
            Ok(v) => {
                if args.pos.len() == 2 {
                    return Ok(args.pos[1].clone());
                }
                let e = vm.stop_iteration(v.unwrap_or(Value::None));
                Err(PyErr::Exception(e))
            }
            Err(PyErr::Exception(e)) if args.pos.len() == 2 && vm.is_stop_iteration(&e) => {
                Ok(args.pos[1].clone())
            }
            Err(e) => Err(e),
        };
    }
    match vm.next_value(it)? {
        Some(v) => Ok(v),
        None => {
            if args.pos.len() == 2 {
                Ok(args.pos[1].clone())
            } else {
                let e = vm.stop_iteration(Value::None);
                Err(PyErr::Exception(e))
            }
        }
    }
}

/// Native iterators that may call Python (enumerate, zip, map, filter, ...).
///
/// When the Python code blocks, the iterator keeps its state and what it had already
/// pulled from its sources, so the retried instruction goes on with the same item (see
/// `nested.rs`) and no item is skipped: what the iterator keeps is the step's record of
/// its finished calls (`commit_step`), only the call that blocked is resumed.
///
/// A step is itself a nested call in the record of the instruction that takes it: a retry
/// gets the items of the steps it took before from the record, not from the iterator,
/// which has moved on.
pub fn iter_next_slow(vm: &mut Vm, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
    let key = Rc::as_ptr(it) as usize;
    if let Some(answer) = vm.replay_step(key) {
        return answer;
    }
    if let Some(result) = vm.simple_next(it) {
        vm.step_done(key, &result);
        return result;
    }
    let state = std::mem::replace(&mut *it.state.borrow_mut(), IterState::Exhausted);
    let outcome = vm.in_step(|vm| advance(vm, state));
    let result = match outcome {
        Ok((result, new_state)) => {
            *it.state.borrow_mut() = new_state;
            Ok(result)
        }
        Err((e, kept)) => {
            *it.state.borrow_mut() = kept;
            Err(e)
        }
    };
    vm.step_done(key, &result);
    result
}

type Advanced = Result<(Option<Value>, IterState), (PyErr, IterState)>;

/// One step of a native iterator: its item and next state, or the error with the state to
/// keep (the same one when the error is a block, so the step is retried; exhausted else).
fn advance(vm: &mut Vm, state: IterState) -> Advanced {
    fn keep(e: PyErr, state: IterState) -> (PyErr, IterState) {
        match e {
            PyErr::Block(_) => (e, state),
            _ => (e, IterState::Exhausted),
        }
    }
    Ok(match state {
        IterState::Enumerate { it: inner, count } => match vm.next_value(&inner) {
            Ok(Some(v)) => {
                vm.commit_step();
                let next = vm
                    .binary_op(&count, &Value::Int(1), crate::bytecode::BinOp::Add, false)
                    .map_err(|e| (e, IterState::Exhausted))?;
                (
                    Some(Value::tuple(vec![count, v])),
                    IterState::Enumerate {
                        it: inner,
                        count: next,
                    },
                )
            }
            Ok(None) => (None, IterState::Exhausted),
            Err(e) => return Err(keep(e, IterState::Enumerate { it: inner, count })),
        },
        IterState::Zip {
            its,
            strict,
            mut pulled,
        } => {
            while pulled.len() < its.len() {
                let i = pulled.len();
                match vm.next_value(&its[i]) {
                    Ok(Some(v)) => {
                        vm.commit_step();
                        pulled.push(v);
                    }
                    Ok(None) if strict && i > 0 => {
                        let e = vm.value_error(format!(
                            "zip() argument {} is shorter than argument 1",
                            i + 1
                        ));
                        return Err((e, IterState::Exhausted));
                    }
                    Ok(None) => return Ok((None, IterState::Exhausted)),
                    Err(e) => {
                        return Err(keep(
                            e,
                            IterState::Zip {
                                its,
                                strict,
                                pulled,
                            },
                        ))
                    }
                }
            }
            if its.is_empty() {
                (None, IterState::Exhausted)
            } else {
                let state = IterState::Zip {
                    its,
                    strict,
                    pulled: Vec::new(),
                };
                (Some(Value::tuple(pulled)), state)
            }
        }
        IterState::Map {
            func,
            its,
            mut pulled,
        } => {
            while pulled.len() < its.len() {
                match vm.next_value(&its[pulled.len()]) {
                    Ok(Some(v)) => {
                        vm.commit_step();
                        pulled.push(v);
                    }
                    Ok(None) => return Ok((None, IterState::Exhausted)),
                    Err(e) => return Err(keep(e, IterState::Map { func, its, pulled })),
                }
            }
            match vm.call(&func, pulled.clone()) {
                Ok(r) => (
                    Some(r),
                    IterState::Map {
                        func,
                        its,
                        pulled: Vec::new(),
                    },
                ),
                Err(e) => return Err(keep(e, IterState::Map { func, its, pulled })),
            }
        }
        IterState::Filter {
            func,
            it: inner,
            mut pulled,
        } => loop {
            let v = match pulled.take() {
                Some(v) => v,
                None => match vm.next_value(&inner) {
                    Ok(Some(v)) => {
                        vm.commit_step();
                        v
                    }
                    Ok(None) => break (None, IterState::Exhausted),
                    Err(e) => {
                        return Err(keep(
                            e,
                            IterState::Filter {
                                func,
                                it: inner,
                                pulled,
                            },
                        ))
                    }
                },
            };
            let keep_it = if func.is_none() {
                vm.truthy(&v)
            } else {
                vm.call(&func, vec![v.clone()]).and_then(|r| vm.truthy(&r))
            };
            match keep_it {
                Ok(true) => {
                    break (
                        Some(v),
                        IterState::Filter {
                            func,
                            it: inner,
                            pulled: None,
                        },
                    )
                }
                Ok(false) => vm.commit_step(),
                Err(e) => {
                    let state = IterState::Filter {
                        func,
                        it: inner,
                        pulled: Some(v),
                    };
                    return Err(keep(e, state));
                }
            }
        },
        IterState::Reversed { seq, index } => {
            if index == 0 {
                (None, IterState::Exhausted)
            } else {
                let item = vm.len_of(&seq).and_then(|len| {
                    if index > len {
                        Ok(None)
                    } else {
                        vm.getitem(&seq, &Value::Int(index as i64 - 1)).map(Some)
                    }
                });
                match item {
                    Ok(Some(v)) => (
                        Some(v),
                        IterState::Reversed {
                            seq,
                            index: index - 1,
                        },
                    ),
                    Ok(None) => (None, IterState::Exhausted),
                    Err(e) => return Err(keep(e, IterState::Reversed { seq, index })),
                }
            }
        }
        IterState::Callable { func, sentinel } => {
            let v = vm
                .call(&func, vec![])
                .and_then(|v| vm.eq(&v, &sentinel).map(|end| (v, end)));
            match v {
                Ok((_, true)) => (None, IterState::Exhausted),
                Ok((v, false)) => (Some(v), IterState::Callable { func, sentinel }),
                Err(e) => return Err(keep(e, IterState::Callable { func, sentinel })),
            }
        }
        IterState::Seq { seq, index } => {
            // A user sequence with __getitem__: iterate until IndexError.
            match vm.getitem(&seq, &Value::Int(index as i64)) {
                Ok(v) => (
                    Some(v),
                    IterState::Seq {
                        seq,
                        index: index + 1,
                    },
                ),
                Err(PyErr::Exception(e))
                    if vm.isinstance(&e, &vm.types.exc.index_error.clone())
                        || vm.is_stop_iteration(&e) =>
                {
                    (None, IterState::Exhausted)
                }
                Err(e) => return Err(keep(e, IterState::Seq { seq, index })),
            }
        }
        other => (None, other),
    })
}

/// A stable merge sort that only uses `<` and never panics on inconsistent comparisons.
pub fn merge_sort(vm: &mut Vm, items: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    // reverse=True keeps equal items in their original order: reverse, sort, reverse.
    if reverse {
        items.reverse();
    }
    let r = sort_ascending(vm, items);
    if reverse {
        items.reverse();
    }
    r
}

/// A stable ascending sort that only uses `<` and never panics on inconsistent comparisons.
fn sort_ascending(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    // Fast paths: all ints, all strs, all floats without NaN.
    if items.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
        items.sort_by_key(|a| if let Value::Int(i) = a.0 { i } else { 0 });
        return Ok(());
    }
    if items.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
        items.sort_by(|a, b| match (&a.0, &b.0) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    if items
        .iter()
        .all(|(k, _)| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let key = |k: &Value| if let Value::Float(f) = k { *f } else { 0.0 };
        items.sort_by(|a, b| {
            key(&a.0)
                .partial_cmp(&key(&b.0))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return Ok(());
    }
    // General case: bottom-up merge sort on `<`.
    let n = items.len();
    let mut src: Vec<(Value, Value)> = std::mem::take(items);
    let mut width = 1;
    let mut result = Ok(());
    while width < n {
        let mut dst: Vec<(Value, Value)> = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b) = (i, mid);
            while a < mid && b < end {
                // Take from the right only when right < left: ties keep the left (stable).
                let right_first = if result.is_ok() {
                    match lt(vm, &src[b].0, &src[a].0) {
                        Ok(r) => r,
                        Err(e) => {
                            result = Err(e);
                            false
                        }
                    }
                } else {
                    false
                };
                if right_first {
                    dst.push(src[b].clone());
                    b += 1;
                } else {
                    dst.push(src[a].clone());
                    a += 1;
                }
            }
            dst.extend_from_slice(&src[a..mid]);
            dst.extend_from_slice(&src[b..end]);
            i = end;
        }
        src = dst;
        width *= 2;
    }
    *items = src;
    result
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(&r)
}

/// Sorts values in place with an optional key function.
pub fn sort_values(
    vm: &mut Vm,
    values: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
    for v in values {
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call(key, vec![v.clone()])?
        };
        pairs.push((k, v));
    }
    merge_sort(vm, &mut pairs, reverse)?;
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

fn bi_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = take_kw(&mut args, "key").unwrap_or(Value::None);
    let reverse = take_kw(&mut args, "reverse").unwrap_or(Value::Bool(false));
    no_kw(vm, "sorted", &args)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    vm.keep_steps_of(&args.pos[0]);
    let items = vm.collect_iterable(&args.pos[0])?;
    let reverse = vm.truthy(&reverse)?;
    let sorted = sort_values(vm, items, &key, reverse)?;
    Ok(Value::list(sorted))
}

fn min_max(vm: &mut Vm, mut args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = take_kw(&mut args, "key").unwrap_or(Value::None);
    let default = take_kw(&mut args, "default");
    no_kw(vm, name, &args)?;
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => {
            vm.keep_steps_of(&args.pos[0]);
            vm.collect_iterable(&args.pos[0])?
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call(&key, vec![best.clone()])?
    };
    for v in items.into_iter().skip(1) {
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call(&key, vec![v.clone()])?
        };
        let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
        let r = vm.compare(&k, &best_key, op)?;
        let better = vm.truthy(&r)?;
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

fn bi_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn bi_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn bi_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = take_kw(&mut args, "start");
    no_kw(vm, "sum", &args)?;
    check_args(vm, "sum", &args, 1, 2)?;
    let mut acc = start_kw
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    vm.keep_steps_of(&args.pos[0]);
    let it = vm.get_iter(&args.pos[0])?;
    // Float sums use CPython's compensated-free plain addition in order.
    while let Some(v) = vm.next_value(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &v, crate::bytecode::BinOp::Add, false)?,
        };
    }
    Ok(acc)
}

fn bi_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    vm.keep_steps_of(&args.pos[0]);
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next_value(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bi_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    vm.keep_steps_of(&args.pos[0]);
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next_value(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn bi_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chr", &args, 1, 1)?;
    let i = arg_int(vm, &args.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn bi_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Bytes(b) => {
            if b.data.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.data.len()
                )));
            }
            Ok(Value::Int(b.data[0] as i64))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn radix_str(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let b = match to_big(v) {
        Some(b) => b,
        None => {
            let i = vm.index_value(v)?;
            BigInt::from(i)
        }
    };
    let digits = b.abs().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn bi_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hex", &args, 1, 1)?;
    radix_str(vm, &args.pos[0], 16, "0x")
}

fn bi_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "oct", &args, 1, 1)?;
    radix_str(vm, &args.pos[0], 8, "0o")
}

fn bi_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "bin", &args, 1, 1)?;
    radix_str(vm, &args.pos[0], 2, "0b")
}

fn bi_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if crate::numeric::as_num(a).is_none() || crate::numeric::as_num(b).is_none() {
        let name = PyStr::new("__divmod__".into());
        if let Some(f) = vm.user_dunder(a, &name) {
            return vm.call_dunder(&f, a, vec![b.clone()]);
        }
        let (na, nb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
        )));
    }
    let is_zero = matches!(b, Value::Int(0) | Value::Bool(false))
        || matches!(b, Value::Float(f) if *f == 0.0);
    if is_zero {
        return Err(
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                vm.zero_division("float divmod()")
            } else {
                vm.zero_division("integer division or modulo by zero")
            },
        );
    }
    let q = vm.binary_op(a, b, crate::bytecode::BinOp::FloorDiv, false)?;
    let r = vm.binary_op(a, b, crate::bytecode::BinOp::Mod, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn bi_pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(m) = take_kw(&mut args, "mod") {
        args.pos.push(m);
    }
    if let Some(e) = take_kw(&mut args, "exp") {
        args.pos.insert(1, e);
    }
    if let Some(b) = take_kw(&mut args, "base") {
        args.pos.insert(0, b);
    }
    check_args(vm, "pow", &args, 2, 3)?;
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        let (b, e, m) = match (
            to_big(&args.pos[0]),
            to_big(&args.pos[1]),
            to_big(&args.pos[2]),
        ) {
            (Some(b), Some(e), Some(m)) => (b, e, m),
            _ => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers".into(),
                ))
            }
        };
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0".into()));
        }
        let r = if e.is_negative() {
            match mod_inverse(&b, &m) {
                Some(inv) => inv.modpow(&(-e), &m.abs()),
                None => {
                    return Err(
                        vm.value_error("base is not invertible for the given modulus".into())
                    )
                }
            }
        } else {
            b.modpow(&e, &m.abs())
        };
        // Python's result has the sign of the modulus.
        let r = if m.is_negative() && !r.is_zero() {
            r + &m
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(
        &args.pos[0],
        &args.pos[1],
        crate::bytecode::BinOp::Pow,
        false,
    )
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn bi_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(n) = take_kw(&mut args, "ndigits") {
        args.pos.push(n);
    }
    check_args(vm, "round", &args, 1, 2)?;
    let ndigits = args.pos.get(1).cloned().filter(|v| !v.is_none());
    let v = args.pos[0].clone();
    match &v {
        Value::Float(f) => match ndigits {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer".into()));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = round_half_even(*f);
                Ok(float_to_int_value(r))
            }
            Some(n) => {
                let n = arg_int(vm, &n)?;
                Ok(Value::Float(round_float_digits(*f, n)))
            }
        },
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => match ndigits {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(b as i64),
                other => other,
            }),
            Some(n) => {
                let n = arg_int(vm, &n)?;
                if n >= 0 {
                    return Ok(match v {
                        Value::Bool(b) => Value::Int(b as i64),
                        other => other,
                    });
                }
                let b = to_big(&v).unwrap_or_default();
                let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
                let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::from_bigint(q * p))
            }
        },
        other => {
            let name = vm.names.round.clone();
            if let Some(f) = vm.user_dunder(other, &name) {
                let rest = args.pos[1..].to_vec();
                return vm.call_dunder(&f, other, rest);
            }
            let base = vm.base_value(other);
            if matches!(base, Value::Int(_) | Value::Long(_) | Value::Float(_)) {
                args.pos[0] = base;
                return bi_round(vm, args);
            }
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// round(x, n) for floats, correctly rounded through the decimal string as CPython does.
pub fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 308 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        // Format with exact decimal expansion then round half even on that string.
        let s = format!("{:.*}", n as usize, f);
        // Rust's formatting rounds half to even on the exact binary value: that is CPython's.
        s.parse::<f64>().unwrap_or(f)
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = f / p;
        let r = round_half_even(y) * p;
        if r.is_infinite() {
            f
        } else {
            r
        }
    }
}

pub fn float_to_int_value(f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        Value::from_bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }
}

fn bi_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = args.pos.get(1).cloned().unwrap_or_else(|| Value::str(""));
    vm.format_value(&args.pos[0], &spec)
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let spec_s = match spec {
            Value::Str(s) => s.clone(),
            _ => return Err(self.type_error("format() argument 2 must be str".into())),
        };
        if let Some(f) = self.user_dunder(v, &self.names.format.clone()) {
            return self.call_dunder(&f, v, vec![spec.clone()]);
        }
        let base = self.base_value(v);
        let s = spec_s.as_str();
        let r = match &base {
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                let parsed =
                    format::parse_format_spec_for(s, "int").map_err(|m| self.value_error(m))?;
                let b = to_big(&base).unwrap_or_default();
                format::format_int(&b, &parsed)
            }
            Value::Float(f) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                let parsed =
                    format::parse_format_spec_for(s, "float").map_err(|m| self.value_error(m))?;
                format::format_float(*f, &parsed)
            }
            Value::Str(st) => {
                if s.is_empty() {
                    return Ok(base.clone());
                }
                let parsed =
                    format::parse_format_spec_for(s, "str").map_err(|m| self.value_error(m))?;
                format::format_str(st.as_str(), &parsed)
            }
            _ => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
        };
        match r {
            Ok(s) => Ok(Value::string(s)),
            Err(m) => {
                let tn = self.type_name(v);
                let m = m.replace("type 'int'", &format!("type '{tn}'"));
                Err(self.value_error(m))
            }
        }
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let pieces = format::parse_percent(fmt).map_err(|m| vm.value_error(m))?;
    let mapping = match args {
        Value::Dict(_) => Some(args.clone()),
        Value::Instance(i)
            if i.class.lookup(&vm.names.getitem).is_some()
                && !matches!(vm.base_value(args), Value::Tuple(_)) =>
        {
            Some(args.clone())
        }
        _ => None,
    };
    let positional: Vec<Value> = match vm.base_value(args) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let uses_mapping = pieces
        .iter()
        .any(|p| matches!(p, format::PercentPiece::Spec(s) if s.key.is_some()));
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        match positional.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string".into())),
        }
    };
    for piece in pieces {
        match piece {
            format::PercentPiece::Literal(l) => out.push_str(&l),
            format::PercentPiece::Spec(mut spec) => {
                let mut width = match spec.width {
                    format::PercentCount::None => None,
                    format::PercentCount::Number(n) => Some(n),
                    format::PercentCount::Star => {
                        let w = take(vm, &mut next)?;
                        let w = match w {
                            Value::Int(i) => i,
                            _ => return Err(vm.type_error("* wants int".into())),
                        };
                        if w < 0 {
                            spec.flags.left = true;
                        }
                        Some(w.unsigned_abs() as usize)
                    }
                };
                let precision = match spec.precision {
                    None | Some(format::PercentCount::None) => None,
                    Some(format::PercentCount::Number(n)) => Some(n),
                    Some(format::PercentCount::Star) => {
                        let p = take(vm, &mut next)?;
                        match p {
                            Value::Int(i) => Some(i.max(0) as usize),
                            _ => return Err(vm.type_error("* wants int".into())),
                        }
                    }
                };
                let value = match &spec.key {
                    Some(k) => match &mapping {
                        Some(m) => vm.getitem(m, &Value::str(k))?,
                        None => return Err(vm.type_error("format requires a mapping".into())),
                    },
                    None => {
                        if uses_mapping && mapping.is_some() {
                            args.clone()
                        } else {
                            take(vm, &mut next)?
                        }
                    }
                };
                if width == Some(0) {
                    width = None;
                }
                let text = percent_one(vm, &spec, width, precision, &value)?;
                out.push_str(&text);
            }
        }
    }
    if mapping.is_none() && next < positional.len() {
        return Err(vm.type_error("not all arguments converted during string formatting".into()));
    }
    Ok(Value::string(out))
}

fn percent_one(
    vm: &mut Vm,
    spec: &format::PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    value: &Value,
) -> PyResult<String> {
    let conv = spec.conversion;
    let base = vm.base_value(value);
    let r = match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.to_string(value)?,
                'r' => vm.repr(value)?.as_str().to_string(),
                _ => {
                    let r = vm.repr(value)?;
                    format::ascii_escape(r.as_str())
                }
            };
            format::format_percent_value(spec, width, precision, format::PercentValue::Str(&s))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
            let b = match &base {
                Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                    if f.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer".into()));
                    }
                    if f.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                }
                Value::Str(s) if conv == 'c' => {
                    return format::format_percent_value(
                        spec,
                        width,
                        precision,
                        format::PercentValue::Str(s.as_str()),
                    )
                    .map_err(|m| percent_err(vm, m));
                }
                other => match to_big(other) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(value);
                        let msg = match conv {
                            'x' | 'X' | 'o' => {
                                format!("%{conv} format: an integer is required, not {tn}")
                            }
                            'c' => "%c requires int or char".to_string(),
                            _ => format!("%{conv} format: a real number is required, not {tn}"),
                        };
                        return Err(vm.type_error(msg));
                    }
                },
            };
            format::format_percent_value(spec, width, precision, format::PercentValue::Int(&b))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match &base {
                Value::Float(f) => *f,
                other => match to_big(other) {
                    Some(b) => match big_to_f64(&b) {
                        Some(f) => f,
                        None => return Err(vm.overflow_error("int too large to convert to float")),
                    },
                    None => {
                        let tn = vm.type_name(value);
                        return Err(vm.type_error(format!("must be real number, not {tn}")));
                    }
                },
            };
            format::format_percent_value(spec, width, precision, format::PercentValue::Float(f))
        }
        _ => Err(format!(
            "unsupported format character '{}' ({:#x}) at index {}",
            conv, conv as u32, spec.index
        )),
    };
    r.map_err(|m| percent_err(vm, m))
}

fn percent_err(vm: &mut Vm, m: String) -> PyErr {
    if m.starts_with("%c requires")
        || m.contains("must be real number")
        || m.contains("is required")
    {
        vm.type_error(m)
    } else if m.contains("too large") || m.contains("not in range") {
        vm.overflow_error(&m)
    } else {
        vm.value_error(m)
    }
}

fn bi_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 0, 1)?;
    if args.pos.is_empty() {
        return bi_locals(vm, args);
    }
    let name = vm.names.dict.clone();
    match vm.getattr(&args.pos[0], &name) {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute".into())),
    }
}

fn bi_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &PyDict, names: &mut Vec<String>| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match args.pos.first() {
        None => {
            if let Some(f) = vm.frames.last() {
                let d = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                add_dict(&d, &mut names);
            }
        }
        Some(Value::Module(m)) => add_dict(&m.dict, &mut names),
        Some(Value::Class(c)) => {
            for k in c.mro_iter() {
                add_dict(&k.dict, &mut names);
            }
            names.extend(
                ["__class__", "__doc__", "__module__", "__dict__"]
                    .iter()
                    .map(|s| s.to_string()),
            );
        }
        Some(v) => {
            if let Value::Instance(i) = v {
                if let Some(d) = &i.dict {
                    add_dict(d, &mut names);
                }
            }
            let cls = vm.type_of(v);
            for k in cls.mro_iter() {
                add_dict(&k.dict, &mut names);
            }
            names.push("__class__".into());
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn bi_globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Ok(Value::Dict(Rc::new(PyDict::new()))),
    }
}

fn bi_locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Dict(caller_locals(vm)))
}

/// The running frame's local namespace: its dict, or for a function a snapshot of its
/// bound local variables, as CPython's `locals()` gives it.
fn caller_locals(vm: &Vm) -> Rc<PyDict> {
    let Some(f) = vm.frames.last() else {
        return Rc::new(PyDict::new());
    };
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let d = Rc::new(PyDict::new());
    for (i, name) in f.code.body().varnames.iter().enumerate() {
        let v = vm.stack.get(f.base + i).cloned().unwrap_or(Value::Unbound);
        if !matches!(v, Value::Unbound) {
            d.set_str(name.clone(), v);
        }
    }
    d
}

fn bi_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.to_string(p)?;
        vm.host.write(Stream::Stdout, &s);
    }
    let cls = vm.types.exc.eof_error.clone();
    Err(vm.new_error(&cls, "EOF when reading a line".into()))
}

fn bi_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.types.exc.system_exit.clone();
    let e = vm.new_exception(&cls, args.pos);
    Err(PyErr::Exception(e))
}

fn bi_build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Reached only from native code; class statements go through Vm::invoke's special case.
    let depth = vm.frames_depth();
    vm.start_class_body(args)?;
    vm.run_nested_public(depth)
}

fn bi_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__import__", &args, 1, 5)?;
    let name = arg_str(vm, &args.pos[0], "__import__() argument 1")?;
    match vm.import_module(name.as_str())? {
        Some(m) => Ok(m),
        None => Err(vm.runtime_error("import did not complete".into())),
    }
}

/// Compiles source with `compile` (a module body, or an expression) for `compile()`,
/// `exec()` or `eval()`; a syntax error is raised as CPython raises it, naming `filename`.
fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    compile: fn(&str, &str) -> Result<Rc<crate::bytecode::Code>, crate::error::CompileError>,
) -> PyResult<Rc<crate::bytecode::Code>> {
    match compile(source, filename) {
        Ok(c) => Ok(c),
        Err(e) => {
            let v = vm.syntax_error_value(&e, source, filename);
            Err(PyErr::Exception(v))
        }
    }
}

fn source_text(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Option<String>> {
    Ok(match vm.base_value(v) {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(&b.data).into_owned()),
        Value::Code(_) => None,
        _ => {
            return Err(vm.type_error(format!(
                "{func}() arg 1 must be a string, bytes or code object"
            )))
        }
    })
}

/// `compile(source, filename, mode)`: a code object for `exec()` or `eval()`. The
/// interactive `'single'` mode is not provided.
fn bi_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::modules::bind(
        vm,
        "compile",
        &args,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let filename = match &slots[1] {
        Some(v) => arg_str(vm, v, "compile() argument 'filename'")?
            .as_str()
            .to_string(),
        None => String::new(),
    };
    let mode = match &slots[2] {
        Some(v) => arg_str(vm, v, "compile() argument 'mode'")?
            .as_str()
            .to_string(),
        None => String::new(),
    };
    let compile = match mode.as_str() {
        "exec" => crate::compiler::compile_module_cached,
        "eval" => crate::compiler::compile_expression,
        "single" => {
            let cls = vm.types.exc.not_implemented_error.clone();
            return Err(vm.new_error(
                &cls,
                format!("compile() mode '{mode}' is not supported in mpplay yet"),
            ));
        }
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
    };
    let source = slots[0].clone().unwrap_or(Value::None);
    match source_text(vm, &source, "compile")? {
        Some(text) => Ok(Value::Code(compile_source(vm, &text, &filename, compile)?)),
        None => Ok(source),
    }
}

/// `exec(source_or_code, globals=None, locals=None)`: runs a module body with those
/// namespaces (by default the caller's) and returns None when it finishes.
fn bi_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::modules::bind(vm, "exec", &args, &["source", "globals", "locals"], 1)?;
    let code = code_to_run(
        vm,
        &slots[0],
        "exec",
        crate::compiler::compile_module_cached,
    )?;
    let (globals, locals) = namespaces(vm, &slots[1..], |globals, type_name| match globals {
        true => format!("exec() globals must be a dict, not {type_name}"),
        false => format!("locals must be a mapping or None, not {type_name}"),
    })?;
    run_code_in(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// `eval(source_or_code, globals=None, locals=None)`: the value of an expression (or of a
/// code object: None for a module body) in those namespaces, by default the caller's.
fn bi_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::modules::bind(vm, "eval", &args, &["source", "globals", "locals"], 1)?;
    // Leading spaces and tabs of text are dropped, as CPython's eval() drops them.
    let source = match slots[0].as_ref().map(|v| vm.base_value(v)) {
        Some(Value::Str(s)) => Some(Value::str(s.as_str().trim_start_matches([' ', '\t']))),
        _ => slots[0].clone(),
    };
    let code = code_to_run(vm, &source, "eval", crate::compiler::compile_expression)?;
    let (globals, locals) = namespaces(vm, &slots[1..], |globals, _| match globals {
        true => "globals must be a dict".to_string(),
        false => "locals must be a mapping".to_string(),
    })?;
    run_code_in(vm, code, globals, locals)
}

/// The code `exec()` or `eval()` runs: a code object as given, or text compiled by
/// `compile` under the name CPython gives it.
fn code_to_run(
    vm: &mut Vm,
    source: &Option<Value>,
    func: &str,
    compile: fn(&str, &str) -> Result<Rc<crate::bytecode::Code>, crate::error::CompileError>,
) -> PyResult<Rc<crate::bytecode::Code>> {
    let source = source.clone().unwrap_or(Value::None);
    match source_text(vm, &source, func)? {
        Some(text) => compile_source(vm, &text, "<string>", compile),
        None => match source {
            Value::Code(c) => Ok(c),
            _ => unreachable!("source_text accepts only text and code objects"),
        },
    }
}

/// The globals and locals `exec()`/`eval()` run in, from their arguments, as CPython picks
/// them: given globals alone serve as locals too; given neither, the caller's are used.
/// `refusal(is_globals, type_name)` words the TypeError for an argument that is not a dict.
fn namespaces(
    vm: &mut Vm,
    given: &[Option<Value>],
    refusal: fn(bool, &str) -> String,
) -> PyResult<(Rc<PyDict>, Rc<PyDict>)> {
    let dict = |vm: &mut Vm, v: &Option<Value>, is_globals: bool| match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Dict(d)) => Ok(Some(d.clone())),
        Some(other) => {
            let msg = refusal(is_globals, &vm.type_name(other));
            Err(vm.type_error(msg))
        }
    };
    let globals = dict(vm, &given[0], true)?;
    let locals = dict(vm, &given[1], false)?;
    let caller = vm
        .frames
        .last()
        .map(|f| f.globals.clone())
        .map(|g| (g, caller_locals(vm)));
    Ok(match (globals, locals, caller) {
        (Some(g), l, _) => {
            // CPython records the builtins in given globals that lack them; name lookups
            // here still use the engine's own builtins.
            if g.get_str(&PyStr::new("__builtins__".into())).is_none() {
                g.set_str_key("__builtins__", Value::Dict(vm.builtins.clone()));
            }
            (g.clone(), l.unwrap_or(g))
        }
        (None, l, Some((cg, cl))) => (cg, l.unwrap_or(cl)),
        (None, l, None) => {
            let g = Rc::new(PyDict::new());
            (g.clone(), l.unwrap_or(g))
        }
    })
}

/// Runs `code` as a module-level body in those namespaces; what it returns.
fn run_code_in(
    vm: &mut Vm,
    code: Rc<crate::bytecode::Code>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
) -> PyResult<Value> {
    let depth = vm.frames.len();
    let base = vm.stack.len();
    let cells: Box<[Rc<RefCell<Value>>]> = (0..code.body().cellvars.len())
        .map(|_| Rc::new(RefCell::new(Value::Unbound)))
        .collect();
    vm.frames.push(crate::vm::Frame {
        code,
        ip: 0,
        base,
        ret_sp: base,
        cells,
        globals,
        locals: Some(locals),
        blocks: Vec::new(),
        kind: crate::vm::FrameKind::Nested,
        generator: None,
    });
    vm.run_nested(depth)
}

// ----- special attributes -----

/// Attributes of builtin objects that are not in their class dict (`__name__` of a function,
/// `__class__`, `__dict__`, exception attributes...).
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
    let n = name.as_str();
    if n == "__class__" {
        return Ok(Some(Value::Class(vm.type_of(obj))));
    }
    Ok(match obj {
        Value::Instance(i) => {
            if n == "__dict__" {
                return Ok(i.dict.clone().map(Value::Dict));
            }
            if i.exc.is_some() {
                if let Some(v) = crate::exceptions::exc_attr(vm, i, n) {
                    return Ok(Some(v));
                }
            }
            if i.dict.is_none() {
                let native = i.native.borrow();
                if let Some(d) = native.as_ref().and_then(|b| b.downcast_ref::<PyDict>()) {
                    if let Some(v) = d.get_str(name) {
                        return Ok(Some(v));
                    }
                }
            }
            None
        }
        Value::Function(f) => match n {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.clone()),
            "__dict__" => Some(Value::Dict(f.dict.clone())),
            "__defaults__" => Some(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                if matches!(*a, Value::None) {
                    *a = Value::Dict(Rc::new(PyDict::new()));
                }
                Some(a.clone())
            }
            "__code__" => Some(Value::Code(f.code.clone())),
            _ => f.dict.get_str(name),
        },
        Value::Builtin(b) => match n {
            "__name__" | "__qualname__" => Some(Value::str(b.name)),
            "__doc__" => Some(Value::None),
            "__self__" => Some(b.this.clone().unwrap_or(Value::None)),
            "__module__" => Some(Value::str("builtins")),
            _ => None,
        },
        Value::BoundMethod(m) => match n {
            "__self__" => Some(m.this.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__dict__" => {
                let f = m.func.clone();
                Some(vm.getattr(&f, name)?)
            }
            _ => {
                let f = m.func.clone();
                if let Value::Function(func) = &f {
                    func.dict.get_str(name)
                } else {
                    None
                }
            }
        },
        Value::Generator(g) => match n {
            "__name__" => Some(Value::Str(g.name.clone())),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            _ => None,
        },
        Value::Code(c) => match n {
            "co_name" => Some(Value::Str(c.name.clone())),
            "co_filename" => Some(Value::str(&c.filename)),
            "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_varnames" => Some(Value::tuple(
                c.body()
                    .varnames
                    .iter()
                    .map(|v| Value::Str(v.clone()))
                    .collect(),
            )),
            _ => None,
        },
        Value::Property(p) => match n {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            _ => None,
        },
        Value::StaticMethod(f) | Value::ClassMethod(f) => match n {
            "__func__" => Some((**f).clone()),
            _ => None,
        },
        Value::Slice(s) => match n {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Range(r) => match n {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => match n {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match n {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        _ => None,
    })
}

/// Attributes every class has: `__name__`, `__qualname__`, `__mro__`, `__bases__`, ...
pub fn class_special_attr(vm: &mut Vm, c: &Rc<Class>, name: &PyStr) -> Option<Value> {
    Some(match name.as_str() {
        "__name__" => Value::Str(c.name()),
        "__qualname__" => Value::Str(c.qualname.borrow().clone()),
        "__mro__" => Value::tuple(c.mro_iter().map(|k| Value::Class(k.clone())).collect()),
        "__bases__" => Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect()),
        "__base__" => c
            .bases
            .first()
            .map(|b| Value::Class(b.clone()))
            .unwrap_or(Value::None),
        "__dict__" => Value::Dict(c.dict.clone()),
        "__class__" => Value::Class(vm.type_of(&Value::Class(c.clone()))),
        "__doc__" => c.dict.get_str(name).unwrap_or(Value::None),
        "__module__" => c
            .dict
            .get_str(name)
            .unwrap_or_else(|| Value::str("builtins")),
        _ => return None,
    })
}

// ----- repr of builtin values -----

/// `repr()` of builtin non-instance values.
pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Unbound => "<NULL>".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bytes(b) => format::bytes_repr(&b.data),
        Value::Tuple(t) => {
            if t.items.len() == 1 {
                let r = vm.repr_nested(&t.items[0])?;
                format!("({},)", r)
            } else {
                let parts = repr_items(vm, &t.items)?;
                format!("({})", parts.join(", "))
            }
        }
        Value::List(l) => {
            if !vm.enter_repr(v) {
                return Ok("[...]".into());
            }
            let items = l.items.borrow().clone();
            let parts = repr_items(vm, &items);
            vm.leave_repr(v);
            format!("[{}]", parts?.join(", "))
        }
        Value::Dict(d) => {
            if !vm.enter_repr(v) {
                return Ok("{...}".into());
            }
            let r = dict_repr(vm, d);
            vm.leave_repr(v);
            r?
        }
        Value::Set(s) => {
            let items = s.items();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                format!("{name}()")
            } else {
                let parts = repr_items(vm, &items)?;
                if s.frozen {
                    format!("frozenset({{{}}})", parts.join(", "))
                } else {
                    format!("{{{}}}", parts.join(", "))
                }
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => {
            let (a, b, c) = (vm.repr(&s.start)?, vm.repr(&s.stop)?, vm.repr(&s.step)?);
            format!("slice({}, {}, {})", a.as_str(), b.as_str(), c.as_str())
        }
        Value::Function(f) => format!(
            "<function {} at {:#014x}>",
            f.qualname.borrow().as_str(),
            v.ptr().unwrap_or(0)
        ),
        Value::Builtin(b) => match &b.this {
            Some(this) if !matches!(this, Value::Module(_)) => {
                let tn = vm.type_name(this);
                format!(
                    "<built-in method {} of {} object at {:#014x}>",
                    b.name,
                    tn,
                    this.ptr().unwrap_or(0)
                )
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                _ => "?".into(),
            };
            let this = vm.repr(&m.this)?;
            format!("<bound method {} of {}>", fname, this.as_str())
        }
        Value::Class(c) => {
            let module = match c.dict.get_str(&vm.names.module) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "builtins".into(),
            };
            if module == "builtins" {
                format!("<class '{}'>", c.qualname.borrow().as_str())
            } else {
                format!("<class '{}.{}'>", module, c.qualname.borrow().as_str())
            }
        }
        Value::Module(m) => {
            if crate::modules::is_builtin_module(m.name.as_str()) {
                format!("<module '{}' (built-in)>", m.name.as_str())
            } else {
                format!("<module '{}'>", m.name.as_str())
            }
        }
        Value::Iter(i) => {
            let tn = crate::objects::iter_type_name(&i.state.borrow());
            format!("<{} object at {:#014x}>", tn, v.ptr().unwrap_or(0))
        }
        Value::Generator(g) => format!(
            "<generator object {} at {:#014x}>",
            g.qualname.as_str(),
            v.ptr().unwrap_or(0)
        ),
        Value::Property(_) => format!("<property object at {:#014x}>", v.ptr().unwrap_or(0)),
        Value::StaticMethod(_) => {
            format!("<staticmethod object at {:#014x}>", v.ptr().unwrap_or(0))
        }
        Value::ClassMethod(_) => format!("<classmethod object at {:#014x}>", v.ptr().unwrap_or(0)),
        Value::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            s.class.name().as_str(),
            vm.type_name(&s.this)
        ),
        Value::Code(c) => format!(
            "<code object {} at {:#014x}, file \"{}\", line {}>",
            c.name.as_str(),
            v.ptr().unwrap_or(0),
            c.filename,
            c.first_line
        ),
        Value::Cell(_) => format!("<cell at {:#014x}>", v.ptr().unwrap_or(0)),
        Value::Instance(i) if i.exc.is_some() => crate::exceptions::exc_repr(vm, v)?,
        Value::Instance(i) if i.class.layout == Layout::Builtin => {
            let b = i.base.borrow().clone();
            vm.repr(&b)?.as_str().to_string()
        }
        other => vm.default_repr(other),
    })
}

fn repr_items(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(vm.repr_nested(x)?);
    }
    Ok(parts)
}

fn dict_repr(vm: &mut Vm, d: &PyDict) -> PyResult<String> {
    let items = d.items();
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        let ks = vm.repr_nested(&k)?;
        let vs = vm.repr_nested(&v)?;
        parts.push(format!("{ks}: {vs}"));
    }
    Ok(format!("{{{}}}", parts.join(", ")))
}

impl Vm {
    /// repr of a container item, guarding the native stack against deep nesting.
    pub fn repr_nested(&mut self, v: &Value) -> PyResult<String> {
        if self.native_depth > self.limits.native_depth * 4 {
            let cls = self.types.exc.recursion_error.clone();
            return Err(self.new_error(
                &cls,
                "maximum recursion depth exceeded while getting the repr of an object".into(),
            ));
        }
        self.native_depth += 1;
        let r = self.repr(v);
        self.native_depth -= 1;
        Ok(r?.as_str().to_string())
    }

    /// Marks a container as being repr'd; false if it already is (a cycle).
    pub fn enter_repr(&mut self, v: &Value) -> bool {
        let p = v.ptr().unwrap_or(0);
        if self.repr_guard.contains(&p) {
            return false;
        }
        self.repr_guard.push(p);
        true
    }

    pub fn leave_repr(&mut self, v: &Value) {
        let p = v.ptr().unwrap_or(0);
        if let Some(i) = self.repr_guard.iter().rposition(|x| *x == p) {
            self.repr_guard.remove(i);
        }
    }
}

// ----- subscripts of builtin values -----

/// Resolves slice bounds like PySlice_AdjustIndices: (start, stop, step, length).
pub fn slice_indices(vm: &mut Vm, s: &PySlice, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let step = if s.step.is_none() {
        1
    } else {
        clamp_index(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = clamp_index(vm, v)?;
        if i < 0 {
            i += len;
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = adjust(vm, &s.start, if step < 0 { upper } else { lower })?;
    let stop = adjust(vm, &s.stop, if step < 0 { lower } else { upper })?;
    let slen = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, slen))
}

fn clamp_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Long(b) => Ok(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_value(v),
        _ => Err(vm.type_error(
            "slice indices must be integers or None or have an __index__ method".into(),
        )),
    }
}

/// Normalizes a sequence index, or raises IndexError with `what`'s message.
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Long(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(_) => vm.index_value(key)?,
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {tn}"
            )));
        }
    };
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        return Err(if what == "index" {
            vm.index_error("index out of range")
        } else {
            vm.index_error(&format!("{what} index out of range"))
        });
    }
    Ok(idx as usize)
}

pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = l.items.borrow().clone();
                let (start, _, step, n) = slice_indices(vm, s, items.len() as i64)?;
                return Ok(Value::list(
                    (0..n)
                        .map(|i| items[(start + i * step) as usize].clone())
                        .collect(),
                ));
            }
            let len = l.items.borrow().len();
            let i = seq_index(vm, key, len, "list")?;
            Ok(l.items.borrow()[i].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let (start, _, step, n) = slice_indices(vm, s, t.items.len() as i64)?;
                return Ok(Value::tuple(
                    (0..n)
                        .map(|i| t.items[(start + i * step) as usize].clone())
                        .collect(),
                ));
            }
            let i = seq_index(vm, key, t.items.len(), "tuple")?;
            Ok(t.items[i].clone())
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let len = s.char_len() as i64;
                let (start, stop, step, n) = slice_indices(vm, sl, len)?;
                if step == 1 {
                    return Ok(Value::str(
                        s.substring(start as usize, stop.max(start) as usize),
                    ));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n).map(|i| chars[(start + i * step) as usize]).collect();
                return Ok(Value::string(out));
            }
            if !matches!(
                key,
                Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_)
            ) {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!("string indices must be integers, not '{tn}'")));
            }
            let i = seq_index(vm, key, s.char_len(), "string")?;
            Ok(Value::string(
                s.char_at(i).map(|c| c.to_string()).unwrap_or_default(),
            ))
        }
        Value::Bytes(b) => {
            if let Value::Slice(s) = key {
                let (start, _, step, n) = slice_indices(vm, s, b.data.len() as i64)?;
                return Ok(Value::bytes(
                    (0..n)
                        .map(|i| b.data[(start + i * step) as usize])
                        .collect(),
                ));
            }
            let i = seq_index(vm, key, b.data.len(), "index")?;
            Ok(Value::Int(b.data[i] as i64))
        }
        Value::Range(r) => {
            if let Value::Slice(s) = key {
                let (start, _, step, n) = slice_indices(vm, s, r.len())?;
                let nstart = r.start + start * r.step;
                let nstep = r.step * step;
                let nstop = nstart + n * nstep;
                return Ok(Value::Range(Rc::new(PyRange {
                    start: nstart,
                    stop: nstop,
                    step: nstep,
                })));
            }
            let i = seq_index(vm, key, r.len() as usize, "range object")?;
            Ok(Value::Int(r.get(i as i64)))
        }
        Value::Dict(d) => match vm.dict_get(d, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key.clone())),
        },
        _ => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
        }
    }
}

// ----- constructors -----

/// Calls a builtin type: `int("3")`, `list(x)`, `type(x)`, ...
pub fn construct_builtin(vm: &mut Vm, cls: &Rc<Class>, id: TypeId, args: Args) -> PyResult<Value> {
    crate::methods::construct(vm, cls, id, args)
}

/// The builtin value an instance of a subclass of a builtin type starts with.
pub fn default_base_value(vm: &mut Vm, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
    let builtin = cls
        .mro_iter()
        .find_map(|c| c.builtin.filter(|id| !matches!(id, TypeId::Object)));
    match builtin {
        Some(TypeId::Dict) => Ok(Value::Dict(Rc::new(PyDict::new()))),
        Some(TypeId::List) => Ok(Value::list(vec![])),
        Some(TypeId::Set) => Ok(Value::Set(Rc::new(PySet::new(false)))),
        Some(
            id @ (TypeId::Tuple
            | TypeId::Str
            | TypeId::Int
            | TypeId::Float
            | TypeId::FrozenSet
            | TypeId::Bytes),
        ) => {
            // Immutable bases take their value at creation.
            let base_cls = match id {
                TypeId::Tuple => vm.types.tuple.clone(),
                TypeId::Str => vm.types.str.clone(),
                TypeId::Int => vm.types.int.clone(),
                TypeId::Float => vm.types.float.clone(),
                TypeId::FrozenSet => vm.types.frozenset.clone(),
                _ => vm.types.bytes.clone(),
            };
            let first = args
                .pos
                .first()
                .cloned()
                .map(|v| vec![v])
                .unwrap_or_default();
            crate::methods::construct(vm, &base_cls, id, Args::new(first))
        }
        _ => Ok(Value::None),
    }
}

/// Creates a class object from a name, bases and namespace (class statement or `type()`).
pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Rc<Class>>,
    namespace: Rc<PyDict>,
    meta: Option<Rc<Class>>,
) -> PyResult<Rc<Class>> {
    let mro = match crate::types::c3_mro(&bases) {
        Some(m) => m,
        None => {
            let names: Vec<String> = bases
                .iter()
                .map(|b| b.name().as_str().to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    let layout = bases
        .iter()
        .map(|b| b.layout)
        .find(|l| *l != Layout::Object)
        .unwrap_or(Layout::Object);
    let builtin = bases
        .iter()
        .find_map(|b| b.builtin.filter(|id| *id == TypeId::BaseException));
    namespace.del_str(&PyStr::new("__classcell__".into()));
    // A plain `__init_subclass__` is a class method without saying so.
    if let Some(f @ Value::Function(_)) = namespace.get_str(&vm.names.init_subclass) {
        namespace.set_str(
            vm.names.init_subclass.clone(),
            Value::ClassMethod(Rc::new(f)),
        );
    }
    let slots_v = namespace.get_str(&vm.names.slots);
    let own_slots: Option<Vec<Rc<PyStr>>> = match slots_v {
        Some(v) => {
            let items = match &v {
                Value::Str(s) => vec![Value::Str(s.clone())],
                other => vm.collect_iterable(other)?,
            };
            Some(
                items
                    .into_iter()
                    .filter_map(|x| if let Value::Str(s) = x { Some(s) } else { None })
                    .collect(),
            )
        }
        None => None,
    };
    // A class has no __dict__ only if it and every base declare __slots__.
    let slots = match own_slots {
        Some(mut s) => {
            let mut all_slotted = true;
            for b in &bases {
                if b.builtin == Some(TypeId::Object) {
                    continue;
                }
                match &b.slots {
                    Some(bs) => s.extend(bs.iter().cloned()),
                    None => all_slotted = false,
                }
            }
            if all_slotted && !s.iter().any(|x| x.as_str() == "__dict__") {
                Some(s)
            } else {
                None
            }
        }
        None => None,
    };
    // A class that defines __eq__ but not __hash__ is unhashable.
    if namespace.get_str(&vm.names.eq).is_some() && namespace.get_str(&vm.names.hash).is_none() {
        namespace.set_str(vm.names.hash.clone(), Value::None);
    }
    if namespace.get_str(&vm.names.doc).is_none() {
        namespace.set_str(vm.names.doc.clone(), Value::None);
    }
    let n = Rc::new(PyStr::new(name.to_string()));
    let qualname = match namespace.get_str(&vm.names.qualname) {
        Some(Value::Str(q)) => q,
        _ => n.clone(),
    };
    namespace.del_str(&vm.names.qualname);
    let cls = Rc::new(Class {
        name: RefCell::new(n),
        qualname: RefCell::new(qualname),
        bases,
        mro,
        dict: namespace,
        layout,
        builtin: builtin.or(if layout == Layout::Native {
            Some(TypeId::Native)
        } else {
            None
        }),
        slots,
        meta,
    });
    Ok(cls)
}

/// Adds the `object` methods every class inherits.
pub fn install_object_methods(vm: &mut Vm) {
    let o = vm.types.object.clone();
    add_method(&o, "__init__", obj_init);
    add_method(&o, "__repr__", obj_repr);
    add_method(&o, "__str__", obj_str);
    add_method(&o, "__eq__", obj_eq);
    add_method(&o, "__ne__", obj_ne);
    add_method(&o, "__hash__", obj_hash);
    add_method(&o, "__setattr__", obj_setattr);
    add_method(&o, "__getattribute__", obj_getattribute);
    add_method(&o, "__delattr__", obj_delattr);
    add_method(&o, "__format__", obj_format);
    add_method(&o, "__dir__", obj_dir);
    add_method(&o, "__reduce_ex__", obj_reduce);
    add_method(&o, "__init_subclass__", bi_noop);
    crate::types::add_static(&o, "__new__", obj_new);
}

fn obj_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn obj_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object".into())),
    };
    let rest = Args::new(args.pos[1..].to_vec());
    if cls.layout == Layout::Object {
        return vm.new_instance(&cls, &Args::new(vec![]));
    }
    vm.new_instance(&cls, &rest)
}

fn obj_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let s = match &v {
        Value::Instance(i) if i.exc.is_none() && i.class.layout != Layout::Builtin => {
            vm.default_repr(&v)
        }
        other => builtin_repr(vm, other)?,
    };
    Ok(Value::string(s))
}

fn obj_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(i) = &v {
        if i.exc.is_some() {
            return crate::exceptions::exc_str(vm, &v);
        }
    }
    Ok(Value::Str(vm.repr(&v)?))
}

fn obj_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Ok(Value::NotImplemented);
    }
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn obj_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Ok(Value::NotImplemented);
    }
    let r = vm.compare(&args.pos[0], &args.pos[1], CmpOp::Eq)?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn obj_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(crate::pyhash::hash_pointer(
        v.ptr().unwrap_or(0),
    )))
}

fn obj_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 3, 3)?;
    let name = arg_str(vm, &args.pos[1], "attribute name")?;
    match &args.pos[0] {
        Value::Instance(i) => {
            let i = i.clone();
            vm.generic_setattr(&args.pos[0], &i, &name, args.pos[2].clone())?;
        }
        other => vm.setattr(other, &name, args.pos[2].clone())?,
    }
    Ok(Value::None)
}

fn obj_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__getattribute__", &args, 2, 2)?;
    let name = arg_str(vm, &args.pos[1], "attribute name")?;
    vm.getattr(&args.pos[0], &name)
}

fn obj_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delattr__", &args, 2, 2)?;
    let name = arg_str(vm, &args.pos[1], "attribute name")?;
    vm.generic_delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn obj_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__format__", &args, 2, 2)?;
    let spec = arg_str(vm, &args.pos[1], "format spec")?;
    if !spec.as_str().is_empty() {
        let tn = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.to_str(&args.pos[0])
}

fn obj_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bi_dir(vm, args)
}

fn obj_reduce(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle this object".into()))
}

/// `super()` and `super(cls, obj)`.
pub fn bi_super(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, this) = match args.pos.len() {
        2 => match &args.pos[0] {
            Value::Class(c) => (c.clone(), args.pos[1].clone()),
            _ => return Err(vm.type_error("super() argument 1 must be a type".into())),
        },
        0 => {
            let Some(f) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no arguments".into()));
            };
            let code = f.code.clone();
            let idx = code
                .body()
                .freevars
                .iter()
                .position(|n| n.as_str() == "__class__");
            let cell = idx.map(|i| f.cells[code.body().cellvars.len() + i].borrow().clone());
            let cls = match cell {
                Some(Value::Class(c)) => c,
                Some(_) => return Err(vm.runtime_error("super(): empty __class__ cell".into())),
                None => return Err(vm.runtime_error("super(): __class__ cell not found".into())),
            };
            let Some(f) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no arguments".into()));
            };
            if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments".into()));
            }
            // The first argument may have been moved into a cell.
            let this = match code.body().cell_params.iter().find(|(_, p)| *p == 0) {
                Some((ci, _)) => f.cells[*ci as usize].borrow().clone(),
                None => vm.stack.get(f.base).cloned().unwrap_or(Value::None),
            };
            (cls, this)
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments".into())),
    };
    Ok(Value::Super(Rc::new(SuperObj { class: cls, this })))
}

pub fn as_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Long(b) => match big_to_f64(b) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup(&vm.names.float_) {
                let r = vm.call_dunder(&f, v, vec![])?;
                return as_f64(vm, &r);
            }
            if i.class.layout == Layout::Builtin {
                let b = i.base.borrow().clone();
                return as_f64(vm, &b);
            }
            let tn = i.class.name();
            Err(vm.type_error(format!("must be real number, not {}", tn.as_str())))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

pub fn big_of(v: &Value) -> Option<BigInt> {
    to_big(v)
}

pub fn i64_of(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Long(b) => b.to_i64(),
        _ => None,
    }
}
