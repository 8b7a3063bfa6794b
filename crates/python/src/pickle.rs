//! The value format that carries objects between processes, with pickle's semantics: data
//! by value (a memo keeps shared references and cycles), functions and classes by
//! reference (module + qualified name, which must lead back to the same object), instances
//! as their class plus state (`__reduce__`, `__getstate__`/`__setstate__` honoured), and
//! CPython's errors for what cannot be pickled (lambdas, local objects, generators, files,
//! modules). The bytes are mpplay's own; only the semantics are pickle's.

use crate::dict::PyDict;
use crate::set::PySet;
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// The first bytes of every message: pickle protocol 4's header, so code that peeks at a
/// pickled message's start (`data[:2] == b'\x80\x04'`) sees what CPython would send.
const HEADER: [u8; 2] = [0x80, 0x04];

/// Serializes `v`.
pub fn dumps(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        out: HEADER.to_vec(),
        memo: HashMap::new(),
        keep: Vec::new(),
    };
    w.value(vm, v)?;
    Ok(w.out)
}

/// Rebuilds a value serialized by `dumps` (in this or another process).
pub fn loads(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    if !data.starts_with(&HEADER) {
        return Err(unpickling_error(vm, "invalid load key"));
    }
    let mut r = Reader {
        data,
        pos: HEADER.len(),
        memo: Vec::new(),
    };
    let v = r.value(vm, 0)?;
    if r.pos != data.len() {
        return Err(unpickling_error(vm, "unexpected data after the value"));
    }
    Ok(v)
}

mod tag {
    pub const NONE: u8 = b'N';
    pub const TRUE: u8 = b'T';
    pub const FALSE: u8 = b'F';
    pub const INT: u8 = b'I';
    pub const LONG: u8 = b'L';
    pub const FLOAT: u8 = b'D';
    pub const STR: u8 = b'S';
    pub const BYTES: u8 = b'B';
    pub const TUPLE: u8 = b'U';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const SET: u8 = b's';
    pub const FROZENSET: u8 = b'f';
    pub const RANGE: u8 = b'R';
    pub const SLICE: u8 = b':';
    pub const ELLIPSIS: u8 = b'E';
    pub const NOT_IMPLEMENTED: u8 = b'n';
    pub const GLOBAL: u8 = b'G';
    pub const BUILTIN: u8 = b'b';
    pub const METHOD: u8 = b'm';
    pub const INSTANCE: u8 = b'O';
    pub const REDUCE: u8 = b'r';
    pub const MEMO: u8 = b'M';
    pub const COMPLEX: u8 = b'C';
}

struct Writer {
    out: Vec<u8>,
    /// Identity of each container already written → its memo index.
    memo: HashMap<usize, u32>,
    /// Keeps temporaries alive so their addresses are not reused while writing.
    keep: Vec<Value>,
}

impl Writer {
    fn u32(&mut self, n: usize) {
        self.out.extend_from_slice(&(n as u32).to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.u32(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    /// Writes a memo reference when `v` was seen; else remembers it.
    fn seen(&mut self, v: &Value) -> bool {
        let Some(p) = v.ptr() else { return false };
        if let Some(i) = self.memo.get(&p) {
            let i = *i as usize;
            self.out.push(tag::MEMO);
            self.u32(i);
            return true;
        }
        let i = self.memo.len() as u32;
        self.memo.insert(p, i);
        self.keep.push(v.clone());
        false
    }

    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        vm.tick()?;
        match v {
            Value::None => self.out.push(tag::NONE),
            Value::Bool(true) => self.out.push(tag::TRUE),
            Value::Bool(false) => self.out.push(tag::FALSE),
            Value::Int(i) => {
                self.out.push(tag::INT);
                self.out.extend_from_slice(&i.to_le_bytes());
            }
            Value::Long(b) => {
                self.out.push(tag::LONG);
                let bytes = b.to_signed_bytes_le();
                self.u32(bytes.len());
                self.out.extend_from_slice(&bytes);
            }
            Value::Float(f) => {
                self.out.push(tag::FLOAT);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Str(s) => {
                self.out.push(tag::STR);
                self.str(s.as_str());
            }
            Value::Bytes(b) => {
                self.out.push(tag::BYTES);
                self.u32(b.data.len());
                self.out.extend_from_slice(&b.data);
            }
            Value::Ellipsis => self.out.push(tag::ELLIPSIS),
            Value::NotImplemented => self.out.push(tag::NOT_IMPLEMENTED),
            Value::Tuple(t) => {
                self.out.push(tag::TUPLE);
                self.u32(t.items.len());
                for x in t.items.iter() {
                    self.value(vm, x)?;
                }
            }
            Value::List(l) => {
                if self.seen(v) {
                    return Ok(());
                }
                let items = l.items.borrow().clone();
                self.out.push(tag::LIST);
                self.u32(items.len());
                for x in &items {
                    self.value(vm, x)?;
                }
            }
            Value::Dict(d) => {
                if self.seen(v) {
                    return Ok(());
                }
                self.dict(vm, d)?;
            }
            Value::Set(s) => {
                if self.seen(v) {
                    return Ok(());
                }
                self.out
                    .push(if s.frozen { tag::FROZENSET } else { tag::SET });
                let items = s.items();
                self.u32(items.len());
                for x in &items {
                    self.value(vm, x)?;
                }
            }
            Value::Range(r) => {
                self.out.push(tag::RANGE);
                for n in [r.start, r.stop, r.step] {
                    self.out.extend_from_slice(&n.to_le_bytes());
                }
            }
            Value::Slice(s) => {
                self.out.push(tag::SLICE);
                for x in [&s.start, &s.stop, &s.step] {
                    self.value(vm, x)?;
                }
            }
            Value::Function(f) => {
                let module = f.module.clone();
                let qual = f.qualname.borrow().as_str().to_string();
                self.global(vm, v, module, &qual)?;
            }
            Value::Class(c) => {
                let module = c.dict.get_str(&PyStr::new("__module__".into()));
                let module = module.unwrap_or_else(|| Value::str("builtins"));
                let qual = c.qualname.borrow().as_str().to_string();
                self.global(vm, v, module, &qual)?;
            }
            Value::Builtin(b) => match &b.this {
                Some(this) => {
                    let this = this.clone();
                    self.out.push(tag::METHOD);
                    self.value(vm, &this)?;
                    self.str(b.name);
                }
                None => self.builtin(vm, v, b)?,
            },
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.name.borrow().as_str().to_string(),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => return Err(cannot(vm, v)),
                };
                let this = m.this.clone();
                self.out.push(tag::METHOD);
                self.value(vm, &this)?;
                self.str(&name);
            }
            Value::Instance(i) => {
                if self.seen(v) {
                    return Ok(());
                }
                self.instance(vm, v, i)?;
            }
            _ => return Err(cannot(vm, v)),
        }
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, d: &PyDict) -> PyResult<()> {
        let items = d.items();
        self.out.push(tag::DICT);
        self.u32(items.len());
        for (k, x) in &items {
            self.value(vm, k)?;
            self.value(vm, x)?;
        }
        Ok(())
    }

    /// A function or class by reference, checked to lead back to the same object.
    fn global(&mut self, vm: &mut Vm, v: &Value, module: Value, qual: &str) -> PyResult<()> {
        let module = match module {
            Value::Str(s) => s.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        if qual.contains("<locals>") {
            let cls = vm.types.exc.attribute_error.clone();
            return Err(vm.new_error(&cls, format!("Can't pickle local object '{qual}'")));
        }
        let found = lookup(vm, &module, qual);
        let same = matches!(&found, Some(f) if f.ptr() == v.ptr());
        if !same {
            let shown = vm.repr(v)?.as_str().to_string();
            let last = qual.rsplit('.').next().unwrap_or(qual);
            let msg = if found.is_none() {
                format!("Can't pickle {shown}: attribute lookup {last} on {module} failed")
            } else {
                format!("Can't pickle {shown}: it's not the same object as {module}.{qual}")
            };
            return Err(pickling_error(vm, &msg));
        }
        self.out.push(tag::GLOBAL);
        self.str(&module);
        self.str(qual);
        Ok(())
    }

    /// A builtin function: by name in builtins, or by reference in the module that holds it.
    fn builtin(&mut self, vm: &mut Vm, v: &Value, b: &Builtin) -> PyResult<()> {
        if let Some(x) = vm.builtins.get_str(&PyStr::new(b.name.to_string())) {
            if x.ptr() == v.ptr() {
                self.out.push(tag::BUILTIN);
                self.str(b.name);
                return Ok(());
            }
        }
        let mut names: Vec<String> = vm.modules.keys().cloned().collect();
        names.sort();
        for name in names {
            if let Some(Value::Module(m)) = vm.modules.get(&name) {
                if let Some(x) = m.dict.get_str(&PyStr::new(b.name.to_string())) {
                    if x.ptr() == v.ptr() {
                        self.out.push(tag::GLOBAL);
                        self.str(&name);
                        self.str(b.name);
                        return Ok(());
                    }
                }
            }
        }
        Err(cannot(vm, v))
    }

    fn instance(&mut self, vm: &mut Vm, v: &Value, i: &Rc<Instance>) -> PyResult<()> {
        if let Some((re, im)) = crate::methods::complex::complex_parts(v) {
            self.out.push(tag::COMPLEX);
            self.out.extend_from_slice(&re.to_le_bytes());
            self.out.extend_from_slice(&im.to_le_bytes());
            return Ok(());
        }
        let reduce = PyStr::new("__reduce__".into());
        if let Some(f) = i.class.lookup(&reduce) {
            if !is_object_default(vm, &f) {
                let r = vm.call_dunder(&f, v, Vec::new())?;
                let Value::Tuple(t) = r else {
                    return Err(pickling_error(
                        vm,
                        "__reduce__ must return a string or tuple",
                    ));
                };
                if t.items.len() < 2 {
                    return Err(pickling_error(
                        vm,
                        "tuple returned by __reduce__ must contain 2 through 6 elements",
                    ));
                }
                self.out.push(tag::REDUCE);
                self.value(vm, &t.items[0])?;
                self.value(vm, &t.items[1])?;
                let state = t.items.get(2).cloned().unwrap_or(Value::None);
                self.value(vm, &state)?;
                return Ok(());
            }
        }
        // Native state (a file, a regex) cannot travel; slot values are stored natively too.
        if i.native.borrow().is_some() && i.class.slots.is_none() {
            return Err(cannot(vm, v));
        }
        let cls = Value::Class(i.class.clone());
        self.out.push(tag::INSTANCE);
        self.value(vm, &cls)?;
        let base = i.base.borrow().clone();
        self.value(vm, &base)?;
        let exc_args = match &i.exc {
            Some(st) => st.borrow().args.clone(),
            None => Value::None,
        };
        self.value(vm, &exc_args)?;
        let getstate = PyStr::new("__getstate__".into());
        let state = match i.class.lookup(&getstate) {
            Some(f) if !is_object_default(vm, &f) => vm.call_dunder(&f, v, Vec::new())?,
            _ => default_state(vm, i),
        };
        self.value(vm, &state)
    }
}

/// Whether `f` is `object`'s own method (so the class did not define one).
fn is_object_default(vm: &Vm, f: &Value) -> bool {
    matches!(f, Value::Builtin(_))
        && vm
            .types
            .object
            .dict
            .items()
            .iter()
            .any(|(_, x)| x.ptr() == f.ptr())
}

/// The instance's `__dict__` plus its slots, as pickle's default state.
fn default_state(vm: &mut Vm, i: &Rc<Instance>) -> Value {
    let d = PyDict::new();
    if let Some(own) = &i.dict {
        for (k, x) in own.items() {
            let _ = vm.dict_set(&d, k, x);
        }
    }
    if let Some(slots) = i.class.slots.clone() {
        let obj = Value::Instance(i.clone());
        for name in slots {
            if let Ok(x) = vm.getattr(&obj, &name) {
                let _ = vm.dict_set(&d, Value::Str(name), x);
            }
        }
    }
    Value::Dict(Rc::new(d))
}

/// `module.qualname` in this process, if it exists. A child's main module answers to both
/// `__main__` and `__mp_main__`.
fn lookup(vm: &mut Vm, module: &str, qual: &str) -> Option<Value> {
    if module == "_pickle" {
        let key = if qual == "PicklingError" {
            "PicklingError"
        } else {
            "UnpicklingError"
        };
        return Some(Value::Class(error_class(vm, key)));
    }
    let m = vm
        .modules
        .get(module)
        .or_else(|| match module {
            "__mp_main__" => vm.modules.get("__main__"),
            "__main__" => vm.modules.get("__mp_main__"),
            _ => None,
        })
        .cloned();
    let mut cur = match m {
        Some(m) => m,
        None => match vm.import_module(module) {
            Ok(Some(m)) => m,
            _ => return None,
        },
    };
    for part in qual.split('.') {
        cur = vm.getattr(&cur, &PyStr::new(part.to_string())).ok()?;
    }
    Some(cur)
}

fn cannot(vm: &mut Vm, v: &Value) -> PyErr {
    let name = match v {
        Value::Instance(i) if i.native.borrow().is_some() => {
            let n = i.class.name().as_str().to_string();
            match n.as_str() {
                "TextIOWrapper" | "BufferedReader" | "BufferedWriter" | "BufferedRandom" => {
                    format!("_io.{n}")
                }
                _ => n,
            }
        }
        _ => vm.type_name(v),
    };
    vm.type_error(format!("cannot pickle '{name}' object"))
}

fn error_class(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    let key = match name {
        "PicklingError" => "_pickle.PicklingError",
        _ => "_pickle.UnpicklingError",
    };
    if let Some(c) = vm.classes.get(key) {
        return c.clone();
    }
    let base = vm.types.exc.exception.clone();
    let pickle_error = crate::types::new_class(
        "PickleError",
        vec![base],
        Layout::Exception,
        Some(crate::types::TypeId::BaseException),
    );
    pickle_error
        .dict
        .set_str_key("__module__", Value::str("_pickle"));
    for (n, k) in [
        ("PicklingError", "_pickle.PicklingError"),
        ("UnpicklingError", "_pickle.UnpicklingError"),
    ] {
        let c = crate::types::new_class(
            n,
            vec![pickle_error.clone()],
            Layout::Exception,
            Some(crate::types::TypeId::BaseException),
        );
        c.dict.set_str_key("__module__", Value::str("_pickle"));
        vm.classes.insert(k, c);
    }
    vm.classes.get(key).cloned().unwrap_or(pickle_error)
}

fn pickling_error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = error_class(vm, "PicklingError");
    vm.new_error(&cls, msg.to_string())
}

fn unpickling_error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = error_class(vm, "UnpicklingError");
    vm.new_error(&cls, msg.to_string())
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    memo: Vec<Value>,
}

const MAX_DEPTH: usize = 500;

impl Reader<'_> {
    fn take(&mut self, vm: &mut Vm, n: usize) -> PyResult<&[u8]> {
        if self.data.len() - self.pos < n {
            return Err(unpickling_error(vm, "pickle data was truncated"));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn byte(&mut self, vm: &mut Vm) -> PyResult<u8> {
        Ok(self.take(vm, 1)?[0])
    }

    fn u32(&mut self, vm: &mut Vm) -> PyResult<usize> {
        let b = self.take(vm, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn i64(&mut self, vm: &mut Vm) -> PyResult<i64> {
        let b = self.take(vm, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(i64::from_le_bytes(a))
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<String> {
        let n = self.u32(vm)?;
        let b = self.take(vm, n)?.to_vec();
        String::from_utf8(b).map_err(|_| unpickling_error(vm, "invalid utf-8 in pickle data"))
    }

    /// A count of items, refused when more than the bytes left could hold.
    fn count(&mut self, vm: &mut Vm) -> PyResult<usize> {
        let n = self.u32(vm)?;
        if n > self.data.len() - self.pos {
            return Err(unpickling_error(vm, "pickle data was truncated"));
        }
        Ok(n)
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        if depth > MAX_DEPTH {
            return Err(unpickling_error(vm, "pickle data nested too deeply"));
        }
        let d = depth + 1;
        let t = self.byte(vm)?;
        Ok(match t {
            tag::NONE => Value::None,
            tag::TRUE => Value::Bool(true),
            tag::FALSE => Value::Bool(false),
            tag::INT => Value::Int(self.i64(vm)?),
            tag::LONG => {
                let n = self.u32(vm)?;
                let b = self.take(vm, n)?;
                Value::Long(Rc::new(BigInt::from_signed_bytes_le(b)))
            }
            tag::FLOAT => Value::Float(f64::from_bits(self.i64(vm)? as u64)),
            tag::STR => Value::string(self.string(vm)?),
            tag::BYTES => {
                let n = self.u32(vm)?;
                Value::bytes(self.take(vm, n)?.to_vec())
            }
            tag::ELLIPSIS => Value::Ellipsis,
            tag::COMPLEX => {
                let re = f64::from_bits(self.i64(vm)? as u64);
                let im = f64::from_bits(self.i64(vm)? as u64);
                crate::methods::complex::new_complex(vm, re, im)
            }
            tag::NOT_IMPLEMENTED => Value::NotImplemented,
            tag::TUPLE => {
                let n = self.count(vm)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(vm, d)?);
                }
                Value::tuple(items)
            }
            tag::LIST => {
                let n = self.count(vm)?;
                let l = Rc::new(PyList::new(Vec::with_capacity(n)));
                self.memo.push(Value::List(l.clone()));
                for _ in 0..n {
                    let x = self.value(vm, d)?;
                    l.items.borrow_mut().push(x);
                }
                Value::List(l)
            }
            tag::DICT => {
                let n = self.count(vm)?;
                let dict = Rc::new(PyDict::new());
                self.memo.push(Value::Dict(dict.clone()));
                for _ in 0..n {
                    let k = self.value(vm, d)?;
                    let x = self.value(vm, d)?;
                    vm.dict_set(&dict, k, x)?;
                }
                Value::Dict(dict)
            }
            tag::SET | tag::FROZENSET => {
                let n = self.count(vm)?;
                let s = Rc::new(PySet::new(t == tag::FROZENSET));
                self.memo.push(Value::Set(s.clone()));
                for _ in 0..n {
                    let x = self.value(vm, d)?;
                    vm.set_add(&s, x)?;
                }
                Value::Set(s)
            }
            tag::RANGE => {
                let (start, stop, step) = (self.i64(vm)?, self.i64(vm)?, self.i64(vm)?);
                if step == 0 {
                    return Err(unpickling_error(vm, "bad range"));
                }
                Value::Range(Rc::new(PyRange { start, stop, step }))
            }
            tag::SLICE => {
                let start = self.value(vm, d)?;
                let stop = self.value(vm, d)?;
                let step = self.value(vm, d)?;
                Value::Slice(Rc::new(PySlice { start, stop, step }))
            }
            tag::GLOBAL => {
                let module = self.string(vm)?;
                let qual = self.string(vm)?;
                match lookup(vm, &module, &qual) {
                    Some(v) => v,
                    None => {
                        let cls = vm.types.exc.attribute_error.clone();
                        return Err(vm.new_error(
                            &cls,
                            format!("Can't get attribute '{qual}' on <module '{module}'>"),
                        ));
                    }
                }
            }
            tag::BUILTIN => {
                let name = self.string(vm)?;
                match vm.builtins.get_str(&PyStr::new(name.clone())) {
                    Some(v) => v,
                    None => return Err(unpickling_error(vm, &format!("no builtin {name}"))),
                }
            }
            tag::METHOD => {
                let obj = self.value(vm, d)?;
                let name = self.string(vm)?;
                vm.getattr(&obj, &PyStr::new(name))?
            }
            tag::REDUCE => {
                let slot = self.memo.len();
                self.memo.push(Value::None);
                let f = self.value(vm, d)?;
                let args = self.value(vm, d)?;
                let state = self.value(vm, d)?;
                let args = match args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => return Err(unpickling_error(vm, "reduce arguments must be a tuple")),
                };
                let obj = vm.call(&f, args)?;
                if !state.is_none() {
                    self.set_state(vm, &obj, state)?;
                }
                self.memo[slot] = obj.clone();
                obj
            }
            tag::INSTANCE => {
                let slot = self.memo.len();
                self.memo.push(Value::None);
                let cls = match self.value(vm, d)? {
                    Value::Class(c) => c,
                    _ => return Err(unpickling_error(vm, "instance of a non-class")),
                };
                let base = self.value(vm, d)?;
                let exc_args = self.value(vm, d)?;
                let args = match &exc_args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => Vec::new(),
                };
                let obj = vm.new_instance(&cls, &Args::new(args))?;
                if let Value::Instance(i) = &obj {
                    if !base.is_none() {
                        *i.base.borrow_mut() = base;
                    }
                }
                self.memo[slot] = obj.clone();
                let state = self.value(vm, d)?;
                self.set_state(vm, &obj, state)?;
                obj
            }
            tag::MEMO => {
                let i = self.u32(vm)?;
                match self.memo.get(i) {
                    Some(v) => v.clone(),
                    None => return Err(unpickling_error(vm, "bad memo reference")),
                }
            }
            _ => {
                return Err(unpickling_error(
                    vm,
                    &format!("invalid load key, '{}'.", t as char),
                ))
            }
        })
    }

    /// `__setstate__(state)` if the class has one, else the state updates `__dict__`.
    fn set_state(&mut self, vm: &mut Vm, obj: &Value, state: Value) -> PyResult<()> {
        let Value::Instance(i) = obj else {
            return Ok(());
        };
        let setstate = PyStr::new("__setstate__".into());
        if let Some(f) = i.class.lookup(&setstate) {
            vm.call_dunder(&f, obj, vec![state])?;
            return Ok(());
        }
        if let Value::Dict(d) = state {
            for (k, x) in d.items() {
                match (&i.dict, k) {
                    (Some(own), k) => vm.dict_set(own, k, x)?,
                    (None, Value::Str(name)) => vm.setattr(obj, &name, x)?,
                    _ => {}
                }
            }
        }
        Ok(())
    }
}
