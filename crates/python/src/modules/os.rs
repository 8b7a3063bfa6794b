//! `os` and `os.path` (`posixpath`): process identity, the working directory, files through
//! the host (listdir, remove, rename, stat, walk), `environ`, `urandom`, and the pure path
//! functions with CPython's posixpath semantics.
//!
//! The host has no directories of its own to create, so `mkdir`/`makedirs` only succeed
//! for directories that already exist (with `exist_ok`) and raise PermissionError
//! otherwise.

use crate::fileio::os_error;
use crate::host::FsError;
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Builds `os`.
pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "os",
        &[
            ("getpid", os_getpid),
            ("getppid", os_getppid),
            ("kill", os_kill),
            ("_exit", os_exit),
            ("cpu_count", os_cpu_count),
            ("getcwd", os_getcwd),
            ("listdir", os_listdir),
            ("remove", os_remove),
            ("unlink", os_unlink),
            ("rename", os_rename),
            ("replace", os_replace),
            ("mkdir", os_mkdir),
            ("makedirs", os_makedirs),
            ("stat", os_stat),
            ("walk", os_walk),
            ("getenv", os_getenv),
            ("urandom", os_urandom),
            ("fspath", os_fspath),
        ],
    );
    set_path_constants(&m);
    m.dict.set_str_key("name", Value::str("posix"));
    m.dict.set_str_key("linesep", Value::str("\n"));
    m.dict
        .set_str_key("error", Value::Class(vm.types.exc.os_error.clone()));
    let environ = crate::dict::PyDict::new();
    for (k, v) in [
        ("HOME", "/home/user"),
        ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("LANG", "C.UTF-8"),
    ] {
        environ.set_str_key(k, Value::str(v));
    }
    m.dict.set_str_key("environ", Value::Dict(Rc::new(environ)));
    if let Ok(Some(p)) = vm.import_module("os.path") {
        m.dict.set_str_key("path", p);
    }
    Value::Module(m)
}

/// Builds `os.path` (named `posixpath`, as in CPython).
pub fn make_path(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "posixpath",
        &[
            ("join", p_join),
            ("exists", p_exists),
            ("lexists", p_exists),
            ("isfile", p_isfile),
            ("isdir", p_isdir),
            ("isabs", p_isabs),
            ("basename", p_basename),
            ("dirname", p_dirname),
            ("split", p_split),
            ("splitext", p_splitext),
            ("normpath", p_normpath),
            ("abspath", p_abspath),
            ("realpath", p_abspath),
            ("relpath", p_relpath),
            ("commonprefix", p_commonprefix),
            ("expanduser", p_expanduser),
            ("getsize", p_getsize),
        ],
    );
    set_path_constants(&m);
    Value::Module(m)
}

fn set_path_constants(m: &Module) {
    m.dict.set_str_key("sep", Value::str("/"));
    m.dict.set_str_key("altsep", Value::None);
    m.dict.set_str_key("curdir", Value::str("."));
    m.dict.set_str_key("pardir", Value::str(".."));
    m.dict.set_str_key("extsep", Value::str("."));
    m.dict.set_str_key("pathsep", Value::str(":"));
    m.dict.set_str_key("devnull", Value::str("/dev/null"));
}

// ----- argument helpers -----

/// `os.fspath(p)` for str paths and objects with `__fspath__`.
pub(crate) fn fspath(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match vm.base_value(v) {
        Value::Str(s) => return Ok(s.as_str().to_string()),
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup(&vm.names.fspath) {
                let r = vm.call_dunder(&f, v, vec![])?;
                if let Value::Str(s) = vm.base_value(&r) {
                    return Ok(s.as_str().to_string());
                }
                let tn = vm.type_name(v);
                let rn = vm.type_name(&r);
                return Err(vm.type_error(format!(
                    "expected {tn}.__fspath__() to return str or bytes, not {rn}"
                )));
            }
        }
        _ => {}
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

/// The path to hand the host: an absolute path inside the working directory becomes
/// relative to it (the same file), so hosts that key files by relative name see one name.
fn host_path(vm: &mut Vm, p: &str) -> String {
    if p.starts_with('/') {
        let cwd = vm.host.cwd();
        let cwd = cwd.trim_end_matches('/');
        if !cwd.is_empty() {
            if let Some(rest) = p.strip_prefix(cwd) {
                if rest.is_empty() {
                    return ".".to_string();
                }
                if let Some(r) = rest.strip_prefix('/') {
                    return normpath(r);
                }
            }
        }
    }
    p.to_string()
}

/// Binds arguments to `params` (the first `required` required), worded like an Argument
/// Clinic function of `posix` when `clinic`, else like a Python function.
fn bind(
    vm: &mut Vm,
    clinic: bool,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let np = params.len();
    let n = args.pos.len();
    if n > np {
        let msg = if clinic {
            if np == 0 {
                format!("posix.{name}() takes no arguments ({n} given)")
            } else if np == required {
                format!(
                    "{name}() takes exactly {np} argument{} ({n} given)",
                    if np == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{name}() takes at most {np} argument{} ({n} given)",
                    if np == 1 { "" } else { "s" }
                )
            }
        } else if np == required {
            format!(
                "{name}() takes {np} positional argument{} but {n} were given",
                if np == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() takes from {required} to {np} positional arguments but {n} were given"
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
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                let msg = if clinic {
                    format!(
                        "argument for {name}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )
                } else {
                    format!("{name}() got multiple values for argument '{}'", k.as_str())
                };
                return Err(vm.type_error(msg));
            }
            None => {
                let msg = if clinic {
                    format!(
                        "'{}' is an invalid keyword argument for {name}()",
                        k.as_str()
                    )
                } else {
                    format!(
                        "{name}() got an unexpected keyword argument '{}'",
                        k.as_str()
                    )
                };
                return Err(vm.type_error(msg));
            }
        }
    }
    let missing: Vec<usize> = (0..required).filter(|i| slots[*i].is_none()).collect();
    if let Some(&first) = missing.first() {
        let msg = if clinic {
            format!(
                "{name}() missing required argument '{}' (pos {})",
                params[first],
                first + 1
            )
        } else {
            let names: Vec<String> = missing
                .iter()
                .map(|i| format!("'{}'", params[*i]))
                .collect();
            let list = if names.len() == 2 {
                format!("{} and {}", names[0], names[1])
            } else {
                names.join(", ")
            };
            format!(
                "{name}() missing {} required positional argument{}: {list}",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(slots)
}

/// A path argument of a `posix` function: `remove: path should be string, ...`.
fn c_path(vm: &mut Vm, func: &str, param: &str, v: &Value) -> PyResult<String> {
    match fspath(vm, v) {
        Ok(p) => Ok(p),
        Err(e) => {
            if matches!(vm.base_value(v), Value::Str(_) | Value::Instance(_)) {
                return Err(e);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{func}: {param} should be string, bytes or os.PathLike, not {tn}"
            )))
        }
    }
}

/// The single path argument of a `posixpath` function named `param`.
fn path_arg(vm: &mut Vm, name: &str, param: &str, args: &Args) -> PyResult<String> {
    let s = bind(vm, false, name, args, &[param], 1)?;
    fspath(vm, &s[0].clone().unwrap_or(Value::None))
}

/// The single path argument of a `posix` function, as given and as handed to the host.
fn host_path_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(String, String)> {
    let s = bind(vm, true, name, args, &["path"], 1)?;
    let p = c_path(vm, name, "path", &s[0].clone().unwrap_or(Value::None))?;
    let h = host_path(vm, &p);
    Ok((p, h))
}

// ----- process and environment -----

fn os_getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, true, "getpid", &args, &[], 0)?;
    Ok(Value::Int(vm.host.pid() as i64))
}

fn os_getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, true, "getppid", &args, &[], 0)?;
    Ok(Value::Int(vm.host.ppid() as i64))
}

/// `os._exit(n)`: ends the process with exit status `n` at once (no finally blocks, no
/// exit functions, no flushing): the host ends it while the call waits.
fn os_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "_exit", &args, &["status"], 1)?;
    let status = vm.index_value(&s[0].clone().unwrap_or(Value::None))?;
    // The exit status is a byte, as the OS keeps it.
    let code = (status & 0xff) as i32;
    if vm.host.exit_now(code) {
        let deadline = vm.host.monotonic();
        return Err(PyErr::Block(Box::new(crate::vm::Wait::Sleep { deadline })));
    }
    let cls = vm.types.exc.system_exit.clone();
    let exc = vm.new_exception(&cls, vec![Value::Int(code as i64)]);
    Err(PyErr::Exception(exc))
}

/// `os.kill(pid, sig)`: the embedder's `signal` module delivers it (`signal._kill`, which
/// answers an errno), since signals travel between the processes the embedder runs.
fn os_kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "kill", &args, &["pid", "signal"], 2)?;
    let pid = vm.index_value(&s[0].clone().unwrap_or(Value::None))?;
    let sig = vm.index_value(&s[1].clone().unwrap_or(Value::None))?;
    let errno = match vm.import_module("signal")? {
        Some(signal) => {
            let kill = vm.getattr(&signal, &PyStr::new("_kill".into()))?;
            let errno = vm.call(&kill, vec![Value::Int(pid), Value::Int(sig)])?;
            vm.index_value(&errno)?
        }
        None => 95,
    };
    let (class, message) = match errno {
        0 => return Ok(Value::None),
        3 => ("ProcessLookupError", "No such process"),
        22 => ("OSError", "Invalid argument"),
        _ => ("OSError", "Operation not supported"),
    };
    let class = vm
        .builtins
        .get_str(&PyStr::new(class.into()))
        .unwrap_or(Value::None);
    let exc = vm.call(&class, vec![Value::Int(errno), Value::str(message)])?;
    Err(PyErr::Exception(exc))
}

fn os_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, true, "cpu_count", &args, &[], 0)?;
    Ok(Value::Int(vm.host.cpu_count().max(1) as i64))
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, true, "getcwd", &args, &[], 0)?;
    Ok(Value::string(vm.host.cwd()))
}

fn environ_dict(vm: &mut Vm) -> Option<Rc<crate::dict::PyDict>> {
    let m = vm.modules.get("os").cloned()?;
    if let Value::Module(m) = m {
        if let Some(Value::Dict(d)) = m.dict.get_str(&PyStr::new("environ".into())) {
            return Some(d);
        }
    }
    None
}

fn os_getenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, false, "getenv", &args, &["key", "default"], 1)?;
    let key = s[0].clone().unwrap_or(Value::None);
    if !matches!(vm.base_value(&key), Value::Str(_)) {
        let tn = vm.type_name(&key);
        return Err(vm.type_error(format!("str expected, not {tn}")));
    }
    let default = s[1].clone().unwrap_or(Value::None);
    if let Some(d) = environ_dict(vm) {
        if let Some(v) = vm.dict_get(&d, &key)? {
            return Ok(v);
        }
    }
    Ok(default)
}

fn os_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "urandom", &args, &["size"], 1)?;
    let n = crate::builtins::arg_int(vm, &s[0].clone().unwrap_or(Value::None))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    if n > 64 << 20 {
        return Err(vm.memory_error());
    }
    let n = n as usize;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let words = vm.host.entropy();
        if words.is_empty() {
            break;
        }
        for w in words {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out.truncate(n);
    while out.len() < n {
        out.push(0);
    }
    Ok(Value::bytes(out))
}

fn os_fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "fspath", &args, &["path"], 1)?;
    let p = s[0].clone().unwrap_or(Value::None);
    if let Value::Bytes(_) = &p {
        return Ok(p);
    }
    Ok(Value::string(fspath(vm, &p)?))
}

// ----- files -----

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "listdir", &args, &["path"], 0)?;
    let path = match &s[0] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => c_path(vm, "listdir", "path", v)?,
    };
    let hp = host_path(vm, &path);
    if vm.host.exists(&hp) && !vm.host.is_dir(&hp) {
        return Err(errno_error(vm, 20, "Not a directory", &path));
    }
    match vm.host.list_dir(&hp) {
        Ok(names) => Ok(Value::list(names.into_iter().map(Value::string).collect())),
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

/// An OSError subclass chosen by errno, with its attributes set.
fn errno_error(vm: &mut Vm, errno: i64, msg: &str, path: &str) -> PyErr {
    let cls = match errno {
        2 => vm.types.exc.file_not_found_error.clone(),
        13 => vm.types.exc.permission_error.clone(),
        17 => vm.types.exc.file_exists_error.clone(),
        21 => vm.types.exc.is_a_directory_error.clone(),
        20 => {
            let os = vm.types.exc.os_error.clone();
            vm.types
                .exc
                .all
                .iter()
                .find(|c| c.name().as_str() == "NotADirectoryError")
                .cloned()
                .unwrap_or(os)
        }
        _ => vm.types.exc.os_error.clone(),
    };
    let exc = vm.new_exception(&cls, vec![Value::Int(errno), Value::str(msg)]);
    if let Value::Instance(i) = &exc {
        if let Some(d) = &i.dict {
            d.set_str_key("errno", Value::Int(errno));
            d.set_str_key("strerror", Value::str(msg));
            d.set_str_key("filename", Value::str(path));
        }
    }
    PyErr::Exception(exc)
}

fn remove_impl(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let (path, hp) = host_path_arg(vm, name, &args)?;
    if vm.host.is_dir(&hp) && vm.host.exists(&hp) {
        return Err(errno_error(vm, 21, "Is a directory", &path));
    }
    match vm.host.remove_file(&hp) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, "remove", args)
}

fn os_unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, "unlink", args)
}

fn rename_impl(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, name, &args, &["src", "dst"], 2)?;
    let src = c_path(vm, name, "src", &s[0].clone().unwrap_or(Value::None))?;
    let dst = c_path(vm, name, "dst", &s[1].clone().unwrap_or(Value::None))?;
    let (hs, hd) = (host_path(vm, &src), host_path(vm, &dst));
    if vm.host.is_dir(&hs) && vm.host.exists(&hs) {
        return Err(errno_error(vm, 13, "Permission denied", &src));
    }
    let data = match vm.host.read_file(&hs) {
        Ok(d) => d,
        Err(e) => return Err(os_error(vm, e, &src)),
    };
    if hs == hd {
        return Ok(Value::None);
    }
    if vm.host.is_dir(&hd) && vm.host.exists(&hd) {
        return Err(errno_error(vm, 21, "Is a directory", &src));
    }
    if let Err(e) = vm.host.write_file(&hd, &data) {
        return Err(os_error(vm, e, &src));
    }
    if let Err(e) = vm.host.remove_file(&hs) {
        return Err(os_error(vm, e, &src));
    }
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, "rename", args)
}

fn os_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, "replace", args)
}

fn mkdir_impl(vm: &mut Vm, path: &str, exist_ok: bool) -> PyResult<Value> {
    let hp = host_path(vm, path);
    if vm.host.exists(&hp) {
        if exist_ok && vm.host.is_dir(&hp) {
            return Ok(Value::None);
        }
        return Err(errno_error(vm, 17, "File exists", path));
    }
    Err(os_error(vm, FsError::PermissionDenied, path))
}

fn os_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, true, "mkdir", &args, &["path", "mode", "dir_fd"], 1)?;
    let path = c_path(vm, "mkdir", "path", &s[0].clone().unwrap_or(Value::None))?;
    mkdir_impl(vm, &path, false)
}

fn os_makedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        false,
        "makedirs",
        &args,
        &["name", "mode", "exist_ok"],
        1,
    )?;
    let path = fspath(vm, &s[0].clone().unwrap_or(Value::None))?;
    let exist_ok = match s[2].clone() {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    mkdir_impl(vm, &path, exist_ok)
}

/// `os.stat(path)`: size and type; times are not known to the host and read 0.
fn os_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        true,
        "stat",
        &args,
        &["path", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let path = c_path(vm, "stat", "path", &s[0].clone().unwrap_or(Value::None))?;
    let hp = host_path(vm, &path);
    let (mode, size) = if vm.host.is_dir(&hp) && vm.host.exists(&hp) {
        (0o040755, 4096)
    } else {
        match vm.host.read_file(&hp) {
            Ok(d) => (0o100644, d.len() as i64),
            Err(e) => return Err(os_error(vm, e, &path)),
        }
    };
    let d = crate::dict::PyDict::new();
    d.set_str_key("st_mode", Value::Int(mode));
    d.set_str_key("st_size", Value::Int(size));
    d.set_str_key("st_nlink", Value::Int(1));
    d.set_str_key("st_uid", Value::Int(0));
    d.set_str_key("st_gid", Value::Int(0));
    d.set_str_key("st_ino", Value::Int(0));
    d.set_str_key("st_dev", Value::Int(0));
    for k in ["st_atime", "st_mtime", "st_ctime"] {
        d.set_str_key(k, Value::Float(0.0));
    }
    Ok(super::new_object(vm, "os.stat_result", d, None))
}

/// `os.walk(top)`: computed eagerly (top-down), returned as an iterator.
fn os_walk(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        false,
        "walk",
        &args,
        &["top", "topdown", "onerror", "followlinks"],
        1,
    )?;
    let top = fspath(vm, &s[0].clone().unwrap_or(Value::None))?;
    let mut out = Vec::new();
    let mut stack = vec![top];
    let mut visited = 0usize;
    while let Some(dir) = stack.pop() {
        visited += 1;
        if visited > 100_000 {
            break;
        }
        let hd = host_path(vm, &dir);
        let Ok(mut names) = vm.host.list_dir(&hd) else {
            continue;
        };
        names.sort();
        let mut dirs = Vec::new();
        let mut files = Vec::new();
        for n in names {
            let full = host_path(vm, &join_two(&dir, &n));
            if vm.host.is_dir(&full) {
                dirs.push(n);
            } else {
                files.push(n);
            }
        }
        for d in dirs.iter().rev() {
            stack.push(join_two(&dir, d));
        }
        out.push(Value::tuple(vec![
            Value::string(dir),
            Value::list(dirs.into_iter().map(Value::string).collect()),
            Value::list(files.into_iter().map(Value::string).collect()),
        ]));
    }
    vm.get_iter(&Value::list(out))
}

// ----- os.path -----

fn join_two(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

fn p_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "join() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'".into()));
    }
    let mut path = fspath(vm, &args.pos[0])?;
    for v in &args.pos[1..] {
        let b = fspath(vm, v)?;
        path = join_two(&path, &b);
    }
    Ok(Value::string(path))
}

/// The path of `exists`/`isfile`/`isdir` (which go through `os.stat`): None for a file
/// descriptor number, a TypeError for anything else that is not a path.
fn stat_path(vm: &mut Vm, name: &str, param: &str, args: &Args) -> PyResult<Option<String>> {
    let s = bind(vm, false, name, args, &[param], 1)?;
    let v = s[0].clone().unwrap_or(Value::None);
    match vm.base_value(&v) {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => Ok(None),
        Value::Str(_) | Value::Instance(_) => fspath(vm, &v).map(Some),
        _ => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "stat: path should be string, bytes, os.PathLike or integer, not {tn}"
            )))
        }
    }
}

fn p_exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(p) = stat_path(vm, "exists", "path", &args)? else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(!p.contains('\0') && vm.host.exists(&p)))
}

fn p_isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(p) = stat_path(vm, "isfile", "path", &args)? else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(vm.host.exists(&p) && !vm.host.is_dir(&p)))
}

fn p_isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(p) = stat_path(vm, "isdir", "s", &args)? else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(vm.host.exists(&p) && vm.host.is_dir(&p)))
}

fn p_isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "isabs", "s", &args)?;
    Ok(Value::Bool(p.starts_with('/')))
}

/// posixpath.split: (head, tail) with trailing slashes stripped from head.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn p_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "split", "p", &args)?;
    let (h, t) = split_path(&p);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn p_basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "basename", "p", &args)?;
    Ok(Value::string(split_path(&p).1))
}

fn p_dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "dirname", "p", &args)?;
    Ok(Value::string(split_path(&p).0))
}

fn p_splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "splitext", "p", &args)?;
    let sep = p.rfind('/').map(|i| i as isize).unwrap_or(-1);
    if let Some(dot) = p.rfind('.') {
        if dot as isize > sep {
            let start = (sep + 1) as usize;
            // Leading dots do not start an extension.
            if p[start..dot].chars().any(|c| c != '.') {
                return Ok(Value::tuple(vec![
                    Value::str(&p[..dot]),
                    Value::str(&p[dot..]),
                ]));
            }
        }
    }
    Ok(Value::tuple(vec![Value::string(p), Value::str("")]))
}

fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = if path.starts_with('/') { 1 } else { 0 };
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn p_normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "normpath", "path", &args)?;
    Ok(Value::string(normpath(&p)))
}

fn abspath(vm: &mut Vm, p: &str) -> String {
    if p.starts_with('/') {
        normpath(p)
    } else {
        let cwd = vm.host.cwd();
        normpath(&join_two(&cwd, p))
    }
}

fn p_abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "abspath", "path", &args)?;
    Ok(Value::string(abspath(vm, &p)))
}

fn p_relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, false, "relpath", &args, &["path", "start"], 1)?;
    let path = fspath(vm, &s[0].clone().unwrap_or(Value::None))?;
    if path.is_empty() {
        return Err(vm.value_error("no path specified".into()));
    }
    let start = match &s[1] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => fspath(vm, v)?,
    };
    let sa = abspath(vm, &start);
    let pa = abspath(vm, &path);
    let sl: Vec<&str> = sa.split('/').filter(|x| !x.is_empty()).collect();
    let pl: Vec<&str> = pa.split('/').filter(|x| !x.is_empty()).collect();
    let i = sl.iter().zip(pl.iter()).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<&str> = vec![".."; sl.len() - i];
    rel.extend_from_slice(&pl[i..]);
    if rel.is_empty() {
        return Ok(Value::str("."));
    }
    Ok(Value::string(rel.join("/")))
}

fn p_commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, false, "commonprefix", &args, &["m"], 1)?;
    let items = vm.collect_iterable(&s[0].clone().unwrap_or(Value::None))?;
    if items.is_empty() {
        return Ok(Value::str(""));
    }
    let mut strs = Vec::with_capacity(items.len());
    for it in &items {
        strs.push(fspath(vm, it)?);
    }
    let (Some(lo), Some(hi)) = (strs.iter().min(), strs.iter().max()) else {
        return Ok(Value::str(""));
    };
    let n = lo
        .chars()
        .zip(hi.chars())
        .take_while(|(a, b)| a == b)
        .count();
    Ok(Value::string(lo.chars().take(n).collect()))
}

fn p_expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "expanduser", "path", &args)?;
    if !p.starts_with('~') {
        return Ok(Value::string(p));
    }
    let end = p.find('/').unwrap_or(p.len());
    if end != 1 {
        return Ok(Value::string(p));
    }
    let home = match environ_dict(vm).and_then(|d| d.get_str(&PyStr::new("HOME".into()))) {
        Some(Value::Str(h)) => h.as_str().to_string(),
        _ => return Ok(Value::string(p)),
    };
    let home = home.trim_end_matches('/');
    let rest = &p[end..];
    let out = format!("{home}{rest}");
    Ok(Value::string(if out.is_empty() {
        "/".to_string()
    } else {
        out
    }))
}

fn p_getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "getsize", "filename", &args)?;
    let hp = host_path(vm, &p);
    if vm.host.is_dir(&hp) && vm.host.exists(&hp) {
        return Ok(Value::Int(4096));
    }
    match vm.host.read_file(&hp) {
        Ok(d) => Ok(Value::Int(d.len() as i64)),
        Err(e) => Err(os_error(vm, e, &p)),
    }
}
