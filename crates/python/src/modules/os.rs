//! `os` and `os.path` (`posixpath`): process identity, the working directory, files through
//! the host (listdir, remove, rename, stat, walk), `environ`, `urandom`, and the pure path
//! functions with CPython's posixpath semantics.
//!
//! The host has no directories of its own to create, so `mkdir`/`makedirs` only succeed
//! for directories that already exist (with `exist_ok`) and raise PermissionError
//! otherwise.

use crate::fileio::os_error;
use crate::host::FsError;
use crate::types::new_class;
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Builds `os`.
pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "os",
        &[
            ("getpid", os_getpid),
            ("getppid", os_getppid),
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
fn fspath(vm: &mut Vm, v: &Value) -> PyResult<String> {
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

/// Checks the positional argument count of a function taking `min..=max` arguments.
fn arity(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "{name}() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name}() takes {min} positional argument{} but {n} were given",
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!("{name}() missing required argument (pos {})", n + 1)
        } else {
            format!("{name}() takes at most {max} arguments ({n} given)")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn path_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<String> {
    arity(vm, name, args, 1, 1)?;
    fspath(vm, &args.pos[0])
}

/// A path argument for a host operation (see `host_path`).
fn host_path_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(String, String)> {
    let p = path_arg(vm, name, args)?;
    let h = host_path(vm, &p);
    Ok((p, h))
}

// ----- process and environment -----

fn os_getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getpid", &args, 0, 0)?;
    Ok(Value::Int(vm.host.pid() as i64))
}

fn os_getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getppid", &args, 0, 0)?;
    Ok(Value::Int(vm.host.ppid() as i64))
}

fn os_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "cpu_count", &args, 0, 0)?;
    Ok(Value::Int(vm.host.cpu_count().max(1) as i64))
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getcwd", &args, 0, 0)?;
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

fn os_getenv(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(d) = crate::builtins::take_kw(&mut args, "default") {
        args.pos.push(d);
    }
    if let Some(k) = crate::builtins::take_kw(&mut args, "key") {
        args.pos.insert(0, k);
    }
    arity(vm, "getenv", &args, 1, 2)?;
    let key = args.pos[0].clone();
    if !matches!(vm.base_value(&key), Value::Str(_)) {
        let tn = vm.type_name(&key);
        return Err(vm.type_error(format!("str expected, not {tn}")));
    }
    let default = args.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some(d) = environ_dict(vm) {
        if let Some(v) = vm.dict_get(&d, &key)? {
            return Ok(v);
        }
    }
    Ok(default)
}

fn os_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "urandom", &args, 1, 1)?;
    let n = crate::builtins::arg_int(vm, &args.pos[0])?;
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
    arity(vm, "fspath", &args, 1, 1)?;
    if let Value::Bytes(_) = &args.pos[0] {
        return Ok(args.pos[0].clone());
    }
    Ok(Value::string(fspath(vm, &args.pos[0])?))
}

// ----- files -----

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "listdir", &args, 0, 1)?;
    let path = match args.pos.first() {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => fspath(vm, v)?,
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
    arity(vm, name, &args, 2, 2)?;
    let src = fspath(vm, &args.pos[0])?;
    let dst = fspath(vm, &args.pos[1])?;
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

fn os_mkdir(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _ = crate::builtins::take_kw(&mut args, "mode");
    let _ = crate::builtins::take_kw(&mut args, "dir_fd");
    arity(vm, "mkdir", &args, 1, 2)?;
    let path = fspath(vm, &args.pos[0])?;
    mkdir_impl(vm, &path, false)
}

fn os_makedirs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let exist_ok = crate::builtins::take_kw(&mut args, "exist_ok");
    let _ = crate::builtins::take_kw(&mut args, "mode");
    arity(vm, "makedirs", &args, 1, 3)?;
    let path = fspath(vm, &args.pos[0])?;
    let exist_ok = match exist_ok.or_else(|| args.pos.get(2).cloned()) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    mkdir_impl(vm, &path, exist_ok)
}

/// `os.stat(path)`: size and type; times are not known to the host and read 0.
fn os_stat(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _ = crate::builtins::take_kw(&mut args, "follow_symlinks");
    let (path, hp) = host_path_arg(vm, "stat", &args)?;
    let (mode, size) = if vm.host.is_dir(&hp) && vm.host.exists(&hp) {
        (0o040755, 4096)
    } else {
        match vm.host.read_file(&hp) {
            Ok(d) => (0o100644, d.len() as i64),
            Err(e) => return Err(os_error(vm, e, &path)),
        }
    };
    let cls = match vm.classes.get("os.stat_result") {
        Some(c) => c.clone(),
        None => {
            let c = new_class(
                "stat_result",
                vec![vm.types.object.clone()],
                Layout::Object,
                None,
            );
            c.dict.set_str_key("__module__", Value::str("os"));
            vm.classes.insert("os.stat_result", c.clone());
            c
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
    Ok(Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(d)),
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(None),
    })))
}

/// `os.walk(top)`: computed eagerly (top-down), returned as an iterator.
fn os_walk(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _ = crate::builtins::take_kw(&mut args, "topdown");
    let _ = crate::builtins::take_kw(&mut args, "onerror");
    let _ = crate::builtins::take_kw(&mut args, "followlinks");
    let top = path_arg(vm, "walk", &args)?;
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

fn p_exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "exists", &args, 1, 1)?;
    let Ok(p) = fspath(vm, &args.pos[0]) else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(!p.contains('\0') && vm.host.exists(&p)))
}

fn p_isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isfile", &args, 1, 1)?;
    let Ok(p) = fspath(vm, &args.pos[0]) else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(vm.host.exists(&p) && !vm.host.is_dir(&p)))
}

fn p_isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isdir", &args, 1, 1)?;
    let Ok(p) = fspath(vm, &args.pos[0]) else {
        return Ok(Value::Bool(false));
    };
    let p = host_path(vm, &p);
    Ok(Value::Bool(vm.host.exists(&p) && vm.host.is_dir(&p)))
}

fn p_isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "isabs", &args)?;
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
    let p = path_arg(vm, "split", &args)?;
    let (h, t) = split_path(&p);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn p_basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "basename", &args)?;
    Ok(Value::string(split_path(&p).1))
}

fn p_dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "dirname", &args)?;
    Ok(Value::string(split_path(&p).0))
}

fn p_splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, "splitext", &args)?;
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
    let p = path_arg(vm, "normpath", &args)?;
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
    let p = path_arg(vm, "abspath", &args)?;
    Ok(Value::string(abspath(vm, &p)))
}

fn p_relpath(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(s) = crate::builtins::take_kw(&mut args, "start") {
        args.pos.push(s);
    }
    arity(vm, "relpath", &args, 1, 2)?;
    let path = fspath(vm, &args.pos[0])?;
    if path.is_empty() {
        return Err(vm.value_error("no path specified".into()));
    }
    let start = match args.pos.get(1) {
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
    arity(vm, "commonprefix", &args, 1, 1)?;
    let items = vm.collect_iterable(&args.pos[0])?;
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
    let p = path_arg(vm, "expanduser", &args)?;
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
    let (p, hp) = host_path_arg(vm, "getsize", &args)?;
    if vm.host.is_dir(&hp) && vm.host.exists(&hp) {
        return Ok(Value::Int(4096));
    }
    match vm.host.read_file(&hp) {
        Ok(d) => Ok(Value::Int(d.len() as i64)),
        Err(e) => Err(os_error(vm, e, &p)),
    }
}
