//! `open()` and file objects over the host's filesystem: text (utf-8) and binary, modes r,
//! w, a, x and `+`, reading by size, line or whole, iteration, `with`. Writes are buffered in
//! the file object and reach the host on flush/close (and when the process ends), as
//! CPython's buffered files do; appends reach the host as appends, so several processes
//! appending to one file interleave whole writes.

use crate::builtins::{check_args, take_kw};
use crate::host::FsError;
use crate::types::{add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The state of an open file.
pub struct FileState {
    pub path: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    /// Whole content for reading (and for `+` modes), as bytes.
    pub content: Vec<u8>,
    /// Read position in `content`.
    pub pos: usize,
    /// Bytes written and not yet flushed.
    pub pending: Vec<u8>,
    /// In `r+`/`w+` modes the whole content is rewritten on flush.
    pub rewrite: bool,
    pub closed: bool,
    /// Universal newlines on read (`newline=None`, the default).
    pub translate_newlines: bool,
}

fn file_class(vm: &mut Vm, binary: bool) -> Rc<Class> {
    let key = if binary {
        "BufferedFile"
    } else {
        "TextIOWrapper"
    };
    if let Some(c) = vm.classes.get(key) {
        return c.clone();
    }
    let c = new_class(
        if binary {
            "BufferedReader"
        } else {
            "TextIOWrapper"
        },
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(TypeId::Native),
    );
    c.dict.set_str_key("__module__", Value::str("_io"));
    add_method(&c, "read", f_read);
    add_method(&c, "readline", f_readline);
    add_method(&c, "readlines", f_readlines);
    add_method(&c, "write", f_write);
    add_method(&c, "writelines", f_writelines);
    add_method(&c, "close", f_close);
    add_method(&c, "flush", f_flush);
    add_method(&c, "seek", f_seek);
    add_method(&c, "tell", f_tell);
    add_method(&c, "readable", f_readable);
    add_method(&c, "writable", f_writable);
    add_method(&c, "fileno", f_fileno);
    add_method(&c, "isatty", f_isatty);
    add_method(&c, "__enter__", f_enter);
    add_method(&c, "__exit__", f_exit);
    add_method(&c, "__iter__", f_enter);
    add_method(&c, "__next__", f_next);
    add_method(&c, "__repr__", f_repr);
    vm.classes.insert(key, c.clone());
    c
}

/// Raises the OSError subclass for a host error, CPython-worded.
pub fn os_error(vm: &mut Vm, err: FsError, path: &str) -> PyErr {
    let (cls, errno, msg) = match err {
        FsError::NotFound => (
            vm.types.exc.file_not_found_error.clone(),
            2,
            "No such file or directory",
        ),
        FsError::IsADirectory => (
            vm.types.exc.is_a_directory_error.clone(),
            21,
            "Is a directory",
        ),
        FsError::PermissionDenied => (
            vm.types.exc.permission_error.clone(),
            13,
            "Permission denied",
        ),
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

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`; buffering, errors, closefd and opener change nothing here.
pub fn bi_open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // Each parameter by name, or else by its position.
    let mut param =
        |name: &str, at: usize| take_kw(&mut args, name).or_else(|| args.pos.get(at).cloned());
    let mode_arg = param("mode", 1);
    let encoding = param("encoding", 3).filter(|e| !matches!(e, Value::None));
    let newline = param("newline", 5);
    for (name, at) in [
        ("buffering", 2),
        ("errors", 4),
        ("closefd", 6),
        ("opener", 7),
    ] {
        let _ = param(name, at);
    }
    crate::builtins::no_kw(vm, "open", &args)?;
    check_args(vm, "open", &args, 1, 8)?;
    let path = crate::modules::os::fspath(vm, &args.pos[0])?;
    let mode = match mode_arg {
        Some(Value::Str(m)) => m.as_str().to_string(),
        None => "r".to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
        }
    };
    if let Some(Value::Str(e)) = &encoding {
        let e = e.as_str().to_ascii_lowercase().replace('_', "-");
        if !matches!(
            e.as_str(),
            "utf-8" | "utf8" | "ascii" | "latin-1" | "latin1"
        ) {
            let cls = vm.types.exc.lookup_error.clone();
            return Err(vm.new_error(&cls, format!("unknown encoding: {}", e)));
        }
    }
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    if binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument".into()));
    }
    let plus = mode.contains('+');
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    if path.is_empty() {
        return Err(os_error(vm, FsError::NotFound, &path));
    }
    if vm.host.is_dir(&path) {
        return Err(os_error(vm, FsError::IsADirectory, &path));
    }
    let mut st = FileState {
        path: path.clone(),
        mode: mode.clone(),
        binary,
        readable: kind == 'r' || plus,
        writable: kind != 'r' || plus,
        append: kind == 'a',
        content: Vec::new(),
        pos: 0,
        pending: Vec::new(),
        rewrite: plus && kind != 'a',
        closed: false,
        translate_newlines: matches!(newline, None | Some(Value::None)),
    };
    match kind {
        'r' => match vm.host.read_file(&path) {
            Ok(data) => st.content = data,
            Err(e) => return Err(os_error(vm, e, &path)),
        },
        'w' => {
            if let Err(e) = vm.host.write_file(&path, b"") {
                return Err(os_error(vm, e, &path));
            }
        }
        'x' => {
            if vm.host.exists(&path) {
                let cls = vm.types.exc.file_exists_error.clone();
                let exc = vm.new_exception(&cls, vec![Value::Int(17), Value::str("File exists")]);
                if let Value::Instance(i) = &exc {
                    if let Some(d) = &i.dict {
                        d.set_str_key("errno", Value::Int(17));
                        d.set_str_key("strerror", Value::str("File exists"));
                        d.set_str_key("filename", Value::str(&path));
                    }
                }
                return Err(PyErr::Exception(exc));
            }
            if let Err(e) = vm.host.write_file(&path, b"") {
                return Err(os_error(vm, e, &path));
            }
        }
        _ => {
            // tell() in append mode starts at the file's size.
            st.content = vm.host.read_file(&path).unwrap_or_default();
            st.pos = st.content.len();
            if !plus {
                st.content = Vec::new();
            }
            if let Err(e) = vm.host.append_file(&path, b"") {
                return Err(os_error(vm, e, &path));
            }
        }
    }
    let cls = file_class(vm, binary);
    let inst = Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(crate::dict::PyDict::new())),
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(st))),
    });
    if let Some(d) = &inst.dict {
        d.set_str_key("name", Value::str(&path));
        d.set_str_key("closed", Value::Bool(false));
        d.set_str_key("mode", Value::str(&mode));
        d.set_str_key(
            "encoding",
            if binary {
                Value::None
            } else {
                Value::str("UTF-8")
            },
        );
    }
    vm.open_files.push(inst.clone());
    Ok(Value::Instance(inst))
}

fn with_state<T>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut FileState) -> T) -> PyResult<T> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        let mut n = i.native.borrow_mut();
        if let Some(st) = n.as_mut().and_then(|b| b.downcast_mut::<FileState>()) {
            return Ok(f(st));
        }
    }
    Err(vm.type_error("expected a file object".into()))
}

fn check_open(
    vm: &mut Vm,
    args: &Args,
    need_read: bool,
    need_write: bool,
) -> PyResult<(bool, bool)> {
    let (closed, readable, writable, binary, translate) = with_state(vm, args, |st| {
        (
            st.closed,
            st.readable,
            st.writable,
            st.binary,
            st.translate_newlines,
        )
    })?;
    if closed {
        return Err(vm.value_error("I/O operation on closed file.".into()));
    }
    let unsupported = vm.types.exc.os_error.clone();
    if need_read && !readable {
        let cls = vm.modules_unsupported_operation(&unsupported);
        return Err(vm.new_error(&cls, "not readable".into()));
    }
    if need_write && !writable {
        let cls = vm.modules_unsupported_operation(&unsupported);
        return Err(vm.new_error(&cls, "not writable".into()));
    }
    Ok((binary, translate))
}

impl Vm {
    /// `io.UnsupportedOperation` (an OSError subclass), made once.
    pub fn modules_unsupported_operation(&mut self, os_error: &Rc<Class>) -> Rc<Class> {
        if let Some(c) = self.classes.get("UnsupportedOperation") {
            return c.clone();
        }
        let c = crate::types::new_class(
            "UnsupportedOperation",
            vec![os_error.clone(), self.types.exc.value_error.clone()],
            Layout::Exception,
            Some(TypeId::BaseException),
        );
        c.dict.set_str_key("__module__", Value::str("io"));
        self.classes.insert("UnsupportedOperation", c.clone());
        c
    }
}

fn decode(vm: &mut Vm, bytes: &[u8], binary: bool, translate: bool) -> PyResult<Value> {
    if binary {
        return Ok(Value::bytes(bytes.to_vec()));
    }
    // Universal newlines: \r\n and a lone \r read as \n.
    let s = crate::methods::str::decode_with(vm, bytes, "utf-8", "strict")?;
    Ok(Value::string(if translate && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }))
}

/// Moves pending writes into `content` for `+` modes so reads see them.
fn sync_pending(st: &mut FileState) {
    if st.rewrite && !st.pending.is_empty() {
        let pending = std::mem::take(&mut st.pending);
        let end = (st.pos + pending.len()).min(st.content.len());
        st.content.splice(st.pos..end, pending.iter().copied());
        st.pos += pending.len();
        st.pending = Vec::new();
        st.mode.push('\u{0}');
        st.mode.pop();
    }
}

fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (binary, translate) = check_open(vm, &args, true, false)?;
    let n = match args.pos.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => crate::builtins::arg_int(vm, v)?,
    };
    let bytes = with_state(vm, &args, |st| {
        sync_pending(st);
        let rest = &st.content[st.pos.min(st.content.len())..];
        let take = if n < 0 {
            rest.len()
        } else if binary {
            (n as usize).min(rest.len())
        } else {
            // n characters, not bytes.
            let s = String::from_utf8_lossy(rest);
            s.chars()
                .take(n as usize)
                .map(|c| c.len_utf8())
                .sum::<usize>()
                .min(rest.len())
        };
        let out = rest[..take].to_vec();
        st.pos += take;
        out
    })?;
    decode(vm, &bytes, binary, translate)
}

fn read_line(st: &mut FileState) -> Vec<u8> {
    sync_pending(st);
    let start = st.pos.min(st.content.len());
    let rest = &st.content[start..];
    let end = rest
        .iter()
        .position(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    let line = rest[..end].to_vec();
    st.pos = start + end;
    line
}

fn f_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (binary, translate) = check_open(vm, &args, true, false)?;
    let line = with_state(vm, &args, read_line)?;
    decode(vm, &line, binary, translate)
}

fn f_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (binary, translate) = check_open(vm, &args, true, false)?;
    let mut out = Vec::new();
    loop {
        let line = with_state(vm, &args, read_line)?;
        if line.is_empty() {
            break;
        }
        out.push(decode(vm, &line, binary, translate)?);
    }
    Ok(Value::list(out))
}

fn f_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (binary, translate) = check_open(vm, &args, true, false)?;
    let line = with_state(vm, &args, read_line)?;
    if line.is_empty() {
        let e = vm.stop_iteration(Value::None);
        return Err(PyErr::Exception(e));
    }
    decode(vm, &line, binary, translate)
}

fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 2, 2)?;
    let (binary, _) = check_open(vm, &args, false, true)?;
    let arg = vm.base_value(&args.pos[1]);
    let (data, count) = match (&arg, binary) {
        (Value::Str(s), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (Value::Bytes(b), true) => (b.data.clone(), b.data.len()),
        (other, false) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
        }
        (other, true) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    if data.len() + with_state(vm, &args, |st| st.pending.len() + st.content.len())?
        > vm.limits.memory_bytes
    {
        return Err(vm.memory_error());
    }
    with_state(vm, &args, |st| st.pending.extend_from_slice(&data))?;
    Ok(Value::Int(count as i64))
}

fn f_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "writelines", &args, 2, 2)?;
    let lines = vm.collect_iterable(&args.pos[1])?;
    for l in lines {
        f_write(vm, Args::new(vec![args.pos[0].clone(), l]))?;
    }
    Ok(Value::None)
}

/// Sends pending writes to the host.
pub fn flush_file(vm: &mut Vm, file: &Rc<Instance>) -> PyResult<()> {
    let job = {
        let mut n = file.native.borrow_mut();
        let Some(st) = n.as_mut().and_then(|b| b.downcast_mut::<FileState>()) else {
            return Ok(());
        };
        if st.pending.is_empty() {
            None
        } else if st.rewrite {
            sync_pending(st);
            Some((st.path.clone(), st.content.clone(), true))
        } else {
            let data = std::mem::take(&mut st.pending);
            st.pos += data.len();
            Some((st.path.clone(), data, false))
        }
    };
    if let Some((path, data, whole)) = job {
        let r = if whole {
            vm.host.write_file(&path, &data)
        } else {
            vm.host.append_file(&path, &data)
        };
        if let Err(e) = r {
            return Err(os_error(vm, e, &path));
        }
    }
    Ok(())
}

fn f_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_open(vm, &args, false, false)?;
    if let Some(Value::Instance(i)) = args.pos.first() {
        let i = i.clone();
        flush_file(vm, &i)?;
    }
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        let i = i.clone();
        let closed = with_state(vm, &args, |st| st.closed)?;
        if closed {
            return Ok(Value::None);
        }
        flush_file(vm, &i)?;
        with_state(vm, &args, |st| st.closed = true)?;
        if let Some(d) = &i.dict {
            d.set_str_key("closed", Value::Bool(true));
        }
        vm.open_files.retain(|f| !Rc::ptr_eq(f, &i));
    }
    Ok(Value::None)
}

fn f_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 2, 3)?;
    check_open(vm, &args, false, false)?;
    let off = crate::builtins::arg_int(vm, &args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 0,
    };
    if let Some(Value::Instance(i)) = args.pos.first() {
        let i = i.clone();
        flush_file(vm, &i)?;
    }
    let pos = with_state(vm, &args, |st| {
        let base = match whence {
            1 => st.pos as i64,
            // A file open only to write keeps no content: its end is where it has written to.
            2 if !st.readable => st.pos as i64,
            2 => st.content.len() as i64,
            _ => 0,
        };
        st.pos = (base + off).max(0) as usize;
        st.pos
    })?;
    Ok(Value::Int(pos as i64))
}

fn f_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_open(vm, &args, false, false)?;
    let pos = with_state(vm, &args, |st| {
        if st.rewrite {
            sync_pending(st);
            st.pos
        } else if st.writable {
            st.pos + st.pending.len()
        } else {
            st.pos
        }
    })?;
    Ok(Value::Int(pos as i64))
}

fn f_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(with_state(vm, &args, |st| st.readable)?))
}

fn f_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(with_state(vm, &args, |st| st.writable)?))
}

fn f_fileno(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(3))
}

fn f_isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn f_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_open(vm, &args, false, false)?;
    Ok(args.pos[0].clone())
}

fn f_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    f_close(vm, Args::new(vec![args.pos[0].clone()]))?;
    Ok(Value::Bool(false))
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (path, mode, binary) = with_state(vm, &args, |st| {
        (st.path.clone(), st.mode.clone(), st.binary)
    })?;
    Ok(Value::string(if binary {
        format!("<_io.BufferedReader name='{path}'>")
    } else {
        format!("<_io.TextIOWrapper name='{path}' mode='{mode}' encoding='UTF-8'>")
    }))
}
