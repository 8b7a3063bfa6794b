//! `sys`: argv, exit, stdout/stderr, version_info, recursion limit, modules, path, maxsize,
//! the exception being handled, and `_getframe` (a snapshot of the calling frames).

use crate::host::Stream;
use crate::types::{add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getsizeof", getsizeof),
            ("exc_info", exc_info),
            ("exception", exception),
            ("_getframe", getframe),
        ],
    );
    let argv: Vec<Value> = vm.host.argv().into_iter().map(Value::string).collect();
    m.dict.set_str_key("argv", Value::list(argv));
    m.dict.set_str_key("stdout", std_stream(vm, Stream::Stdout));
    m.dict.set_str_key("stderr", std_stream(vm, Stream::Stderr));
    m.dict.set_str_key("maxsize", Value::Int(i64::MAX));
    m.dict.set_str_key("platform", Value::str("emscripten"));
    m.dict.set_str_key("byteorder", Value::str("little"));
    m.dict.set_str_key("version", Value::str("3.11.7 (mpplay)"));
    m.dict.set_str_key("executable", Value::str("python3"));
    m.dict.set_str_key(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    m.dict
        .set_str_key("path", Value::list(vec![Value::str("")]));
    // The modules imported so far; `Vm::add_module` adds the later ones (and `sys`).
    let modules = Rc::new(crate::dict::PyDict::new());
    let mut names: Vec<&String> = vm.modules.keys().collect();
    names.sort();
    for name in names {
        modules.set_str_key(name, vm.modules[name].clone());
    }
    m.dict.set_str_key("modules", Value::Dict(modules.clone()));
    vm.sys_modules = Some(modules);
    Value::Module(m)
}

fn std_stream(vm: &mut Vm, stream: Stream) -> Value {
    let cls = match vm.classes.get("TextIOWrapper.std") {
        Some(c) => c.clone(),
        None => {
            let c = new_class(
                "TextIOWrapper",
                vec![vm.types.object.clone()],
                Layout::Native,
                Some(TypeId::Native),
            );
            c.dict.set_str_key("__module__", Value::str("_io"));
            add_method(&c, "write", stream_write);
            add_method(&c, "flush", stream_flush);
            add_method(&c, "isatty", stream_isatty);
            vm.classes.insert("TextIOWrapper.std", c.clone());
            c
        }
    };
    let dict = crate::dict::PyDict::new();
    let name = match stream {
        Stream::Stdout => "<stdout>",
        Stream::Stderr => "<stderr>",
    };
    dict.set_str_key("name", Value::str(name));
    dict.set_str_key("mode", Value::str("w"));
    dict.set_str_key("encoding", Value::str("utf-8"));
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(dict)),
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(stream))),
    }))
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", &args, 2, 2)?;
    let s = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
        }
    };
    if let Some(stream) = super::std_stream_of(vm, &args.pos[0]) {
        vm.host.write(stream, s.as_str());
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "exit", &args, 0, 1)?;
    let cls = vm.types.exc.system_exit.clone();
    let e = vm.new_exception(&cls, args.pos);
    Err(PyErr::Exception(e))
}

/// The exception being handled (in an `except` body or a function it calls), or None.
fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "exception", &args, 0, 0)?;
    Ok(vm.exc_stack.last().cloned().unwrap_or(Value::None))
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "exc_info", &args, 0, 0)?;
    let Some(exc) = vm.exc_stack.last().cloned() else {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    };
    let tb = vm.getattr(&exc, &PyStr::new("__traceback__".into()))?;
    Ok(Value::tuple(vec![Value::Class(vm.type_of(&exc)), exc, tb]))
}

/// `sys._getframe(depth=0)`: the frame `depth` calls below the caller, as a snapshot taken
/// now (`f_globals`, `f_locals`, `f_code`, `f_lineno`, `f_back`); later lines it runs and
/// names it binds do not show in it, as they would in CPython's live frame.
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough".into()));
    }
    Ok(frame_snapshot(vm, (n - 1 - depth) as usize))
}

/// The frame at `index` of the running thread's stack, with its callers under `f_back`.
pub fn frame_snapshot(vm: &mut Vm, index: usize) -> Value {
    let mut back = Value::None;
    // Oldest first, so each frame can point at its caller.
    for i in 0..=index {
        let f = &vm.frames[i];
        let locals = match &f.locals {
            Some(d) => Value::Dict(d.clone()),
            None if f.code.name.as_str() == "<module>" => Value::Dict(f.globals.clone()),
            None => {
                let d = crate::dict::PyDict::new();
                for (k, name) in f.code.body().varnames.iter().enumerate() {
                    match vm.stack.get(f.base + k) {
                        Some(Value::Unbound) | None => {}
                        Some(v) => d.set_str(name.clone(), v.clone()),
                    }
                }
                Value::Dict(Rc::new(d))
            }
        };
        let (code, line, globals) = (f.code.clone(), f.line(), Value::Dict(f.globals.clone()));
        back = frame_object(vm, code, line, globals, locals, back);
    }
    back
}

/// A `frame` object: what `sys._getframe`, signal handlers and tracebacks (`tb_frame`)
/// show of a frame.
pub fn frame_object(
    vm: &mut Vm,
    code: Rc<crate::bytecode::Code>,
    line: u32,
    globals: Value,
    locals: Value,
    back: Value,
) -> Value {
    let d = crate::dict::PyDict::new();
    d.set_str_key("f_globals", globals);
    d.set_str_key("f_locals", locals);
    d.set_str_key("f_code", Value::Code(code));
    d.set_str_key("f_lineno", Value::Int(line as i64));
    d.set_str_key("f_back", back);
    super::new_object(vm, "builtins.frame", d, None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.limits.recursion as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = crate::builtins::arg_int(vm, &args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    vm.limits.recursion = (n as usize).min(20_000);
    Ok(Value::None)
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getsizeof", &args, 1, 2)?;
    Ok(Value::Int(64))
}
