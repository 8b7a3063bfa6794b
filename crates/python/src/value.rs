//! The object model: `Value`, the one type every Python object is seen through, and the
//! heap objects behind it (strings, containers, functions, classes, instances, iterators).
//!
//! Small immutable values (None, bool, small int, float) live inline; everything else is
//! reference counted. Objects never cross processes: a VM owns its heap, and values sent to
//! another process travel as bytes. Reference cycles are not collected (runs are short).

use crate::bytecode::Code;
use crate::dict::PyDict;
use crate::set::PySet;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

/// A Python value.
#[derive(Clone, Default)]
pub enum Value {
    /// Internal: an unassigned local slot, or the "no self" marker of a method call.
    Unbound,
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An int outside i64; always normalized (never fits in i64).
    Long(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iter(Rc<PyIter>),
    Generator(Rc<Generator>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    Code(Rc<Code>),
    Cell(Rc<RefCell<Value>>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "Int({i})"),
            Value::Str(s) => write!(f, "Str({:?})", s.as_str()),
            Value::Float(x) => write!(f, "Float({x})"),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// A short internal name of the variant, for debugging only.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Unbound => "unbound",
            Value::None => "None",
            Value::NotImplemented => "NotImplemented",
            Value::Ellipsis => "Ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Long(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "instance",
            Value::Module(_) => "module",
            Value::Iter(_) => "iterator",
            Value::Generator(_) => "generator",
            Value::Property(_) => "property",
            Value::StaticMethod(_) => "staticmethod",
            Value::ClassMethod(_) => "classmethod",
            Value::Super(_) => "super",
            Value::Code(_) => "code",
            Value::Cell(_) => "cell",
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    pub fn bytes(items: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(PyBytes { data: items }))
    }

    /// An int from a BigInt, normalized to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Long(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal immediate values.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object, used for `is` and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::Long(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// An immutable unicode string. Keeps its length in characters and its hash once computed.
pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            char_len,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = crate::pyhash::hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }

    /// The character at code-point index `i` (which must be in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code-point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// The substring between code-point indexes.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}

pub struct PyBytes {
    pub data: Vec<u8>,
}

pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}

/// `range(start, stop, step)` over i64 bounds.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            ((self.stop as i128 - self.start as i128 - 1) / self.step as i128 + 1) as i64
        } else if self.step < 0 && self.start > self.stop {
            ((self.start as i128 - self.stop as i128 - 1) / (-(self.step as i128)) + 1) as i64
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<PyStr>, Value)>,
    pub closure: Box<[Rc<RefCell<Value>>]>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub doc: RefCell<Value>,
    pub module: Value,
    pub dict: Rc<PyDict>,
    /// `__annotations__`: a dict, or None until first asked for (then an empty dict).
    pub annotations: RefCell<Value>,
}

/// The arguments of a call into a builtin: positional values, then keywords.
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<PyStr>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

/// A builtin function or method implemented in Rust.
pub type NativeFn = fn(&mut crate::vm::Vm, Args) -> crate::vm::PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver (for builtin methods read from an instance, e.g. `[].append`).
    pub this: Option<Value>,
    /// Extra data a builtin may carry (e.g. the wrapped callable of a native closure).
    pub data: Option<Value>,
    /// Whether reading it from a class through an instance binds the instance: a builtin
    /// type's method does; a module's function (`len`, `time.localtime`) set as a class
    /// attribute stays a plain function, as in CPython.
    pub method: bool,
}

pub struct BoundMethod {
    pub this: Value,
    pub func: Value,
}

/// The builtin layout an instance of a class carries besides its `__dict__`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Exception,
    /// Subclasses of builtin value types keep the builtin value in `Instance::base`.
    Builtin,
    /// Native objects implemented in Rust keep their state in `Instance::native`.
    Native,
}

/// A class (`type` instance), builtin or defined in Python.
pub struct Class {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order without the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// For builtin classes: which builtin type this is.
    pub builtin: Option<crate::types::TypeId>,
    /// `__slots__`, when the class (or a base) declares it and has no `__dict__`.
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// The class's own type when it is not `type`: its metaclass.
    pub meta: Option<Rc<Class>>,
}

impl Class {
    /// The class then its MRO.
    pub fn mro_iter(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    /// Looks an attribute up along the MRO.
    pub fn lookup(self: &Rc<Class>, name: &PyStr) -> Option<Value> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// An instance of a class: its attributes, plus builtin or native state.
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: Option<Rc<PyDict>>,
    /// The builtin value of an instance of a subclass of a builtin type (list, dict, tuple, ...).
    pub base: RefCell<Value>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<RefCell<ExcState>>,
    /// State of a native object (file, regex, ...).
    pub native: RefCell<Option<Box<dyn std::any::Any>>>,
}

/// What an exception carries besides its attributes.
#[derive(Default)]
pub struct ExcState {
    pub args: Value,
    /// (code, instruction index) of each frame the exception passed, innermost first.
    pub traceback: Vec<(Rc<Code>, u32)>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

/// Native iterators over builtin objects.
pub struct PyIter {
    pub state: RefCell<IterState>,
}

pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    /// A snapshot of keys/values/items (dicts and sets check their size).
    Items {
        items: Rc<[Value]>,
        index: usize,
        source: Value,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
        /// Items an attempt that blocked had pulled for the next tuple.
        pulled: Vec<Value>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
        /// Arguments an attempt that blocked had pulled for the next call.
        pulled: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
        /// The item whose test blocked.
        pulled: Option<Value>,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

/// A generator: a suspended frame plus its saved stack.
pub struct Generator {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub state: RefCell<GenState>,
}

pub enum GenState {
    /// Not started or suspended at a yield.
    Suspended {
        frame: Box<crate::vm::Frame>,
        stack: Vec<Value>,
        started: bool,
    },
    Running,
    Finished,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct SuperObj {
    pub class: Rc<Class>,
    pub this: Value,
}
