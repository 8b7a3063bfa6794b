//! Pickling: turning a value into bytes and back, so that process arguments, queue items,
//! pipe messages and manager requests can cross from one VM to another.
//!
//! The bytes are our own compact format (below); the *semantics* are CPython 3.11's: which
//! values can be pickled, how (functions and classes by reference to `module.qualname`,
//! instances through `__reduce_ex__`/`__reduce__` or class + state, exceptions as class +
//! args), that shared references and cycles survive through a memo, and the exact error
//! types and messages CPython gives for what cannot be pickled.
//!
//! Boundary: this module knows nothing of processes or transports. It needs the VM only to
//! call user hooks (`__reduce__`, `__getstate__`, `__setstate__`, constructors) and to import
//! the modules that references point into. A spawned child that runs the user's program as
//! `__mp_main__` must also register it as `__main__` in `vm.modules` (CPython does the same
//! in the parent), so references written by either side resolve.
//!
//! Format: `MAGIC`, then a program for a small stack machine, ended by `STOP`:
//!
//! ```text
//!   a = [1]; a.append(a)      EMPTY_LIST PUT   INT 1   GET 0   APPENDS 2   STOP
//!                             └─ memo 0 ──┘            └─ the list itself
//! ```
//!
//! Mutable containers are created empty and memoized before their items, so cycles through
//! them close; objects built from their parts (tuples, reduce results) are memoized after,
//! and if a part referred back to the object, the copy built is dropped and the memoized one
//! fetched (`POP` + `GET`), exactly as CPython's pickler does. Neither direction recurses on
//! the Rust stack (dumping runs a stack of `Task`s; loading is the stack machine), so depth
//! is bounded only by the recursion limit, as in CPython. Loading checks every length and
//! index against the data, so any input gives a value or an error, never a panic.
//!
//! Like CPython's, loading calls whatever callables the data names (constructors, `REDUCE`):
//! unpickle only what one of our own processes wrote.

use crate::dict::PyDict;
use crate::set::PySet;
use crate::types::{new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// The highest protocol `pickle.dumps` accepts (CPython's `pickle.HIGHEST_PROTOCOL`).
pub const HIGHEST_PROTOCOL: i64 = 5;
/// The protocol used when none is given (CPython's `pickle.DEFAULT_PROTOCOL`).
pub const DEFAULT_PROTOCOL: i64 = 4;

/// First bytes of every pickle in our format.
/// Starts as pickle protocol 4 does (`\x80\x04`), so code peeking at a pickled message sees
/// what CPython would send; then our own format tag.
const MAGIC: &[u8; 4] = b"\x80\x04MP";

/// The opcodes of the load machine; each doc line gives the stack effect.
mod op {
    /// Ends the program; the top of the stack is the result.
    pub const STOP: u8 = b'.';
    /// → None
    pub const NONE: u8 = b'N';
    /// → True
    pub const TRUE: u8 = b'T';
    /// → False
    pub const FALSE: u8 = b'F';
    /// → Ellipsis
    pub const ELLIPSIS: u8 = b'E';
    /// → NotImplemented
    pub const NOT_IMPLEMENTED: u8 = b'n';
    /// (zigzag varint) → int
    pub const INT: u8 = b'I';
    /// (varint length, signed little-endian bytes) → int beyond i64
    pub const LONG: u8 = b'L';
    /// (8 bytes, little-endian bits) → float
    pub const FLOAT: u8 = b'f';
    /// (two floats) → complex
    pub const COMPLEX: u8 = b'c';
    /// (varint length, UTF-8) → str
    pub const STR: u8 = b's';
    /// (varint length, data) → bytes
    pub const BYTES: u8 = b'b';
    /// (varint length, data) → bytearray
    pub const BYTEARRAY: u8 = b'B';
    /// (varint n) x1..xn → tuple
    pub const TUPLE: u8 = b't';
    /// → []
    pub const EMPTY_LIST: u8 = b'l';
    /// → {}
    pub const EMPTY_DICT: u8 = b'd';
    /// → set()
    pub const EMPTY_SET: u8 = b'e';
    /// (varint n) target x1..xn → target, with the items appended
    pub const APPENDS: u8 = b'a';
    /// (varint n) target k1 v1..kn vn → target, with the items set
    pub const SETITEMS: u8 = b'u';
    /// (varint n) target x1..xn → target, with the items added
    pub const ADDITEMS: u8 = b'+';
    /// (varint n) x1..xn → frozenset
    pub const FROZENSET: u8 = b'z';
    /// (three zigzag varints) → range
    pub const RANGE: u8 = b'r';
    /// start stop step → slice
    pub const SLICE: u8 = b'S';
    /// (module str, qualname str) → the object found there
    pub const GLOBAL: u8 = b'g';
    /// callable args → callable(*args)
    pub const REDUCE: u8 = b'R';
    /// cls → a new instance, `__init__` not called
    pub const NEWOBJ: u8 = b'o';
    /// cls base → a new instance of a builtin-type subclass carrying `base`
    pub const NEWOBJ_BASE: u8 = b'O';
    /// obj state → obj, with `__setstate__(state)` or the state applied
    pub const BUILD: u8 = b'#';
    /// (kind byte, fields) parts → a native iterator (see `IterKind`)
    pub const ITER: u8 = b'i';
    /// x → x, remembered at the next memo index
    pub const PUT: u8 = b'p';
    /// (varint index) → the memoized object
    pub const GET: u8 = b'h';
    /// x → (drops the top)
    pub const POP: u8 = b'0';
}

/// Which native iterator an `ITER` op builds, with the parts it takes from the stack.
mod iter_kind {
    /// seq (varint index)
    pub const SEQ: u8 = 0;
    /// (three zigzag varints: next, stop, step)
    pub const RANGE: u8 = 1;
    /// str (varint byte offset)
    pub const STR: u8 = 2;
    /// it count
    pub const ENUMERATE: u8 = 3;
    /// tuple-of-iterators (strict byte)
    pub const ZIP: u8 = 4;
    /// func tuple-of-iterators
    pub const MAP: u8 = 5;
    /// func it
    pub const FILTER: u8 = 6;
    /// seq (varint index)
    pub const REVERSED: u8 = 7;
    /// func sentinel
    pub const CALLABLE: u8 = 8;
    /// (nothing)
    pub const EXHAUSTED: u8 = 9;
}

/// Pickles `v` with the default protocol.
pub fn dumps(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    dumps_with_protocol(vm, v, DEFAULT_PROTOCOL)
}

/// Pickles `v`; `protocol` is what `__reduce_ex__` hooks receive (0..=5).
pub fn dumps_with_protocol(vm: &mut Vm, v: &Value, protocol: i64) -> PyResult<Vec<u8>> {
    let mut p = Pickler {
        vm,
        out: MAGIC.to_vec(),
        memo: HashMap::new(),
        keep: Vec::new(),
        todo: Vec::new(),
        protocol,
    };
    p.dump(v)?;
    p.out.push(op::STOP);
    Ok(p.out)
}

/// Unpickles bytes made by `dumps` (in this VM or another).
pub fn loads(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    if data.is_empty() {
        let c = vm.types.exc.eof_error.clone();
        return Err(vm.new_error(&c, "Ran out of input".into()));
    }
    let mut u = Unpickler {
        vm,
        data,
        pos: 0,
        stack: Vec::new(),
        memo: Vec::new(),
    };
    u.run()
}

// ----- errors -----

/// One of `_pickle.PickleError`, `PicklingError`, `UnpicklingError`, made once per VM.
pub fn error_class(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    let key = match name {
        "PicklingError" => "_pickle.PicklingError",
        "UnpicklingError" => "_pickle.UnpicklingError",
        _ => "_pickle.PickleError",
    };
    if let Some(c) = vm.classes.get(key) {
        return c.clone();
    }
    let base = if key == "_pickle.PickleError" {
        vm.types.exc.exception.clone()
    } else {
        error_class(vm, "PickleError")
    };
    let short = &key["_pickle.".len()..];
    let c = new_class(
        short,
        vec![base],
        Layout::Exception,
        Some(TypeId::BaseException),
    );
    c.dict.set_str_key("__module__", Value::str("_pickle"));
    vm.classes.insert(key, c.clone());
    c
}

fn pickling_error(vm: &mut Vm, msg: String) -> PyErr {
    let c = error_class(vm, "PicklingError");
    vm.new_error(&c, msg)
}

fn unpickling_error(vm: &mut Vm, msg: String) -> PyErr {
    let c = error_class(vm, "UnpicklingError");
    vm.new_error(&c, msg)
}

fn attribute_error(vm: &mut Vm, msg: String) -> PyErr {
    let c = vm.types.exc.attribute_error.clone();
    vm.new_error(&c, msg)
}

/// The type name CPython puts in "cannot pickle 'X' object": qualified by the module for
/// types that do not live in `builtins` (`_io.TextIOWrapper`).
fn qualified_type_name(vm: &Vm, v: &Value) -> String {
    if let Value::Iter(i) = v {
        return crate::objects::iter_type_name(&i.state.borrow()).to_string();
    }
    let cls = vm.type_of(v);
    let name = cls.name();
    match cls.dict.get_str(&vm.names.module) {
        Some(Value::Str(m)) if m.as_str() != "builtins" => {
            format!("{}.{}", m.as_str(), name.as_str())
        }
        _ => name.as_str().to_string(),
    }
}

fn cannot_pickle(vm: &mut Vm, v: &Value) -> PyErr {
    let tn = qualified_type_name(vm, v);
    vm.type_error(format!("cannot pickle '{tn}' object"))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.names.call).is_some(),
        _ => false,
    }
}

/// A class attribute defined by the class or a base other than `object` (whose defaults
/// are the pickler's own default behaviour).
fn own_hook(vm: &Vm, cls: &Rc<Class>, name: &str) -> bool {
    let key = PyStr::new(name.to_string());
    cls.mro_iter()
        .filter(|c| !Rc::ptr_eq(c, &vm.types.object))
        .any(|c| c.dict.get_str(&key).is_some())
}

/// Imports a module for a reference, running a Python module body to completion if needed.
/// `__main__` and `__mp_main__` stand for each other, as CPython's multiprocessing arranges.
fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(m.clone());
    }
    let alias = match name {
        "__main__" => Some("__mp_main__"),
        "__mp_main__" => Some("__main__"),
        _ => None,
    };
    if let Some(m) = alias.and_then(|a| vm.modules.get(a)) {
        return Ok(m.clone());
    }
    let depth = vm.frames.len();
    match vm.import_module(name)? {
        Some(m) => Ok(m),
        None => vm.run_nested_public(depth),
    }
}

/// Follows a dotted qualname from a module with `getattr`.
fn walk(vm: &mut Vm, module: &Value, qualname: &str) -> PyResult<Value> {
    let mut cur = module.clone();
    for part in qualname.split('.') {
        cur = vm.getattr(&cur, &PyStr::new(part.to_string()))?;
    }
    Ok(cur)
}

// ----- pickling -----

/// One step of the dump. Saving a value expands into a plan of steps (its parts to save,
/// then the ops that assemble them), run from an explicit stack so deep data never
/// recurses on the Rust stack.
enum Task {
    /// Save a value found at this nesting depth.
    Save(Value, usize),
    Op(u8),
    /// An op with a varint count.
    OpN(u8, usize),
    /// Bytes written as they are (inline operands).
    Raw(Vec<u8>),
    /// Memoize the object just built (see `Pickler::finish_memo`).
    FinishMemo(Value),
    /// Memoize the object just created, before its parts.
    Put(Value),
}

/// The steps a value expands into, in order; `depth` is the depth of its parts.
struct Plan {
    tasks: Vec<Task>,
    depth: usize,
}

impl Plan {
    fn save(&mut self, v: &Value) {
        self.tasks.push(Task::Save(v.clone(), self.depth));
    }

    fn op(&mut self, code: u8) {
        self.tasks.push(Task::Op(code));
    }

    fn op_n(&mut self, code: u8, n: usize) {
        self.tasks.push(Task::OpN(code, n));
    }

    fn raw(&mut self, bytes: Vec<u8>) {
        self.tasks.push(Task::Raw(bytes));
    }

    fn finish_memo(&mut self, v: &Value) {
        self.tasks.push(Task::FinishMemo(v.clone()));
    }

    fn put(&mut self, v: &Value) {
        self.tasks.push(Task::Put(v.clone()));
    }

    fn appends(&mut self, items: &[Value]) {
        for x in items {
            self.save(x);
        }
        self.op_n(op::APPENDS, items.len());
    }

    fn setitems(&mut self, items: &[(Value, Value)]) {
        for (k, x) in items {
            self.save(k);
            self.save(x);
        }
        self.op_n(op::SETITEMS, items.len());
    }

    fn additems(&mut self, items: &[Value]) {
        for x in items {
            self.save(x);
        }
        self.op_n(op::ADDITEMS, items.len());
    }
}

fn varint_into(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn zigzag_into(out: &mut Vec<u8>, i: i64) {
    varint_into(out, ((i << 1) ^ (i >> 63)) as u64);
}

fn len_bytes_into(out: &mut Vec<u8>, b: &[u8]) {
    varint_into(out, b.len() as u64);
    out.extend_from_slice(b);
}

struct Pickler<'a> {
    vm: &'a mut Vm,
    out: Vec<u8>,
    /// Object address → memo index.
    memo: HashMap<usize, u32>,
    /// Keeps memoized objects alive so their addresses stay unique during the dump.
    keep: Vec<Value>,
    /// Steps still to run, the next one last.
    todo: Vec<Task>,
    protocol: i64,
}

impl Pickler<'_> {
    fn dump(&mut self, v: &Value) -> PyResult<()> {
        self.todo.push(Task::Save(v.clone(), 1));
        while let Some(task) = self.todo.pop() {
            match task {
                Task::Save(v, depth) => self.save(&v, depth)?,
                Task::Op(code) => self.out.push(code),
                Task::OpN(code, n) => {
                    self.out.push(code);
                    varint_into(&mut self.out, n as u64);
                }
                Task::Raw(bytes) => self.out.extend_from_slice(&bytes),
                Task::FinishMemo(v) => self.finish_memo(&v),
                Task::Put(v) => self.put(&v),
            }
        }
        Ok(())
    }

    /// Memoizes `v` (now on top of the load stack). If writing its parts already memoized
    /// it (a part referred back to it), the copy just built is dropped for the memoized one.
    fn finish_memo(&mut self, v: &Value) {
        let Some(addr) = v.ptr() else { return };
        if let Some(&idx) = self.memo.get(&addr) {
            self.out.push(op::POP);
            self.out.push(op::GET);
            varint_into(&mut self.out, u64::from(idx));
            return;
        }
        self.put(v);
    }

    fn put(&mut self, v: &Value) {
        if let Some(addr) = v.ptr() {
            let idx = self.memo.len() as u32;
            self.memo.insert(addr, idx);
            self.keep.push(v.clone());
            self.out.push(op::PUT);
        }
    }

    /// Saves one value: leaves are written now; anything with parts becomes a plan.
    fn save(&mut self, v: &Value, depth: usize) -> PyResult<()> {
        if let Some(&idx) = v.ptr().and_then(|a| self.memo.get(&a)) {
            self.out.push(op::GET);
            varint_into(&mut self.out, u64::from(idx));
            return Ok(());
        }
        // Python frames below count against the same limit, as in CPython (roughly: CPython
        // also counts some C calls).
        if depth + self.vm.frames.len() > self.vm.limits.recursion {
            let c = self.vm.types.exc.recursion_error.clone();
            return Err(self.vm.new_error(
                &c,
                "maximum recursion depth exceeded while pickling an object".into(),
            ));
        }
        let mut plan = Plan {
            tasks: Vec::new(),
            depth: depth + 1,
        };
        self.plan_value(v, &mut plan)?;
        self.todo.extend(plan.tasks.into_iter().rev());
        Ok(())
    }

    fn plan_value(&mut self, v: &Value, plan: &mut Plan) -> PyResult<()> {
        let out = &mut self.out;
        match v {
            Value::None => out.push(op::NONE),
            Value::Bool(true) => out.push(op::TRUE),
            Value::Bool(false) => out.push(op::FALSE),
            Value::Ellipsis => out.push(op::ELLIPSIS),
            Value::NotImplemented => out.push(op::NOT_IMPLEMENTED),
            Value::Int(i) => {
                out.push(op::INT);
                zigzag_into(out, *i);
            }
            Value::Long(b) => {
                out.push(op::LONG);
                len_bytes_into(out, &b.to_signed_bytes_le());
            }
            Value::Float(f) => {
                out.push(op::FLOAT);
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                out.push(op::STR);
                len_bytes_into(out, s.as_str().as_bytes());
                self.put(v);
            }
            Value::Bytes(b) => {
                out.push(op::BYTES);
                len_bytes_into(out, &b.data);
                self.put(v);
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    plan.save(x);
                }
                plan.op_n(op::TUPLE, t.items.len());
                plan.finish_memo(v);
            }
            Value::List(l) => {
                // CPython enters a recursion level for the list and another for its items.
                plan.depth += 1;
                plan.op(op::EMPTY_LIST);
                plan.put(v);
                plan.appends(&l.items.borrow());
            }
            Value::Dict(d) => {
                plan.depth += 1;
                plan.op(op::EMPTY_DICT);
                plan.put(v);
                plan.setitems(&d.items());
            }
            Value::Set(s) if s.frozen => {
                let items = s.items();
                for x in &items {
                    plan.save(x);
                }
                plan.op_n(op::FROZENSET, items.len());
                plan.finish_memo(v);
            }
            Value::Set(s) => {
                plan.op(op::EMPTY_SET);
                plan.put(v);
                plan.additems(&s.items());
            }
            Value::Range(r) => {
                out.push(op::RANGE);
                zigzag_into(out, r.start);
                zigzag_into(out, r.stop);
                zigzag_into(out, r.step);
                self.put(v);
            }
            Value::Slice(s) => {
                plan.save(&s.start);
                plan.save(&s.stop);
                plan.save(&s.step);
                plan.op(op::SLICE);
                plan.finish_memo(v);
            }
            Value::Function(_) => self.save_global(v, None)?,
            Value::Builtin(b) => match &b.this {
                Some(this) if !matches!(this, Value::Module(_)) => {
                    // A builtin bound to an object (`[].append`): getattr(obj, name).
                    let args = Value::tuple(vec![this.clone(), Value::str(b.name)]);
                    self.plan_getattr_reduce(&args, v, plan);
                }
                _ => self.save_global(v, None)?,
            },
            Value::BoundMethod(m) => {
                // CPython's method.__reduce__: getattr(self, func.__name__).
                let name = match &m.func {
                    Value::Function(f) => Value::Str(f.name.borrow().clone()),
                    Value::Builtin(b) => Value::str(b.name),
                    other => {
                        let other = other.clone();
                        let n = self.vm.names.name.clone();
                        self.vm.getattr(&other, &n)?
                    }
                };
                let args = Value::tuple(vec![m.this.clone(), name]);
                self.plan_getattr_reduce(&args, v, plan);
            }
            Value::Class(c) => self.plan_class(v, c, plan)?,
            Value::Instance(i) => self.plan_instance(v, i, plan)?,
            Value::Iter(it) => {
                let st = IterSnapshot::of(&it.state.borrow());
                plan_iter(st, plan);
                plan.finish_memo(v);
            }
            Value::Code(_) => {
                return Err(self.vm.type_error("cannot pickle code objects".into()));
            }
            Value::Super(_) => {
                // What CPython's default reduction runs into for a super object.
                return Err(pickling_error(
                    self.vm,
                    "args[0] from __newobj__ args has the wrong class".into(),
                ));
            }
            Value::Unbound => {
                return Err(pickling_error(
                    self.vm,
                    "cannot pickle an unbound value".into(),
                ));
            }
            Value::Module(_)
            | Value::Generator(_)
            | Value::Property(_)
            | Value::StaticMethod(_)
            | Value::ClassMethod(_)
            | Value::Cell(_) => return Err(cannot_pickle(self.vm, v)),
        }
        Ok(())
    }

    /// `getattr(*args)` with `builtins.getattr` by reference, as CPython reduces methods.
    fn plan_getattr_reduce(&mut self, args: &Value, obj: &Value, plan: &mut Plan) {
        let getattr = self
            .vm
            .builtins
            .get_str(&PyStr::new("getattr".into()))
            .unwrap_or(Value::None);
        plan.save(&getattr);
        plan.save(args);
        plan.op(op::REDUCE);
        plan.finish_memo(obj);
    }

    fn plan_class(&mut self, v: &Value, c: &Rc<Class>, plan: &mut Plan) -> PyResult<()> {
        // type(None), type(NotImplemented), type(...) are not names in builtins; CPython
        // pickles them as type(None) and so on.
        let t = &self.vm.types;
        let singleton = if Rc::ptr_eq(c, &t.none) {
            Some(Value::None)
        } else if Rc::ptr_eq(c, &t.not_implemented) {
            Some(Value::NotImplemented)
        } else if Rc::ptr_eq(c, &t.ellipsis) {
            Some(Value::Ellipsis)
        } else {
            None
        };
        match singleton {
            Some(s) => {
                plan.save(&Value::Class(t.type_.clone()));
                plan.save(&Value::tuple(vec![s]));
                plan.op(op::REDUCE);
                plan.finish_memo(v);
                Ok(())
            }
            None => self.save_global(v, None),
        }
    }

    /// Writes a reference `module.qualname` after checking it leads back to `obj`, with
    /// CPython's errors when it does not.
    fn save_global(&mut self, obj: &Value, name: Option<Rc<PyStr>>) -> PyResult<()> {
        let (module_name, qualname) = self.global_name(obj, name)?;
        if qualname.split('.').any(|p| p == "<locals>") {
            return Err(attribute_error(
                self.vm,
                format!("Can't pickle local object '{qualname}'"),
            ));
        }
        let module = match import(self.vm, &module_name) {
            Ok(m) => m,
            Err(PyErr::Exception(_)) => {
                let r = self.vm.repr(obj)?;
                return Err(pickling_error(
                    self.vm,
                    format!(
                        "Can't pickle {}: import of module '{module_name}' failed",
                        r.as_str()
                    ),
                ));
            }
            Err(e) => return Err(e),
        };
        let found = match walk(self.vm, &module, &qualname) {
            Ok(f) => f,
            Err(PyErr::Exception(_)) => {
                let r = self.vm.repr(obj)?;
                return Err(pickling_error(
                    self.vm,
                    format!(
                        "Can't pickle {}: attribute lookup {qualname} on {module_name} failed",
                        r.as_str()
                    ),
                ));
            }
            Err(e) => return Err(e),
        };
        if !found.is(obj) {
            let r = self.vm.repr(obj)?;
            return Err(pickling_error(
                self.vm,
                format!(
                    "Can't pickle {}: it's not the same object as {module_name}.{qualname}",
                    r.as_str()
                ),
            ));
        }
        self.out.push(op::GLOBAL);
        len_bytes_into(&mut self.out, module_name.as_bytes());
        len_bytes_into(&mut self.out, qualname.as_bytes());
        self.put(obj);
        Ok(())
    }

    /// The module name and qualname a global is reachable by (CPython's `whichmodule`).
    fn global_name(&mut self, obj: &Value, name: Option<Rc<PyStr>>) -> PyResult<(String, String)> {
        let declared = |v: Option<Value>| match v {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        let (module, qualname) = match obj {
            Value::Function(f) => (
                declared(Some(f.module.clone())),
                f.qualname.borrow().as_str().to_string(),
            ),
            Value::Class(c) => (
                declared(c.dict.get_str(&self.vm.names.module)),
                c.qualname.borrow().as_str().to_string(),
            ),
            Value::Builtin(b) => {
                // Builtins do not know their module: find the one that holds this object.
                return Ok(self
                    .find_holder(obj)
                    .unwrap_or_else(|| ("__main__".into(), b.name.to_string())));
            }
            other => {
                let m = self.vm.names.module.clone();
                let module = match self.vm.getattr(other, &m) {
                    Ok(v) => declared(Some(v)),
                    Err(_) => None,
                };
                let q = name
                    .as_ref()
                    .map(|n| n.as_str().to_string())
                    .unwrap_or_default();
                (module, q)
            }
        };
        let qualname = name.map(|n| n.as_str().to_string()).unwrap_or(qualname);
        let module = match module {
            Some(m) => m,
            None => self.scan_modules(obj, &qualname),
        };
        Ok((module, qualname))
    }

    /// A module (other than the main one) where `qualname` leads to `obj`, else `__main__`.
    fn scan_modules(&mut self, obj: &Value, qualname: &str) -> String {
        if quiet_lookup(&self.vm.builtins, qualname).is_some_and(|v| v.is(obj)) {
            return "builtins".into();
        }
        let mut names: Vec<String> = self
            .vm
            .modules
            .keys()
            .filter(|n| *n != "__main__" && *n != "__mp_main__")
            .cloned()
            .collect();
        names.sort();
        for n in names {
            if let Some(Value::Module(md)) = self.vm.modules.get(&n) {
                if quiet_lookup(&md.dict, qualname).is_some_and(|v| v.is(obj)) {
                    return n;
                }
            }
        }
        "__main__".into()
    }

    /// The (module name, attribute name) of a module-level object, searched by identity in
    /// `builtins` and then the loaded modules in name order.
    fn find_holder(&self, obj: &Value) -> Option<(String, String)> {
        let key_of = |d: &PyDict| {
            d.items().into_iter().find_map(|(k, v)| match k {
                Value::Str(s) if v.is(obj) => Some(s.as_str().to_string()),
                _ => None,
            })
        };
        if let Some(k) = key_of(&self.vm.builtins) {
            return Some(("builtins".into(), k));
        }
        let mut names: Vec<&String> = self.vm.modules.keys().collect();
        names.sort();
        for n in names {
            if let Some(Value::Module(m)) = self.vm.modules.get(n) {
                if let Some(k) = key_of(&m.dict) {
                    return Some((n.clone(), k));
                }
            }
        }
        None
    }

    fn plan_instance(&mut self, v: &Value, inst: &Rc<Instance>, plan: &mut Plan) -> PyResult<()> {
        let cls = inst.class.clone();
        if Rc::ptr_eq(&cls, &self.vm.types.bytearray) {
            let mut raw = vec![op::BYTEARRAY];
            match &*inst.base.borrow() {
                Value::Bytes(b) => len_bytes_into(&mut raw, &b.data),
                _ => len_bytes_into(&mut raw, &[]),
            }
            plan.raw(raw);
            plan.put(v);
            return Ok(());
        }
        if self
            .vm
            .classes
            .get("complex")
            .is_some_and(|c| Rc::ptr_eq(c, &cls))
        {
            let part = |k: &str| match inst
                .dict
                .as_ref()
                .and_then(|d| d.get_str(&PyStr::new(k.into())))
            {
                Some(Value::Float(f)) => f,
                _ => 0.0,
            };
            let mut raw = vec![op::COMPLEX];
            raw.extend_from_slice(&part("real").to_bits().to_le_bytes());
            raw.extend_from_slice(&part("imag").to_bits().to_le_bytes());
            plan.raw(raw);
            plan.put(v);
            return Ok(());
        }
        // A hook of the class (or a base other than object) decides, as in CPython.
        if own_hook(self.vm, &cls, "__reduce_ex__") {
            let f = self.vm.getattr(v, &PyStr::new("__reduce_ex__".into()))?;
            let rv = self.vm.call(&f, vec![Value::Int(self.protocol)])?;
            return self.plan_reduce_value(&rv, v, plan);
        }
        if own_hook(self.vm, &cls, "__reduce__") {
            let f = self.vm.getattr(v, &PyStr::new("__reduce__".into()))?;
            let rv = self.vm.call(&f, vec![])?;
            return self.plan_reduce_value(&rv, v, plan);
        }
        if inst.exc.is_some() {
            // BaseException.__reduce__: (type(self), self.args[, self.__dict__]).
            let args = Value::tuple(self.vm.exc_args(v));
            let state = inst
                .dict
                .as_ref()
                .filter(|d| !d.is_empty())
                .map(|d| Value::Dict(d.clone()));
            let parts = ReduceParts {
                func: Value::Class(cls),
                args,
                state,
                listitems: None,
                dictitems: None,
                setter: None,
            };
            return self.plan_reduce(parts, v, plan);
        }
        if cls.layout == Layout::Native {
            return Err(cannot_pickle(self.vm, v));
        }
        self.plan_object(v, inst, &cls, plan)
    }

    /// The default reduction of an instance: class by reference, a fresh object without
    /// `__init__`, its builtin base value or items, then its state.
    fn plan_object(
        &mut self,
        v: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<Class>,
        plan: &mut Plan,
    ) -> PyResult<()> {
        let state = self.object_state(v, inst, cls)?;
        let base = inst.base.borrow().clone();
        plan.save(&Value::Class(cls.clone()));
        match &base {
            Value::List(l) => {
                plan.op(op::NEWOBJ);
                plan.finish_memo(v);
                plan.appends(&l.items.borrow());
            }
            Value::Dict(d) => {
                plan.op(op::NEWOBJ);
                plan.finish_memo(v);
                plan.setitems(&d.items());
            }
            Value::Set(s) if !s.frozen => {
                plan.op(op::NEWOBJ);
                plan.finish_memo(v);
                plan.additems(&s.items());
            }
            Value::None => {
                plan.op(op::NEWOBJ);
                plan.finish_memo(v);
            }
            immutable => {
                plan.save(immutable);
                plan.op(op::NEWOBJ_BASE);
                plan.finish_memo(v);
            }
        }
        if let Some(s) = state {
            plan.save(&s);
            plan.op(op::BUILD);
        }
        Ok(())
    }

    /// `__getstate__()` if the class defines it, else the `__dict__` (None when empty), paired
    /// with the set `__slots__` values when there are any, as CPython 3.11's
    /// `object.__getstate__` does.
    fn object_state(
        &mut self,
        v: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<Class>,
    ) -> PyResult<Option<Value>> {
        if own_hook(self.vm, cls, "__getstate__") {
            let f = self.vm.getattr(v, &PyStr::new("__getstate__".into()))?;
            let s = self.vm.call(&f, vec![])?;
            return Ok(if s.is_none() { None } else { Some(s) });
        }
        let dict = inst
            .dict
            .as_ref()
            .filter(|d| !d.is_empty())
            .map(|d| Value::Dict(d.clone()));
        let mut slot_items = Vec::new();
        if let Some(slots) = &cls.slots {
            let native = inst.native.borrow();
            if let Some(d) = native.as_ref().and_then(|b| b.downcast_ref::<PyDict>()) {
                for s in slots {
                    if let Some(x) = d.get_str(s) {
                        slot_items.push((Value::Str(s.clone()), x));
                    }
                }
            }
        }
        if slot_items.is_empty() {
            return Ok(dict);
        }
        let sd = Rc::new(PyDict::new());
        for (k, x) in slot_items {
            self.vm.dict_set(&sd, k, x)?;
        }
        Ok(Some(Value::tuple(vec![
            dict.unwrap_or(Value::None),
            Value::Dict(sd),
        ])))
    }

    /// Checks what `__reduce__`/`__reduce_ex__` returned, with CPython's messages.
    fn plan_reduce_value(&mut self, rv: &Value, obj: &Value, plan: &mut Plan) -> PyResult<()> {
        let items = match rv {
            Value::Str(s) => return self.save_global(obj, Some(s.clone())),
            Value::Tuple(t) => t.items.to_vec(),
            _ => {
                return Err(pickling_error(
                    self.vm,
                    "__reduce__ must return a string or tuple".into(),
                ))
            }
        };
        if !(2..=6).contains(&items.len()) {
            return Err(pickling_error(
                self.vm,
                "tuple returned by __reduce__ must contain 2 through 6 elements".into(),
            ));
        }
        let get = |i: usize| items.get(i).filter(|x| !x.is_none()).cloned();
        let func = items[0].clone();
        let args = items[1].clone();
        if !is_callable(self.vm, &func) {
            return Err(pickling_error(
                self.vm,
                "first item of the tuple returned by __reduce__ must be callable".into(),
            ));
        }
        if !matches!(args, Value::Tuple(_)) {
            return Err(pickling_error(
                self.vm,
                "second item of the tuple returned by __reduce__ must be a tuple".into(),
            ));
        }
        let parts = ReduceParts {
            func,
            args,
            state: get(2),
            listitems: get(3),
            dictitems: get(4),
            setter: get(5),
        };
        self.plan_reduce(parts, obj, plan)
    }

    fn plan_reduce(&mut self, parts: ReduceParts, obj: &Value, plan: &mut Plan) -> PyResult<()> {
        plan.save(&parts.func);
        plan.save(&parts.args);
        plan.op(op::REDUCE);
        plan.finish_memo(obj);
        if let Some(items) = &parts.listitems {
            let items = self.vm.collect_iterable(items)?;
            plan.appends(&items);
        }
        if let Some(items) = &parts.dictitems {
            let raw = self.vm.collect_iterable(items)?;
            let mut pairs = Vec::with_capacity(raw.len());
            for p in raw {
                match &p {
                    Value::Tuple(t) if t.items.len() == 2 => {
                        pairs.push((t.items[0].clone(), t.items[1].clone()))
                    }
                    _ => {
                        return Err(pickling_error(
                            self.vm,
                            "fifth element of the tuple returned by __reduce__ must be an \
                             iterator, not tuple"
                                .into(),
                        ))
                    }
                }
            }
            plan.setitems(&pairs);
        }
        if let Some(state) = &parts.state {
            match &parts.setter {
                Some(setter) => {
                    // state_setter(obj, state), its result dropped.
                    plan.save(setter);
                    plan.save(&Value::tuple(vec![obj.clone(), state.clone()]));
                    plan.op(op::REDUCE);
                    plan.op(op::POP);
                }
                None => {
                    plan.save(state);
                    plan.op(op::BUILD);
                }
            }
        }
        Ok(())
    }
}

/// The parts and op of a native iterator.
fn plan_iter(st: IterSnapshot, plan: &mut Plan) {
    let mut raw = vec![op::ITER];
    match st {
        IterSnapshot::Seq(seq, index, kind) => {
            plan.save(&seq);
            raw.push(kind);
            varint_into(&mut raw, index as u64);
        }
        IterSnapshot::Range(next, stop, step) => {
            raw.push(iter_kind::RANGE);
            zigzag_into(&mut raw, next);
            zigzag_into(&mut raw, stop);
            zigzag_into(&mut raw, step);
        }
        IterSnapshot::Str(s, byte) => {
            plan.save(&Value::Str(s));
            raw.push(iter_kind::STR);
            varint_into(&mut raw, byte as u64);
        }
        IterSnapshot::Two(a, b, kind) => {
            plan.save(&a);
            plan.save(&b);
            raw.push(kind);
        }
        IterSnapshot::Zip(its, strict) => {
            plan.save(&its);
            raw.extend_from_slice(&[iter_kind::ZIP, strict as u8]);
        }
        IterSnapshot::Exhausted => raw.push(iter_kind::EXHAUSTED),
    }
    plan.raw(raw);
}

/// The parts of a reduction: `func(*args)`, then state and items.
struct ReduceParts {
    func: Value,
    args: Value,
    state: Option<Value>,
    listitems: Option<Value>,
    dictitems: Option<Value>,
    setter: Option<Value>,
}

/// What a native iterator needs to be rebuilt, copied out of its state.
enum IterSnapshot {
    /// A sequence and index, for `SEQ` or `REVERSED`.
    Seq(Value, usize, u8),
    Range(i64, i64, i64),
    Str(Rc<PyStr>, usize),
    /// Two parts on the stack, for enumerate, map, filter and callable iterators.
    Two(Value, Value, u8),
    Zip(Value, bool),
    Exhausted,
}

impl IterSnapshot {
    fn of(st: &IterState) -> IterSnapshot {
        match st {
            IterState::Seq { seq, index } => IterSnapshot::Seq(seq.clone(), *index, iter_kind::SEQ),
            IterState::Range { next, stop, step } => IterSnapshot::Range(*next, *stop, *step),
            IterState::Str { s, byte } => IterSnapshot::Str(s.clone(), *byte),
            // Dict and set iterators pickle as an iterator over what remains, as in CPython.
            IterState::Items { items, index, .. } => {
                let rest = items.get(*index..).unwrap_or(&[]).to_vec();
                IterSnapshot::Seq(Value::list(rest), 0, iter_kind::SEQ)
            }
            IterState::Enumerate { it, count } => {
                IterSnapshot::Two(it.clone(), count.clone(), iter_kind::ENUMERATE)
            }
            IterState::Zip { its, strict, .. } => {
                IterSnapshot::Zip(Value::tuple(its.clone()), *strict)
            }
            IterState::Map { func, its, .. } => {
                IterSnapshot::Two(func.clone(), Value::tuple(its.clone()), iter_kind::MAP)
            }
            IterState::Filter { func, it, .. } => {
                IterSnapshot::Two(func.clone(), it.clone(), iter_kind::FILTER)
            }
            IterState::Reversed { seq, index } => {
                IterSnapshot::Seq(seq.clone(), *index, iter_kind::REVERSED)
            }
            IterState::Callable { func, sentinel } => {
                IterSnapshot::Two(func.clone(), sentinel.clone(), iter_kind::CALLABLE)
            }
            IterState::Exhausted => IterSnapshot::Exhausted,
        }
    }
}

/// Follows a dotted name through module and class dicts without running any code.
fn quiet_lookup(dict: &PyDict, qualname: &str) -> Option<Value> {
    let mut parts = qualname.split('.');
    let mut cur = dict.get_str(&PyStr::new(parts.next()?.to_string()))?;
    for p in parts {
        cur = match &cur {
            Value::Class(c) => c.lookup(&PyStr::new(p.to_string()))?,
            Value::Module(m) => m.dict.get_str(&PyStr::new(p.to_string()))?,
            _ => return None,
        };
    }
    Some(cur)
}

// ----- unpickling -----

struct Unpickler<'a, 'd> {
    vm: &'a mut Vm,
    data: &'d [u8],
    pos: usize,
    stack: Vec<Value>,
    memo: Vec<Value>,
}

impl Unpickler<'_, '_> {
    fn err(&mut self, msg: &str) -> PyErr {
        unpickling_error(self.vm, msg.to_string())
    }

    fn truncated(&mut self) -> PyErr {
        self.err("pickle data was truncated")
    }

    fn byte(&mut self) -> PyResult<u8> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.truncated()),
        }
    }

    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        if self.data.len() - self.pos < n {
            return Err(self.truncated());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn varint(&mut self) -> PyResult<u64> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(self.err("integer too long in pickle data"))
    }

    fn zigzag(&mut self) -> PyResult<i64> {
        let n = self.varint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// A count or length, which can never exceed what the data holds.
    fn count(&mut self) -> PyResult<usize> {
        let n = self.varint()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.data.len() => Ok(n),
            _ => Err(self.err("length out of range in pickle data")),
        }
    }

    fn f64(&mut self) -> PyResult<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn string(&mut self) -> PyResult<String> {
        let n = self.count()?;
        let b = self.take(n)?.to_vec();
        match String::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => Err(self.err("invalid UTF-8 in pickle data")),
        }
    }

    fn pop(&mut self) -> PyResult<Value> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(self.err("unpickling stack underflow")),
        }
    }

    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        if n > self.stack.len() {
            return Err(self.err("unpickling stack underflow"));
        }
        let at = self.stack.len() - n;
        Ok(self.stack.split_off(at))
    }

    fn top(&mut self) -> PyResult<Value> {
        match self.stack.last() {
            Some(v) => Ok(v.clone()),
            None => Err(self.err("unpickling stack underflow")),
        }
    }

    fn run(&mut self) -> PyResult<Value> {
        match self.data.get(..MAGIC.len()) {
            Some(m) if m == MAGIC => self.pos = MAGIC.len(),
            Some(_) => {
                let b = self.data[0];
                let shown = if b.is_ascii_graphic() {
                    (b as char).to_string()
                } else {
                    format!("\\x{b:02x}")
                };
                return Err(self.err(&format!("invalid load key, '{shown}'.")));
            }
            None if MAGIC.starts_with(self.data) => return Err(self.truncated()),
            None => return Err(self.err("invalid load key.")),
        }
        loop {
            self.vm.tick()?;
            let code = self.byte()?;
            if code == op::STOP {
                let v = self.pop()?;
                return Ok(v);
            }
            self.step(code)?;
        }
    }

    fn step(&mut self, code: u8) -> PyResult<()> {
        let v = match code {
            op::NONE => Value::None,
            op::TRUE => Value::Bool(true),
            op::FALSE => Value::Bool(false),
            op::ELLIPSIS => Value::Ellipsis,
            op::NOT_IMPLEMENTED => Value::NotImplemented,
            op::INT => Value::Int(self.zigzag()?),
            op::LONG => {
                let n = self.count()?;
                let b = self.take(n)?;
                Value::from_bigint(BigInt::from_signed_bytes_le(b))
            }
            op::FLOAT => Value::Float(self.f64()?),
            op::COMPLEX => {
                let re = self.f64()?;
                let im = self.f64()?;
                crate::methods::complex::new_complex(self.vm, re, im)
            }
            op::STR => Value::string(self.string()?),
            op::BYTES => {
                let n = self.count()?;
                Value::bytes(self.take(n)?.to_vec())
            }
            op::BYTEARRAY => {
                let n = self.count()?;
                let data = self.take(n)?.to_vec();
                crate::methods::bytearray::new_bytearray(self.vm, data)
            }
            op::TUPLE => {
                let n = self.count()?;
                Value::tuple(self.pop_n(n)?)
            }
            op::EMPTY_LIST => Value::list(vec![]),
            op::EMPTY_DICT => Value::Dict(Rc::new(PyDict::new())),
            op::EMPTY_SET => Value::Set(Rc::new(PySet::new(false))),
            op::FROZENSET => {
                let n = self.count()?;
                let items = self.pop_n(n)?;
                let s = PySet::new(true);
                for x in items {
                    self.vm.set_add(&s, x)?;
                }
                Value::Set(Rc::new(s))
            }
            op::APPENDS => {
                let n = self.count()?;
                let items = self.pop_n(n)?;
                let target = self.top()?;
                return self.appends(&target, items);
            }
            op::SETITEMS => {
                let n = self.count()?;
                let flat = self.pop_n(n.saturating_mul(2))?;
                let target = self.top()?;
                return self.setitems(&target, flat);
            }
            op::ADDITEMS => {
                let n = self.count()?;
                let items = self.pop_n(n)?;
                let target = self.top()?;
                return self.additems(&target, items);
            }
            op::RANGE => {
                let start = self.zigzag()?;
                let stop = self.zigzag()?;
                let step = self.zigzag()?;
                if step == 0 {
                    return Err(self.err("range step of zero in pickle data"));
                }
                Value::Range(Rc::new(PyRange { start, stop, step }))
            }
            op::SLICE => {
                let mut p = self.pop_n(3)?.into_iter();
                let mut next = || p.next().unwrap_or(Value::None);
                Value::Slice(Rc::new(PySlice {
                    start: next(),
                    stop: next(),
                    step: next(),
                }))
            }
            op::GLOBAL => {
                let module = self.string()?;
                let qualname = self.string()?;
                self.load_global(&module, &qualname)?
            }
            op::REDUCE => {
                let args = self.pop()?;
                let func = self.pop()?;
                let Value::Tuple(t) = args else {
                    return Err(self.err("REDUCE argument is not a tuple"));
                };
                self.vm.call(&func, t.items.to_vec())?
            }
            op::NEWOBJ => {
                let cls = self.pop()?;
                let cls = self.new_class_arg(&cls)?;
                self.vm.new_instance(&cls, &Args::new(vec![]))?
            }
            op::NEWOBJ_BASE => {
                let base = self.pop()?;
                let cls = self.pop()?;
                let cls = self.new_class_arg(&cls)?;
                self.new_with_base(&cls, base)?
            }
            op::BUILD => {
                let state = self.pop()?;
                let obj = self.top()?;
                return self.build(&obj, state);
            }
            op::ITER => self.load_iter()?,
            op::PUT => {
                let v = self.top()?;
                self.memo.push(v);
                return Ok(());
            }
            op::GET => {
                let i = self.varint()?;
                match usize::try_from(i).ok().and_then(|i| self.memo.get(i)) {
                    Some(v) => v.clone(),
                    None => return Err(self.err(&format!("Memo value not found at index {i}"))),
                }
            }
            op::POP => {
                self.pop()?;
                return Ok(());
            }
            other => {
                let shown = if other.is_ascii_graphic() {
                    (other as char).to_string()
                } else {
                    format!("\\x{other:02x}")
                };
                return Err(self.err(&format!("invalid load key, '{shown}'.")));
            }
        };
        self.stack.push(v);
        Ok(())
    }

    /// Where the items of a list, dict or set (or of a subclass instance) go.
    fn container(target: &Value) -> Value {
        match target {
            Value::Instance(i) if i.class.layout == Layout::Builtin => i.base.borrow().clone(),
            other => other.clone(),
        }
    }

    fn appends(&mut self, target: &Value, items: Vec<Value>) -> PyResult<()> {
        match Self::container(target) {
            Value::List(l) => l.items.borrow_mut().extend(items),
            _ => {
                let f = self.vm.getattr(target, &PyStr::new("append".into()))?;
                for x in items {
                    self.vm.call(&f, vec![x])?;
                }
            }
        }
        Ok(())
    }

    fn setitems(&mut self, target: &Value, flat: Vec<Value>) -> PyResult<()> {
        let mut it = flat.into_iter();
        let container = Self::container(target);
        while let (Some(k), Some(x)) = (it.next(), it.next()) {
            match &container {
                Value::Dict(d) => self.vm.dict_set(d, k, x)?,
                _ => self.vm.setitem(target, k, x)?,
            }
        }
        Ok(())
    }

    fn additems(&mut self, target: &Value, items: Vec<Value>) -> PyResult<()> {
        match Self::container(target) {
            Value::Set(s) if !s.frozen => {
                for x in items {
                    self.vm.set_add(&s, x)?;
                }
            }
            _ => {
                let f = self.vm.getattr(target, &PyStr::new("add".into()))?;
                for x in items {
                    self.vm.call(&f, vec![x])?;
                }
            }
        }
        Ok(())
    }

    fn load_global(&mut self, module: &str, qualname: &str) -> PyResult<Value> {
        let m = import(self.vm, module)?;
        match walk(self.vm, &m, qualname) {
            Ok(v) => Ok(v),
            Err(PyErr::Exception(_)) => {
                let r = self.vm.repr(&m)?;
                Err(attribute_error(
                    self.vm,
                    format!("Can't get attribute '{qualname}' on {}", r.as_str()),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// The class of a `NEWOBJ`: a class `object.__new__` may make instances of.
    fn new_class_arg(&mut self, cls: &Value) -> PyResult<Rc<Class>> {
        let Value::Class(c) = cls else {
            return Err(self.err("NEWOBJ class argument isn't a type object"));
        };
        let plain = matches!(
            c.builtin,
            None | Some(TypeId::Object) | Some(TypeId::BaseException)
        );
        if !plain || c.layout == Layout::Native {
            let n = c.name();
            return Err(self.vm.type_error(format!(
                "object.__new__({0}) is not safe, use {0}.__new__()",
                n.as_str()
            )));
        }
        Ok(c.clone())
    }

    /// An instance of a subclass of an immutable builtin type, carrying `base` (checked to
    /// be a value of that type, so no method ever meets a base of the wrong kind).
    fn new_with_base(&mut self, cls: &Rc<Class>, base: Value) -> PyResult<Value> {
        let kind = cls
            .mro_iter()
            .find_map(|c| c.builtin.filter(|id| !matches!(id, TypeId::Object)));
        let fits = match (kind, &base) {
            (Some(TypeId::Tuple), Value::Tuple(_))
            | (Some(TypeId::Str), Value::Str(_))
            | (Some(TypeId::Int), Value::Int(_) | Value::Long(_))
            | (Some(TypeId::Float), Value::Float(_))
            | (Some(TypeId::Bytes | TypeId::ByteArray), Value::Bytes(_)) => true,
            (Some(TypeId::FrozenSet), Value::Set(s)) => s.frozen,
            _ => false,
        };
        if cls.layout != Layout::Builtin || !fits {
            return Err(self.err("NEWOBJ base value does not fit its class"));
        }
        let inst = self.vm.new_instance(cls, &Args::new(vec![]))?;
        if let Value::Instance(i) = &inst {
            *i.base.borrow_mut() = base;
        }
        Ok(inst)
    }

    /// Applies a state: `__setstate__(state)` when defined, else `(dict, slots)` or `dict`
    /// into the instance, as CPython's `load_build` does.
    fn build(&mut self, obj: &Value, state: Value) -> PyResult<()> {
        let cls = self.vm.type_of(obj);
        if own_hook(self.vm, &cls, "__setstate__") {
            let f = self.vm.getattr(obj, &PyStr::new("__setstate__".into()))?;
            self.vm.call(&f, vec![state])?;
            return Ok(());
        }
        let (dict_state, slot_state) = match &state {
            Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
            _ => (state, Value::None),
        };
        match &dict_state {
            Value::None => {}
            Value::Dict(sd) => {
                let d = self.vm.getattr(obj, &self.vm.names.dict.clone())?;
                let Value::Dict(d) = d else {
                    return Err(self.err("state is not a dictionary"));
                };
                for (k, x) in sd.items() {
                    self.vm.dict_set(&d, k, x)?;
                }
            }
            _ => return Err(self.err("state is not a dictionary")),
        }
        match &slot_state {
            Value::None => {}
            Value::Dict(sd) => {
                for (k, x) in sd.items() {
                    let Value::Str(name) = k else {
                        return Err(self.vm.type_error("attribute name must be string".into()));
                    };
                    self.vm.setattr(obj, &name, x)?;
                }
            }
            _ => return Err(self.err("slot state is not a dictionary")),
        }
        Ok(())
    }

    fn load_iter(&mut self) -> PyResult<Value> {
        let kind = self.byte()?;
        let st = match kind {
            iter_kind::SEQ | iter_kind::REVERSED => {
                let index = self.count_any()?;
                let seq = self.pop()?;
                if kind == iter_kind::SEQ {
                    IterState::Seq { seq, index }
                } else {
                    IterState::Reversed { seq, index }
                }
            }
            iter_kind::RANGE => {
                let next = self.zigzag()?;
                let stop = self.zigzag()?;
                let step = self.zigzag()?;
                IterState::Range { next, stop, step }
            }
            iter_kind::STR => {
                let byte = self.count_any()?;
                let s = match self.pop()? {
                    Value::Str(s) => s,
                    _ => return Err(self.err("str iterator over a non-str")),
                };
                if !s.as_str().is_char_boundary(byte) {
                    return Err(self.err("str iterator position out of range"));
                }
                IterState::Str { s, byte }
            }
            iter_kind::ZIP => {
                let strict = self.byte()? != 0;
                let its = self.tuple_items()?;
                IterState::Zip {
                    its,
                    strict,
                    pulled: Vec::new(),
                }
            }
            iter_kind::MAP => {
                let its = self.tuple_items()?;
                let func = self.pop()?;
                IterState::Map {
                    func,
                    its,
                    pulled: Vec::new(),
                }
            }
            iter_kind::ENUMERATE | iter_kind::FILTER | iter_kind::CALLABLE => {
                let b = self.pop()?;
                let a = self.pop()?;
                match kind {
                    iter_kind::ENUMERATE => IterState::Enumerate { it: a, count: b },
                    iter_kind::FILTER => IterState::Filter {
                        func: a,
                        it: b,
                        pulled: None,
                    },
                    _ => IterState::Callable {
                        func: a,
                        sentinel: b,
                    },
                }
            }
            iter_kind::EXHAUSTED => IterState::Exhausted,
            _ => return Err(self.err("unknown iterator kind in pickle data")),
        };
        Ok(Value::Iter(Rc::new(PyIter {
            state: std::cell::RefCell::new(st),
        })))
    }

    /// An index that need not be bounded by the data size (checked where it is used).
    fn count_any(&mut self) -> PyResult<usize> {
        let n = self.varint()?;
        usize::try_from(n).map_err(|_| self.err("index out of range in pickle data"))
    }

    fn tuple_items(&mut self) -> PyResult<Vec<Value>> {
        match self.pop()? {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            _ => Err(self.err("expected a tuple in pickle data")),
        }
    }
}
