//! Standard modules: native ones implemented in Rust (`sys`, `time`, `os`, `math`, `random`,
//! `re`, `pickle`, `urllib.request`, and `_traceback`, `_struct` and `_hashlib` under
//! `traceback`, `struct` and `hashlib`) and the ones written in Python under `stdlib/`
//! (collections, collections.abc, itertools, functools, copy, string, json, datetime, heapq,
//! array, types, typing, operator, bisect, contextlib, __future__, dataclasses, traceback,
//! logging, logging.handlers, atexit, ctypes, abc, enum, struct, io, statistics, textwrap,
//! timeit, hashlib, hmac, csv, uuid, fnmatch, pathlib), compiled when first imported.

pub mod hashlib;
pub mod math;
pub mod os;
pub mod pickle;
pub mod random;
pub mod re;
pub mod structs;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod urllib;

use crate::host::Stream;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Sources of the modules written in Python.
pub fn python_module_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("../stdlib/collections.py"),
        "collections.abc" => include_str!("../stdlib/collections_abc.py"),
        "itertools" => include_str!("../stdlib/itertools.py"),
        "functools" => include_str!("../stdlib/functools.py"),
        "copy" => include_str!("../stdlib/copy.py"),
        "string" => include_str!("../stdlib/string.py"),
        "json" => include_str!("../stdlib/json.py"),
        "datetime" => include_str!("../stdlib/datetime.py"),
        "heapq" => include_str!("../stdlib/heapq.py"),
        "array" => include_str!("../stdlib/array.py"),
        "types" => include_str!("../stdlib/types.py"),
        "typing" => include_str!("../stdlib/typing.py"),
        "operator" => include_str!("../stdlib/operator.py"),
        "bisect" => include_str!("../stdlib/bisect.py"),
        "contextlib" => include_str!("../stdlib/contextlib.py"),
        "__future__" => include_str!("../stdlib/__future__.py"),
        "dataclasses" => include_str!("../stdlib/dataclasses.py"),
        "traceback" => include_str!("../stdlib/traceback.py"),
        "logging" => include_str!("../stdlib/logging.py"),
        "logging.handlers" => include_str!("../stdlib/logging_handlers.py"),
        "atexit" => include_str!("../stdlib/atexit.py"),
        "ctypes" => include_str!("../stdlib/ctypes.py"),
        "abc" => include_str!("../stdlib/abc.py"),
        "enum" => include_str!("../stdlib/enum.py"),
        "struct" => include_str!("../stdlib/struct.py"),
        "io" => include_str!("../stdlib/io.py"),
        "statistics" => include_str!("../stdlib/statistics.py"),
        "textwrap" => include_str!("../stdlib/textwrap.py"),
        "hashlib" => include_str!("../stdlib/hashlib.py"),
        "timeit" => include_str!("../stdlib/timeit.py"),
        "csv" => include_str!("../stdlib/csv.py"),
        "hmac" => include_str!("../stdlib/hmac.py"),
        "uuid" => include_str!("../stdlib/uuid.py"),
        "fnmatch" => include_str!("../stdlib/fnmatch.py"),
        "pathlib" => include_str!("../stdlib/pathlib.py"),
        _ => return None,
    })
}

/// Builds a native module by name, or `None` if there is no such native module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => sys::make(vm),
        "time" => time::make(vm),
        "os" => os::make(vm),
        "os.path" => os::make_path(vm),
        "math" => math::make(vm),
        "random" => random::make(vm),
        "pickle" | "_pickle" => pickle::make(vm, name),
        "re" => re::make(vm),
        "_traceback" => traceback::make(vm),
        "_struct" => structs::make(vm),
        "_hashlib" => hashlib::make(vm),
        "urllib" => urllib::make_package(vm),
        "urllib.request" => urllib::make_request(vm),
        "urllib.error" => urllib::make_error(vm),
        "urllib.parse" => urllib::make_parse(vm),
        "builtins" => {
            let m = Rc::new(Module {
                name: Rc::new(PyStr::new("builtins".into())),
                dict: vm.builtins.clone(),
            });
            Value::Module(m)
        }
        _ => return Ok(None),
    };
    Ok(Some(m))
}

/// Whether `repr()` of the module says "(built-in)".
pub fn is_builtin_module(name: &str) -> bool {
    matches!(name, "sys" | "time" | "math" | "builtins")
}

/// Attributes computed on access (`sys.stdout` set up lazily, submodules).
pub fn module_lazy_attr(vm: &mut Vm, m: &Rc<Module>, name: &PyStr) -> PyResult<Option<Value>> {
    let full = format!("{}.{}", m.name.as_str(), name.as_str());
    if matches!(
        full.as_str(),
        "os.path" | "urllib.request" | "collections.abc"
    ) {
        if let Some(sub) = vm.import_module(&full)? {
            m.dict
                .set_str(Rc::new(PyStr::new(name.as_str().to_string())), sub.clone());
            return Ok(Some(sub));
        }
    }
    Ok(None)
}

/// If `file` is `sys.stdout` or `sys.stderr`, which stream it is.
pub fn std_stream_of(vm: &Vm, file: &Value) -> Option<Stream> {
    if let Value::Instance(i) = file {
        if let Some(s) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Stream>())
        {
            let _ = vm;
            return Some(*s);
        }
    }
    None
}

/// Makes a module with the given functions.
/// A native module's exception class (`re.error`, `struct.error`): made once per VM and
/// kept under `key`; `made` says whether this call made it.
pub fn exception_class(
    vm: &mut Vm,
    key: &'static str,
    module: &str,
    name: &str,
) -> (Rc<Class>, bool) {
    if let Some(c) = vm.classes.get(key) {
        return (c.clone(), false);
    }
    let c = crate::types::new_class(
        name,
        vec![vm.types.exc.exception.clone()],
        Layout::Exception,
        Some(crate::types::TypeId::BaseException),
    );
    c.dict.set_str_key("__module__", Value::str(module));
    vm.classes.insert(key, c.clone());
    (c, true)
}

/// An instance, with attributes `d`, of the plain class `qualified` names ("os.stat_result":
/// its module, a dot, its name), made on first use; `native` is what the engine keeps in it.
pub fn new_object(
    vm: &mut Vm,
    qualified: &'static str,
    d: crate::dict::PyDict,
    native: Option<Box<dyn std::any::Any>>,
) -> Value {
    let cls = match vm.classes.get(qualified) {
        Some(c) => c.clone(),
        None => {
            let (module, name) = qualified
                .rsplit_once('.')
                .unwrap_or(("builtins", qualified));
            let c =
                crate::types::new_class(name, vec![vm.types.object.clone()], Layout::Object, None);
            c.dict.set_str_key("__module__", Value::str(module));
            vm.classes.insert(qualified, c.clone());
            c
        }
    };
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(d)),
        base: std::cell::RefCell::new(Value::None),
        exc: None,
        native: std::cell::RefCell::new(native),
    }))
}

pub fn new_native_module(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
) -> Rc<Module> {
    let m = vm.new_module(name);
    for (n, f) in funcs {
        m.dict.set_str_key(n, builtin_function(n, *f));
    }
    m
}

/// The bytes of a bytes-like argument; CPython's words for anything else.
pub(crate) fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(b.data.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A builtin function (not a method) named `name`. Out of line, as `types::interned` says.
#[inline(never)]
pub fn builtin_function(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        this: None,
        data: None,
        method: false,
    }))
}

/// Binds a native function's arguments like a Python function `qual(params...)` whose
/// first `required` parameters are required; CPython's messages for what does not fit.
pub fn bind(
    vm: &mut Vm,
    qual: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let np = params.len();
    if args.pos.len() > np {
        let msg = if required == np {
            format!(
                "{qual}() takes {np} positional argument{} but {} were given",
                if np == 1 { "" } else { "s" },
                args.pos.len()
            )
        } else {
            format!(
                "{qual}() takes from {required} to {np} positional arguments but {} were given",
                args.pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = vec![None; np];
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "{qual}() got multiple values for argument '{}'",
                    k.as_str()
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{qual}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    let missing: Vec<String> = (0..required)
        .filter(|i| slots[*i].is_none())
        .map(|i| format!("'{}'", params[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(vm.type_error(format!(
            "{qual}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(slots)
}
