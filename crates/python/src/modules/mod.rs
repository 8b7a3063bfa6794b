//! Standard modules: native ones implemented in Rust (`sys`, `time`, `os`, `math`, `random`,
//! `re`, `urllib.request`) and the ones written in Python under `stdlib/` (collections,
//! itertools, functools, copy, string, json, datetime), compiled when first imported.

pub mod math;
pub mod os;
pub mod random;
pub mod re;
pub mod sys;
pub mod time;
pub mod urllib;

use crate::host::Stream;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Sources of the modules written in Python.
pub fn python_module_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("../stdlib/collections.py"),
        "itertools" => include_str!("../stdlib/itertools.py"),
        "functools" => include_str!("../stdlib/functools.py"),
        "copy" => include_str!("../stdlib/copy.py"),
        "string" => include_str!("../stdlib/string.py"),
        "json" => include_str!("../stdlib/json.py"),
        "datetime" => include_str!("../stdlib/datetime.py"),
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
        "re" => re::make(vm),
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
    if matches!(full.as_str(), "os.path" | "urllib.request") {
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
pub fn new_native_module(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
) -> Rc<Module> {
    let m = vm.new_module(name);
    for (n, f) in funcs {
        m.dict.set_str_key(
            n,
            Value::Builtin(Rc::new(Builtin {
                name: n,
                func: *f,
                this: None,
                data: None,
            })),
        );
    }
    m
}
