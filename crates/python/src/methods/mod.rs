//! Methods of the builtin types, one module per type, and their constructors
//! (`int(x)`, `str(x)`, `list(it)`, `type(name, bases, ns)`, ...).

pub mod bytearray;
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod list;
pub mod misc;
pub mod number;
pub mod set;
pub mod str;
pub mod str_format;

use crate::builtins::{check_args, take_kw};
use crate::dict::PyDict;
use crate::types::TypeId;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Adds every builtin type's methods to its class.
pub fn install(vm: &mut Vm) {
    crate::builtins::install_object_methods(vm);
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    number::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    complex::install(vm);
    misc::install(vm);
}

/// Constructs a value of an exact builtin type.
pub fn construct(vm: &mut Vm, cls: &Rc<Class>, id: TypeId, mut args: Args) -> PyResult<Value> {
    let name = cls.name();
    let name = name.as_str();
    match id {
        TypeId::Int => number::construct_int(vm, args),
        TypeId::Bool => {
            check_args(vm, "bool", &args, 0, 1)?;
            match args.pos.first() {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        TypeId::Float => number::construct_float(vm, args),
        TypeId::Str => str::construct_str(vm, args),
        TypeId::Bytes => bytes::construct_bytes(vm, args),
        TypeId::ByteArray => match bytes::construct_bytes(vm, args)? {
            Value::Bytes(b) => Ok(bytearray::new_bytearray(vm, b.data.clone())),
            other => Ok(other),
        },
        TypeId::Tuple => {
            check_args(vm, "tuple", &args, 0, 1)?;
            match args.pos.first() {
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        TypeId::List => {
            check_args(vm, "list", &args, 0, 1)?;
            match args.pos.first() {
                Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
                None => Ok(Value::list(vec![])),
            }
        }
        TypeId::Dict => {
            let d = Rc::new(PyDict::new());
            dict::update_from_args(vm, &d, args)?;
            Ok(Value::Dict(d))
        }
        TypeId::Set | TypeId::FrozenSet => {
            let frozen = id == TypeId::FrozenSet;
            check_args(vm, name, &args, 0, 1)?;
            let s = crate::set::PySet::new(frozen);
            if let Some(v) = args.pos.first() {
                set::fill_from(vm, &s, v)?;
            }
            Ok(Value::Set(Rc::new(s)))
        }
        TypeId::Range => {
            check_args(vm, "range", &args, 1, 3)?;
            let mut nums = Vec::new();
            for a in &args.pos {
                nums.push(crate::builtins::arg_int(vm, a)?);
            }
            let (start, stop, step) = match nums.len() {
                1 => (0, nums[0], 1),
                2 => (nums[0], nums[1], 1),
                _ => (nums[0], nums[1], nums[2]),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero".into()));
            }
            Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
        }
        TypeId::Slice => {
            check_args(vm, "slice", &args, 1, 3)?;
            let p = &args.pos;
            let (start, stop, step) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
        }
        TypeId::Type => {
            if args.pos.len() == 1 && args.kw.is_empty() {
                return Ok(Value::Class(vm.type_of(&args.pos[0])));
            }
            check_args(vm, "type", &Args::new(args.pos.clone()), 3, 3)?;
            let (name, bases, ns) = crate::methods::misc::class_args(vm, &args.pos)?;
            vm.build_class(name, bases, ns, Value::None, args.kw)
        }
        TypeId::Object => {
            check_args(vm, "object", &args, 0, 0)?;
            vm.new_instance(cls, &Args::new(vec![]))
        }
        TypeId::Property => {
            let fget = take_kw(&mut args, "fget")
                .or_else(|| args.pos.first().cloned())
                .unwrap_or(Value::None);
            let fset = take_kw(&mut args, "fset")
                .or_else(|| args.pos.get(1).cloned())
                .unwrap_or(Value::None);
            let fdel = take_kw(&mut args, "fdel")
                .or_else(|| args.pos.get(2).cloned())
                .unwrap_or(Value::None);
            let doc = take_kw(&mut args, "doc")
                .or_else(|| args.pos.get(3).cloned())
                .unwrap_or(Value::None);
            let doc = if doc.is_none() {
                match &fget {
                    Value::Function(f) => f.doc.borrow().clone(),
                    _ => Value::None,
                }
            } else {
                doc
            };
            Ok(Value::Property(Rc::new(Property {
                fget,
                fset,
                fdel,
                doc,
            })))
        }
        TypeId::StaticMethod => {
            check_args(vm, "staticmethod", &args, 1, 1)?;
            Ok(Value::StaticMethod(Rc::new(args.pos[0].clone())))
        }
        TypeId::ClassMethod => {
            check_args(vm, "classmethod", &args, 1, 1)?;
            Ok(Value::ClassMethod(Rc::new(args.pos[0].clone())))
        }
        TypeId::Super => crate::builtins::bi_super(vm, args),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `self` of a builtin method, unwrapping subclass instances to their builtin value.
pub fn this(vm: &Vm, args: &Args) -> Value {
    match args.pos.first() {
        Some(v) => vm.base_value(v),
        None => Value::None,
    }
}
