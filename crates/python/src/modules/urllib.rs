//! `urllib` (package), `urllib.request` (`urlopen`, `Request`), `urllib.error` (`URLError`,
//! `HTTPError`) and `urllib.parse` (quoting, `urlencode`, `urlparse`/`urlsplit`,
//! `urljoin`, `parse_qs`/`parse_qsl`).
//!
//! Fetching goes through the host (`Host::urlopen`), which answers with the whole body or
//! an error message; a message of the form `HTTP Error 404: Not Found` becomes an
//! `HTTPError`, any other a `URLError`. Responses are `http.client.HTTPResponse`-like
//! objects with status 200.

use crate::dict::PyDict;
use crate::types::{add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const SUBMODULES: [&str; 3] = ["request", "error", "parse"];

/// Builds the `urllib` package (and attaches submodules already imported).
pub fn make_package(vm: &mut Vm) -> Value {
    let m = super::new_native_module(vm, "urllib", &[]);
    m.dict.set_str_key("__path__", Value::list(vec![]));
    for sub in SUBMODULES {
        if let Some(v) = vm.modules.get(&format!("urllib.{sub}")).cloned() {
            m.dict.set_str_key(sub, v);
        }
    }
    Value::Module(m)
}

/// Makes the parent package see a submodule as an attribute.
fn attach(vm: &mut Vm, sub: &str, m: &Value) {
    if let Some(Value::Module(pkg)) = vm.modules.get("urllib") {
        pkg.dict.set_str_key(sub, m.clone());
    }
}

/// Builds `urllib.request`.
pub fn make_request(vm: &mut Vm) -> Value {
    let m = super::new_native_module(vm, "urllib.request", &[("urlopen", urlopen)]);
    let req = request_class(vm);
    m.dict.set_str_key("Request", Value::Class(req));
    let (url_error, http_error) = error_classes(vm);
    m.dict.set_str_key("URLError", Value::Class(url_error));
    m.dict.set_str_key("HTTPError", Value::Class(http_error));
    let v = Value::Module(m);
    attach(vm, "request", &v);
    v
}

/// Builds `urllib.error`.
pub fn make_error(vm: &mut Vm) -> Value {
    let m = super::new_native_module(vm, "urllib.error", &[]);
    let (url_error, http_error) = error_classes(vm);
    m.dict.set_str_key("URLError", Value::Class(url_error));
    m.dict.set_str_key("HTTPError", Value::Class(http_error));
    m.dict.set_str_key(
        "ContentTooShortError",
        Value::Class(
            vm.classes
                .get("urllib.URLError")
                .cloned()
                .unwrap_or_else(|| vm.types.exc.os_error.clone()),
        ),
    );
    let v = Value::Module(m);
    attach(vm, "error", &v);
    v
}

/// Builds `urllib.parse`.
pub fn make_parse(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "urllib.parse",
        &[
            ("quote", p_quote),
            ("quote_plus", p_quote_plus),
            ("unquote", p_unquote),
            ("unquote_plus", p_unquote_plus),
            ("urlencode", p_urlencode),
            ("urlparse", p_urlparse),
            ("urlsplit", p_urlsplit),
            ("urlunparse", p_urlunparse),
            ("urlunsplit", p_urlunsplit),
            ("urljoin", p_urljoin),
            ("parse_qs", p_parse_qs),
            ("parse_qsl", p_parse_qsl),
        ],
    );
    let v = Value::Module(m);
    attach(vm, "parse", &v);
    v
}

// ----- argument binding -----

fn str_arg(vm: &mut Vm, v: &Option<Value>, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match vm.base_value(v) {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
            other => {
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("expected str or bytes, not {tn}")))
            }
        },
    }
}

fn truthy_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(v),
    }
}

// ----- errors -----

/// `URLError` (an OSError) and its subclass `HTTPError`, made once per VM.
fn error_classes(vm: &mut Vm) -> (Rc<Class>, Rc<Class>) {
    if let (Some(u), Some(h)) = (
        vm.classes.get("urllib.URLError"),
        vm.classes.get("urllib.HTTPError"),
    ) {
        return (u.clone(), h.clone());
    }
    let os = vm.types.exc.os_error.clone();
    let u = new_class(
        "URLError",
        vec![os],
        Layout::Exception,
        Some(TypeId::BaseException),
    );
    u.dict.set_str_key("__module__", Value::str("urllib.error"));
    add_method(&u, "__init__", url_error_init);
    add_method(&u, "__str__", url_error_str);
    let h = new_class(
        "HTTPError",
        vec![u.clone()],
        Layout::Exception,
        Some(TypeId::BaseException),
    );
    h.dict.set_str_key("__module__", Value::str("urllib.error"));
    add_method(&h, "__init__", http_error_init);
    add_method(&h, "__str__", http_error_str);
    vm.classes.insert("urllib.URLError", u.clone());
    vm.classes.insert("urllib.HTTPError", h.clone());
    (u, h)
}

fn exc_instance(args: &Args) -> Option<Rc<Instance>> {
    match args.pos.first() {
        Some(Value::Instance(i)) => Some(i.clone()),
        _ => None,
    }
}

fn set_exc_args(inst: &Rc<Instance>, items: Vec<Value>) {
    if let Some(st) = &inst.exc {
        st.borrow_mut().args = Value::tuple(items);
    }
}

fn attr(inst: &Rc<Instance>, name: &str) -> Value {
    inst.dict
        .as_ref()
        .and_then(|d| d.get_str(&PyStr::new(name.to_string())))
        .unwrap_or(Value::None)
}

/// `URLError(reason, filename=None)`.
fn url_error_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(inst) = exc_instance(&args) else {
        return Ok(Value::None);
    };
    args.pos.remove(0);
    let s = super::bind(vm, "URLError.__init__", &args, &["reason", "filename"], 1)?;
    let reason = s[0].clone().unwrap_or(Value::None);
    set_exc_args(&inst, vec![reason.clone()]);
    if let Some(d) = &inst.dict {
        d.set_str_key("reason", reason);
        if let Some(f) = &s[1] {
            d.set_str_key("filename", f.clone());
        }
    }
    Ok(Value::None)
}

fn url_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(inst) = exc_instance(&args) else {
        return Ok(Value::str(""));
    };
    let reason = attr(&inst, "reason");
    let r = vm.to_string(&reason)?;
    Ok(Value::string(format!("<urlopen error {r}>")))
}

/// `HTTPError(url, code, msg, hdrs, fp)`.
fn http_error_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(inst) = exc_instance(&args) else {
        return Ok(Value::None);
    };
    args.pos.remove(0);
    let s = super::bind(
        vm,
        "HTTPError.__init__",
        &args,
        &["url", "code", "msg", "hdrs", "fp"],
        5,
    )?;
    let get = |i: usize| s[i].clone().unwrap_or(Value::None);
    set_exc_args(&inst, vec![]);
    if let Some(d) = &inst.dict {
        d.set_str_key("url", get(0));
        d.set_str_key("filename", get(0));
        d.set_str_key("code", get(1));
        d.set_str_key("msg", get(2));
        d.set_str_key("reason", get(2));
        d.set_str_key("hdrs", get(3));
        d.set_str_key("headers", get(3));
        d.set_str_key("fp", get(4));
    }
    Ok(Value::None)
}

fn http_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(inst) = exc_instance(&args) else {
        return Ok(Value::str(""));
    };
    let code = vm.to_string(&attr(&inst, "code"))?;
    let msg = vm.to_string(&attr(&inst, "msg"))?;
    Ok(Value::string(format!("HTTP Error {code}: {msg}")))
}

/// The exception for a host error message.
fn fetch_error(vm: &mut Vm, url: &str, message: &str) -> PyErr {
    let (u, h) = error_classes(vm);
    if let Some(rest) = message.strip_prefix("HTTP Error ") {
        if let Some((code, msg)) = rest.split_once(": ") {
            if let Ok(code) = code.trim().parse::<i64>() {
                let args = vec![
                    Value::str(url),
                    Value::Int(code),
                    Value::str(msg),
                    Value::Dict(Rc::new(PyDict::new())),
                    Value::None,
                ];
                return match vm.call(&Value::Class(h), args) {
                    Ok(e) => PyErr::Exception(e),
                    Err(e) => e,
                };
            }
        }
    }
    match vm.call(&Value::Class(u), vec![Value::str(message)]) {
        Ok(e) => PyErr::Exception(e),
        Err(e) => e,
    }
}

// ----- Request -----

fn request_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("urllib.Request") {
        return c.clone();
    }
    let c = new_class(
        "Request",
        vec![vm.types.object.clone()],
        Layout::Object,
        None,
    );
    c.dict
        .set_str_key("__module__", Value::str("urllib.request"));
    add_method(&c, "__init__", request_init);
    add_method(&c, "get_full_url", request_full_url);
    add_method(&c, "get_method", request_method);
    add_method(&c, "add_header", request_add_header);
    add_method(&c, "has_header", request_has_header);
    add_method(&c, "get_header", request_get_header);
    vm.classes.insert("urllib.Request", c.clone());
    c
}

/// The scheme of a URL (`_splittype`), or None.
fn url_scheme(url: &str) -> Option<String> {
    let (scheme, _) = url.split_once(':')?;
    if scheme.is_empty() || scheme.contains('/') {
        return None;
    }
    Some(scheme.to_ascii_lowercase())
}

fn instance_dict(args: &Args) -> Option<Rc<PyDict>> {
    match args.pos.first() {
        Some(Value::Instance(i)) => i.dict.clone(),
        _ => None,
    }
}

fn request_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(d) = instance_dict(&args) else {
        return Ok(Value::None);
    };
    args.pos.remove(0);
    let s = super::bind(
        vm,
        "Request.__init__",
        &args,
        &[
            "url",
            "data",
            "headers",
            "origin_req_host",
            "unverifiable",
            "method",
        ],
        1,
    )?;
    let url = str_arg(vm, &s[0], "")?;
    let url = url.trim().to_string();
    if url_scheme(&url).is_none() {
        let r = vm.repr(&Value::str(&url))?;
        return Err(vm.value_error(format!("unknown url type: {}", r.as_str())));
    }
    d.set_str_key("full_url", Value::string(url.clone()));
    d.set_str_key("type", Value::string(url_scheme(&url).unwrap_or_default()));
    d.set_str_key("data", s[1].clone().unwrap_or(Value::None));
    let headers = Rc::new(PyDict::new());
    if let Some(h) = &s[2] {
        for (k, v) in vm.mapping_items(h)? {
            let k = capitalize_header(&vm.to_string(&k)?);
            vm.dict_set(&headers, Value::string(k), v)?;
        }
    }
    d.set_str_key("headers", Value::Dict(headers));
    d.set_str_key("method", s[5].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

/// `'content-type'` → `'Content-type'` (as `Request.add_header` stores names).
fn capitalize_header(k: &str) -> String {
    let mut out = String::with_capacity(k.len());
    for (i, c) in k.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn request_full_url(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(instance_dict(&args)
        .and_then(|d| d.get_str(&PyStr::new("full_url".into())))
        .unwrap_or(Value::None))
}

fn request_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(d) = instance_dict(&args) else {
        return Ok(Value::str("GET"));
    };
    if let Some(m) = d.get_str(&PyStr::new("method".into())) {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let has_data = !d
        .get_str(&PyStr::new("data".into()))
        .unwrap_or(Value::None)
        .is_none();
    let _ = vm;
    Ok(Value::str(if has_data { "POST" } else { "GET" }))
}

fn request_headers(args: &Args) -> Option<Rc<PyDict>> {
    match instance_dict(args)?.get_str(&PyStr::new("headers".into())) {
        Some(Value::Dict(h)) => Some(h),
        _ => None,
    }
}

fn request_add_header(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let h = request_headers(&args);
    let this = args.pos.remove(0);
    let _ = this;
    let s = super::bind(vm, "Request.add_header", &args, &["key", "val"], 2)?;
    let k = capitalize_header(&str_arg(vm, &s[0], "")?);
    if let Some(h) = h {
        vm.dict_set(&h, Value::string(k), s[1].clone().unwrap_or(Value::None))?;
    }
    Ok(Value::None)
}

fn request_has_header(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let h = request_headers(&args);
    args.pos.remove(0);
    let s = super::bind(vm, "Request.has_header", &args, &["header_name"], 1)?;
    let k = capitalize_header(&str_arg(vm, &s[0], "")?);
    Ok(Value::Bool(match h {
        Some(h) => vm.dict_get(&h, &Value::string(k))?.is_some(),
        None => false,
    }))
}

fn request_get_header(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let h = request_headers(&args);
    args.pos.remove(0);
    let s = super::bind(
        vm,
        "Request.get_header",
        &args,
        &["header_name", "default"],
        1,
    )?;
    let k = capitalize_header(&str_arg(vm, &s[0], "")?);
    let default = s[1].clone().unwrap_or(Value::None);
    Ok(match h {
        Some(h) => vm.dict_get(&h, &Value::string(k))?.unwrap_or(default),
        None => default,
    })
}

// ----- urlopen and responses -----

struct Response {
    data: Vec<u8>,
    pos: usize,
    url: String,
    closed: bool,
}

fn response_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("urllib.HTTPResponse") {
        return c.clone();
    }
    let c = new_class(
        "HTTPResponse",
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(TypeId::Native),
    );
    c.dict.set_str_key("__module__", Value::str("http.client"));
    add_method(&c, "read", r_read);
    add_method(&c, "read1", r_read);
    add_method(&c, "readline", r_readline);
    add_method(&c, "readlines", r_readlines);
    add_method(&c, "__iter__", r_self);
    add_method(&c, "__next__", r_next);
    add_method(&c, "__enter__", r_self);
    add_method(&c, "__exit__", r_exit);
    add_method(&c, "close", r_close);
    add_method(&c, "getcode", r_status);
    add_method(&c, "geturl", r_geturl);
    add_method(&c, "info", r_headers);
    add_method(&c, "getheaders", r_getheaders);
    add_method(&c, "getheader", r_getheader);
    add_method(&c, "readable", r_true);
    add_method(&c, "__getattr__", r_getattr);
    add_method(&c, "__repr__", r_repr);
    vm.classes.insert("urllib.HTTPResponse", c.clone());
    c
}

/// `urlopen(url, data=None, timeout=..., *, context=None)`: the whole body through the host.
fn urlopen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "urlopen",
        &args,
        &[
            "url",
            "data",
            "timeout",
            "cafile",
            "capath",
            "cadefault",
            "context",
        ],
        1,
    )?;
    let target = s[0].clone().unwrap_or(Value::None);
    let url = match vm.base_value(&target) {
        Value::Str(u) => {
            let u = u.as_str().trim().to_string();
            if url_scheme(&u).is_none() {
                let r = vm.repr(&Value::str(&u))?;
                return Err(vm.value_error(format!("unknown url type: {}", r.as_str())));
            }
            u
        }
        Value::Instance(i)
            if i.dict
                .as_ref()
                .is_some_and(|d| d.get_str(&PyStr::new("full_url".into())).is_some()) =>
        {
            let v = attr(&i, "full_url");
            vm.to_string(&v)?
        }
        other => {
            let tn = vm.type_name(&other);
            let cls = vm.types.exc.attribute_error.clone();
            return Err(vm.new_error(&cls, format!("'{tn}' object has no attribute 'timeout'")));
        }
    };
    let scheme = url_scheme(&url).unwrap_or_default();
    if !matches!(scheme.as_str(), "http" | "https" | "file" | "ftp" | "data") {
        return Err(fetch_error(
            vm,
            &url,
            &format!("unknown url type: {scheme}"),
        ));
    }
    let data = match vm.host.urlopen(&url) {
        Ok(d) => d,
        Err(msg) => return Err(fetch_error(vm, &url, &msg)),
    };
    let cls = response_class(vm);
    let state = RefCell::new(Response {
        data,
        pos: 0,
        url,
        closed: false,
    });
    Ok(Value::Instance(Rc::new(Instance {
        class: cls,
        dict: None,
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(state))),
    })))
}

fn with_response<T>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut Response) -> T) -> PyResult<T> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Some(cell) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<RefCell<Response>>())
        {
            return Ok(f(&mut cell.borrow_mut()));
        }
    }
    Err(vm.type_error("descriptor requires an 'http.client.HTTPResponse' object".into()))
}

fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = crate::builtins::arg_int(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn r_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    let out = with_response(vm, &args, |r| {
        if r.closed {
            return Vec::new();
        }
        let end = match n {
            Some(n) => (r.pos + n).min(r.data.len()),
            None => r.data.len(),
        };
        let out = r.data[r.pos..end].to_vec();
        r.pos = end;
        out
    })?;
    Ok(Value::bytes(out))
}

fn read_line(r: &mut Response, limit: Option<usize>) -> Vec<u8> {
    if r.closed || r.pos >= r.data.len() {
        return Vec::new();
    }
    let rest = &r.data[r.pos..];
    let mut end = rest
        .iter()
        .position(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    if let Some(l) = limit {
        end = end.min(l);
    }
    let out = rest[..end].to_vec();
    r.pos += end;
    out
}

fn r_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    Ok(Value::bytes(with_response(vm, &args, |r| read_line(r, n))?))
}

fn r_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lines = with_response(vm, &args, |r| {
        let mut out = Vec::new();
        loop {
            let l = read_line(r, None);
            if l.is_empty() {
                break;
            }
            out.push(Value::bytes(l));
        }
        out
    })?;
    Ok(Value::list(lines))
}

fn r_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = with_response(vm, &args, |r| read_line(r, None))?;
    if l.is_empty() {
        let cls = vm.types.exc.stop_iteration.clone();
        return Err(PyErr::Exception(vm.new_exception(&cls, vec![])));
    }
    Ok(Value::bytes(l))
}

fn r_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn r_true(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn r_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_response(vm, &args, |r| r.closed = true)?;
    Ok(Value::None)
}

fn r_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_response(vm, &args, |r| r.closed = true)?;
    Ok(Value::None)
}

fn r_status(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(200))
}

fn r_geturl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = with_response(vm, &args, |r| r.url.clone())?;
    Ok(Value::string(u))
}

fn headers_dict(vm: &mut Vm, args: &Args) -> PyResult<Rc<PyDict>> {
    let n = with_response(vm, args, |r| r.data.len())?;
    let d = Rc::new(PyDict::new());
    d.set_str_key("Content-Length", Value::string(n.to_string()));
    Ok(d)
}

fn r_headers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Dict(headers_dict(vm, &args)?))
}

fn r_getheaders(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = headers_dict(vm, &args)?;
    Ok(Value::list(
        d.items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn r_getheader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = headers_dict(vm, &args)?;
    let name = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_ascii_lowercase(),
        _ => String::new(),
    };
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    for (k, v) in d.items() {
        if let Value::Str(k) = &k {
            if k.as_str().to_ascii_lowercase() == name {
                return Ok(v);
            }
        }
    }
    Ok(default)
}

fn r_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let name = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    match name.as_str() {
        "status" | "code" => Ok(Value::Int(200)),
        "reason" | "msg" => Ok(Value::str("OK")),
        "version" => Ok(Value::Int(11)),
        "url" => r_geturl(vm, args),
        "closed" => Ok(Value::Bool(with_response(vm, &args, |r| r.closed)?)),
        "headers" => r_headers(vm, args),
        "length" => {
            let left = with_response(vm, &args, |r| r.data.len() - r.pos)?;
            Ok(Value::Int(left as i64))
        }
        _ => Err(vm.attribute_error(&this, &name)),
    }
}

fn r_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.default_repr(&this)))
}

// ----- urllib.parse -----

const ALWAYS_SAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

/// Percent-encodes UTF-8 bytes, keeping always-safe characters and `safe`.
fn quote_bytes(data: &[u8], safe: &str, plus: bool) -> String {
    let mut out = String::with_capacity(data.len());
    for &b in data {
        let c = b as char;
        if b.is_ascii() && (ALWAYS_SAFE.contains(c) || safe.contains(c)) {
            out.push(c);
        } else if plus && b == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn quote_value(vm: &mut Vm, v: &Value, safe: &str, plus: bool) -> PyResult<String> {
    match vm.base_value(v) {
        Value::Str(s) => Ok(quote_bytes(s.as_str().as_bytes(), safe, plus)),
        Value::Bytes(b) => Ok(quote_bytes(&b.data, safe, plus)),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("quote() doesn't support '{tn}' objects")))
        }
    }
}

fn p_quote(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "quote",
        &args,
        &["string", "safe", "encoding", "errors"],
        1,
    )?;
    let safe = str_arg(vm, &s[1], "/")?;
    let v = s[0].clone().unwrap_or(Value::None);
    Ok(Value::string(quote_value(vm, &v, &safe, false)?))
}

fn p_quote_plus(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "quote_plus",
        &args,
        &["string", "safe", "encoding", "errors"],
        1,
    )?;
    let safe = str_arg(vm, &s[1], "")?;
    let v = s[0].clone().unwrap_or(Value::None);
    Ok(Value::string(quote_value(vm, &v, &safe, true)?))
}

/// Decodes %XX escapes (as UTF-8, invalid sequences replaced).
fn unquote_str(s: &str, plus: bool) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' && i + 2 < bytes.len() {
            let h = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = h {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if plus && b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn p_unquote(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "unquote", &args, &["string", "encoding", "errors"], 1)?;
    let t = str_arg(vm, &s[0], "")?;
    Ok(Value::string(unquote_str(&t, false)))
}

fn p_unquote_plus(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "unquote_plus",
        &args,
        &["string", "encoding", "errors"],
        1,
    )?;
    let t = str_arg(vm, &s[0], "")?;
    Ok(Value::string(unquote_str(&t, true)))
}

fn p_urlencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "urlencode",
        &args,
        &["query", "doseq", "safe", "encoding", "errors", "quote_via"],
        1,
    )?;
    let query = s[0].clone().unwrap_or(Value::None);
    let doseq = truthy_arg(vm, &s[1])?;
    let safe = str_arg(vm, &s[2], "")?;
    let pairs: Vec<(Value, Value)> = match &query {
        Value::Dict(_) => vm.mapping_items(&query)?,
        Value::Instance(i) if i.class.lookup(&PyStr::new("items".into())).is_some() => {
            vm.mapping_items(&query)?
        }
        _ => {
            let items = vm.collect_iterable(&query)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let kv = vm.unpack(&it, 2).map_err(|_| {
                    vm.type_error("not a valid non-string sequence or mapping object".into())
                })?;
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        }
    };
    let mut parts = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        let ks = encode_component(vm, &k, &safe)?;
        let is_seq = matches!(v, Value::List(_) | Value::Tuple(_));
        if doseq && is_seq {
            for item in vm.collect_iterable(&v)? {
                let vs = encode_component(vm, &item, &safe)?;
                parts.push(format!("{ks}={vs}"));
            }
        } else {
            let vs = encode_component(vm, &v, &safe)?;
            parts.push(format!("{ks}={vs}"));
        }
    }
    Ok(Value::string(parts.join("&")))
}

/// `quote_plus(str(v))` (bytes quoted as they are).
fn encode_component(vm: &mut Vm, v: &Value, safe: &str) -> PyResult<String> {
    match vm.base_value(v) {
        Value::Bytes(b) => Ok(quote_bytes(&b.data, safe, true)),
        other => {
            let s = vm.to_string(&other)?;
            Ok(quote_bytes(s.as_bytes(), safe, true))
        }
    }
}

/// The five parts of `urlsplit`.
struct Split {
    scheme: String,
    netloc: String,
    path: String,
    query: String,
    fragment: String,
}

fn urlsplit(url: &str, default_scheme: &str, allow_fragments: bool) -> Split {
    let url: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\r' | '\n'))
        .collect();
    let mut scheme = default_scheme.to_string();
    let mut rest = url.as_str();
    if let Some(i) = url.find(':') {
        let cand = &url[..i];
        if i > 0
            && cand.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && cand
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            scheme = cand.to_ascii_lowercase();
            rest = &url[i + 1..];
        }
    }
    let mut netloc = String::new();
    if let Some(r) = rest.strip_prefix("//") {
        let end = r.find(['/', '?', '#']).unwrap_or(r.len());
        netloc = r[..end].to_string();
        rest = &r[end..];
    }
    let mut fragment = String::new();
    let mut body = rest.to_string();
    if allow_fragments {
        if let Some(i) = body.find('#') {
            fragment = body[i + 1..].to_string();
            body.truncate(i);
        }
    }
    let mut query = String::new();
    if let Some(i) = body.find('?') {
        query = body[i + 1..].to_string();
        body.truncate(i);
    }
    Split {
        scheme,
        netloc,
        path: body,
        query,
        fragment,
    }
}

/// A named-tuple-like result (`SplitResult` / `ParseResult`): a tuple subclass with the
/// field names as attributes.
fn result_value(
    vm: &mut Vm,
    key: &'static str,
    name: &str,
    fields: &[&str],
    values: Vec<String>,
) -> Value {
    let cls = match vm.classes.get(key) {
        Some(c) => c.clone(),
        None => {
            let c = new_class(name, vec![vm.types.tuple.clone()], Layout::Builtin, None);
            c.dict.set_str_key("__module__", Value::str("urllib.parse"));
            add_method(&c, "__repr__", result_repr);
            add_method(&c, "geturl", result_geturl);
            vm.classes.insert(key, c.clone());
            c
        }
    };
    let d = PyDict::new();
    let vals: Vec<Value> = values.into_iter().map(Value::string).collect();
    for (f, v) in fields.iter().zip(vals.iter()) {
        d.set_str_key(f, v.clone());
    }
    d.set_str_key(
        "_fields",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    Value::Instance(Rc::new(Instance {
        class: cls,
        dict: Some(Rc::new(d)),
        base: RefCell::new(Value::tuple(vals)),
        exc: None,
        native: RefCell::new(None),
    }))
}

fn result_parts(vm: &mut Vm, this: &Value) -> (Vec<String>, Vec<Value>) {
    let fields = match this {
        Value::Instance(i) => match i
            .dict
            .as_ref()
            .and_then(|d| d.get_str(&PyStr::new("_fields".into())))
        {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default()
                })
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let vals = match vm.base_value(this) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    (fields, vals)
}

fn result_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&this).name();
    let (fields, vals) = result_parts(vm, &this);
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(vals.iter()) {
        let r = vm.repr(v)?;
        parts.push(format!("{f}={}", r.as_str()));
    }
    Ok(Value::string(format!(
        "{}({})",
        cls.as_str(),
        parts.join(", ")
    )))
}

fn result_geturl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (fields, vals) = result_parts(vm, &this);
    let strs: Vec<String> = vals
        .iter()
        .map(|v| {
            v.as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default()
        })
        .collect();
    if fields.len() == 6 {
        Ok(Value::string(unparse(
            &strs[0], &strs[1], &strs[2], &strs[3], &strs[4], &strs[5],
        )))
    } else if strs.len() == 5 {
        Ok(Value::string(unsplit(
            &strs[0], &strs[1], &strs[2], &strs[3], &strs[4],
        )))
    } else {
        Ok(Value::str(""))
    }
}

fn p_urlsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "urlsplit",
        &args,
        &["url", "scheme", "allow_fragments"],
        1,
    )?;
    let url = str_arg(vm, &s[0], "")?;
    let scheme = str_arg(vm, &s[1], "")?;
    let allow = match &s[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let sp = urlsplit(&url, &scheme, allow);
    Ok(result_value(
        vm,
        "urllib.SplitResult",
        "SplitResult",
        &["scheme", "netloc", "path", "query", "fragment"],
        vec![sp.scheme, sp.netloc, sp.path, sp.query, sp.fragment],
    ))
}

fn p_urlparse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(
        vm,
        "urlparse",
        &args,
        &["url", "scheme", "allow_fragments"],
        1,
    )?;
    let url = str_arg(vm, &s[0], "")?;
    let scheme = str_arg(vm, &s[1], "")?;
    let allow = match &s[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut sp = urlsplit(&url, &scheme, allow);
    let mut params = String::new();
    if matches!(
        sp.scheme.as_str(),
        "" | "ftp"
            | "hdl"
            | "prospero"
            | "http"
            | "imap"
            | "https"
            | "shttp"
            | "rtsp"
            | "rtspu"
            | "sip"
            | "sips"
            | "mms"
            | "sftp"
            | "tel"
    ) && sp.path.contains(';')
    {
        let start = sp.path.rfind('/').unwrap_or(0);
        if let Some(i) = sp.path[start..].find(';') {
            let i = start + i;
            params = sp.path[i + 1..].to_string();
            sp.path.truncate(i);
        }
    }
    Ok(result_value(
        vm,
        "urllib.ParseResult",
        "ParseResult",
        &["scheme", "netloc", "path", "params", "query", "fragment"],
        vec![sp.scheme, sp.netloc, sp.path, params, sp.query, sp.fragment],
    ))
}

fn unsplit(scheme: &str, netloc: &str, path: &str, query: &str, fragment: &str) -> String {
    let mut url = path.to_string();
    if !netloc.is_empty()
        || (!scheme.is_empty()
            && matches!(
                scheme,
                "ftp" | "http" | "https" | "file" | "sftp" | "git" | "svn"
            )
            && url.starts_with("//"))
    {
        if !url.is_empty() && !url.starts_with('/') {
            url = format!("/{url}");
        }
        url = format!("//{netloc}{url}");
    }
    if !scheme.is_empty() {
        url = format!("{scheme}:{url}");
    }
    if !query.is_empty() {
        url = format!("{url}?{query}");
    }
    if !fragment.is_empty() {
        url = format!("{url}#{fragment}");
    }
    url
}

fn unparse(
    scheme: &str,
    netloc: &str,
    path: &str,
    params: &str,
    query: &str,
    fragment: &str,
) -> String {
    let path = if params.is_empty() {
        path.to_string()
    } else {
        format!("{path};{params}")
    };
    unsplit(scheme, netloc, &path, query, fragment)
}

fn string_items(vm: &mut Vm, v: &Option<Value>, n: usize) -> PyResult<Vec<String>> {
    let items = vm.collect_iterable(&v.clone().unwrap_or(Value::None))?;
    if items.len() != n {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(n);
    for it in &items {
        out.push(str_arg(vm, &Some(it.clone()), "")?);
    }
    Ok(out)
}

fn p_urlunsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "urlunsplit", &args, &["components"], 1)?;
    let c = string_items(vm, &s[0], 5)?;
    Ok(Value::string(unsplit(&c[0], &c[1], &c[2], &c[3], &c[4])))
}

fn p_urlunparse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "urlunparse", &args, &["components"], 1)?;
    let c = string_items(vm, &s[0], 6)?;
    Ok(Value::string(unparse(
        &c[0], &c[1], &c[2], &c[3], &c[4], &c[5],
    )))
}

fn p_urljoin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "urljoin", &args, &["base", "url", "allow_fragments"], 2)?;
    let base = str_arg(vm, &s[0], "")?;
    let url = str_arg(vm, &s[1], "")?;
    if base.is_empty() {
        return Ok(Value::string(url));
    }
    if url.is_empty() {
        return Ok(Value::string(base));
    }
    let b = urlsplit(&base, "", true);
    let u = urlsplit(&url, &b.scheme, true);
    let uses_relative = matches!(
        b.scheme.as_str(),
        "" | "ftp"
            | "http"
            | "gopher"
            | "nntp"
            | "imap"
            | "wais"
            | "file"
            | "https"
            | "shttp"
            | "mms"
            | "prospero"
            | "rtsp"
            | "rtspu"
            | "sftp"
            | "svn"
            | "svn+ssh"
            | "ws"
            | "wss"
    );
    if u.scheme != b.scheme || !uses_relative {
        return Ok(Value::string(url));
    }
    if !u.netloc.is_empty() {
        return Ok(Value::string(unsplit(
            &u.scheme,
            &u.netloc,
            &u.path,
            &u.query,
            &u.fragment,
        )));
    }
    if u.path.is_empty() {
        let query = if u.query.is_empty() {
            b.query.clone()
        } else {
            u.query.clone()
        };
        return Ok(Value::string(unsplit(
            &u.scheme,
            &b.netloc,
            &b.path,
            &query,
            &u.fragment,
        )));
    }
    let mut base_parts: Vec<&str> = b.path.split('/').collect();
    if base_parts.last().is_some_and(|p| !p.is_empty()) {
        base_parts.pop();
    }
    let segments: Vec<&str> = if u.path.starts_with('/') {
        u.path.split('/').collect()
    } else {
        let mut all = base_parts;
        all.extend(u.path.split('/'));
        // Drop empty middle segments (they would double the slashes).
        let n = all.len();
        all.into_iter()
            .enumerate()
            .filter(|(i, seg)| *i == 0 || *i == n - 1 || !seg.is_empty())
            .map(|(_, seg)| seg)
            .collect()
    };
    let mut resolved: Vec<&str> = Vec::new();
    for seg in &segments {
        match *seg {
            ".." => {
                resolved.pop();
            }
            "." => {}
            other => resolved.push(other),
        }
    }
    if matches!(segments.last(), Some(&".") | Some(&"..")) {
        resolved.push("");
    }
    let path = resolved.join("/");
    let path = if path.is_empty() {
        "/".to_string()
    } else {
        path
    };
    Ok(Value::string(unsplit(
        &u.scheme,
        &b.netloc,
        &path,
        &u.query,
        &u.fragment,
    )))
}

fn parse_pairs(qs: &str, keep_blank: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for field in qs.split('&') {
        if field.is_empty() {
            continue;
        }
        let (k, v) = match field.split_once('=') {
            Some((k, v)) => (k, v),
            None => {
                if !keep_blank {
                    continue;
                }
                (field, "")
            }
        };
        if !v.is_empty() || keep_blank {
            out.push((unquote_str(k, true), unquote_str(v, true)));
        }
    }
    out
}

/// The parameters `parse_qs` and `parse_qsl` share.
const PARSE_QS_PARAMS: &[&str] = &[
    "qs",
    "keep_blank_values",
    "strict_parsing",
    "encoding",
    "errors",
    "max_num_fields",
    "separator",
];

fn p_parse_qsl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "parse_qsl", &args, PARSE_QS_PARAMS, 1)?;
    let qs = str_arg(vm, &s[0], "")?;
    let keep = truthy_arg(vm, &s[1])?;
    let pairs = parse_pairs(&qs, keep);
    Ok(Value::list(
        pairs
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![Value::string(k), Value::string(v)]))
            .collect(),
    ))
}

fn p_parse_qs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::bind(vm, "parse_qs", &args, PARSE_QS_PARAMS, 1)?;
    let qs = str_arg(vm, &s[0], "")?;
    let keep = truthy_arg(vm, &s[1])?;
    let d = Rc::new(PyDict::new());
    for (k, v) in parse_pairs(&qs, keep) {
        let key = Value::string(k);
        match vm.dict_get(&d, &key)? {
            Some(Value::List(l)) => l.items.borrow_mut().push(Value::string(v)),
            _ => vm.dict_set(&d, key, Value::list(vec![Value::string(v)]))?,
        }
    }
    Ok(Value::Dict(d))
}
