//! The builtin classes (`int`, `str`, `list`, ..., the exception hierarchy) and the interned
//! names the engine looks up often. Each VM builds its own set at start-up; methods are added
//! by `builtins::install` and the `methods` modules.

use crate::dict::PyDict;
use crate::value::{Builtin, Class, Layout, NativeFn, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Which builtin type a builtin class is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeId {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Code,
    Cell,
    Ellipsis,
    NotImplementedType,
    BaseException,
    /// A class implemented natively whose instances carry `Instance::native` state.
    Native,
}

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned names the engine uses, so lookups skip allocation and rehashing.
        pub struct Names { $(pub $field: Rc<PyStr>,)* }
        impl Names {
            pub fn new() -> Names {
                Names { $($field: interned($text),)* }
            }
        }
        impl Default for Names {
            fn default() -> Self { Names::new() }
        }
    };
}

/// One interned name. Out of line, as are the other helpers a new VM calls many times at
/// start-up, so that the start-up code is small functions: in the browser, the code each
/// worker runs counts towards optimizing its function, summed over all the workers, and
/// inlined into one large function it had that function optimized at great cost while a
/// hundred children started.
#[inline(never)]
fn interned(text: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(text.to_string()))
}

names! {
    init = "__init__", new = "__new__", call = "__call__", next = "__next__", iter = "__iter__",
    enter = "__enter__", exit = "__exit__", repr = "__repr__", str = "__str__", eq = "__eq__",
    ne = "__ne__", hash = "__hash__", len = "__len__", getitem = "__getitem__",
    setitem = "__setitem__", delitem = "__delitem__", contains = "__contains__",
    bool_ = "__bool__", getattr = "__getattr__", setattr = "__setattr__", delattr = "__delattr__",
    name = "__name__", build_class = "__build_class__", class = "__class__", dict = "__dict__",
    doc = "__doc__", module = "__module__", qualname = "__qualname__", missing = "__missing__",
    format = "__format__", index = "__index__", neg = "__neg__", pos = "__pos__",
    invert = "__invert__", abs = "__abs__", int_ = "__int__", float_ = "__float__",
    reversed = "__reversed__", slots = "__slots__", classcell = "__classcell__",
    lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__", round = "__round__",
    copy = "__copy__", deepcopy = "__deepcopy__", get = "__get__", set = "__set__",
    delete = "__delete__", instancecheck = "__instancecheck__", fspath = "__fspath__",
    length_hint = "__length_hint__", mro = "__mro__", bases = "__bases__", args = "args",
    init_subclass = "__init_subclass__", set_name = "__set_name__", wrapped = "__wrapped__",
    stdout = "stdout",
}

/// The exception classes the engine raises itself.
pub struct ExcTypes {
    pub base_exception: Rc<Class>,
    pub exception: Rc<Class>,
    pub system_exit: Rc<Class>,
    pub keyboard_interrupt: Rc<Class>,
    pub generator_exit: Rc<Class>,
    pub stop_iteration: Rc<Class>,
    pub arithmetic_error: Rc<Class>,
    pub zero_division_error: Rc<Class>,
    pub overflow_error: Rc<Class>,
    pub assertion_error: Rc<Class>,
    pub attribute_error: Rc<Class>,
    pub eof_error: Rc<Class>,
    pub import_error: Rc<Class>,
    pub module_not_found_error: Rc<Class>,
    pub lookup_error: Rc<Class>,
    pub index_error: Rc<Class>,
    pub key_error: Rc<Class>,
    pub memory_error: Rc<Class>,
    pub name_error: Rc<Class>,
    pub unbound_local_error: Rc<Class>,
    pub os_error: Rc<Class>,
    pub file_not_found_error: Rc<Class>,
    pub file_exists_error: Rc<Class>,
    pub is_a_directory_error: Rc<Class>,
    pub permission_error: Rc<Class>,
    pub timeout_error: Rc<Class>,
    pub runtime_error: Rc<Class>,
    pub recursion_error: Rc<Class>,
    pub not_implemented_error: Rc<Class>,
    pub syntax_error: Rc<Class>,
    pub indentation_error: Rc<Class>,
    pub tab_error: Rc<Class>,
    pub type_error: Rc<Class>,
    pub value_error: Rc<Class>,
    pub unicode_error: Rc<Class>,
    pub unicode_decode_error: Rc<Class>,
    pub unicode_encode_error: Rc<Class>,
    pub buffer_error: Rc<Class>,
    pub connection_error: Rc<Class>,
    pub broken_pipe_error: Rc<Class>,
    pub warning: Rc<Class>,
    /// Every exception class by name, in definition order (for the builtins module).
    pub all: Vec<Rc<Class>>,
}

/// The builtin classes of one VM.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub str: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub none: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub exc: ExcTypes,
}

/// Makes a class with the given bases (MRO by C3 linearization).
pub fn new_class(
    name: &str,
    bases: Vec<Rc<Class>>,
    layout: Layout,
    builtin: Option<TypeId>,
) -> Rc<Class> {
    let mro = c3_mro(&bases).unwrap_or_else(|| {
        let mut m = Vec::new();
        for b in &bases {
            for c in b.mro_iter() {
                if !m.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
                    m.push(c.clone());
                }
            }
        }
        m
    });
    let n = Rc::new(PyStr::new(name.to_string()));
    Rc::new(Class {
        name: RefCell::new(n.clone()),
        qualname: RefCell::new(n),
        bases,
        mro,
        dict: Rc::new(PyDict::new()),
        layout,
        builtin,
        slots: None,
        meta: None,
    })
}

/// C3 linearization of the bases' MROs (the class itself excluded). `None` when no
/// consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let c = candidate?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Adds a builtin method to a class's dict.
#[inline(never)]
pub fn add_method(class: &Rc<Class>, name: &'static str, func: NativeFn) {
    class.dict.set_str_key(
        name,
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            this: None,
            data: None,
            method: true,
        })),
    );
}

/// Adds a builtin as a static method (called without the instance).
#[inline(never)]
pub fn add_static(class: &Rc<Class>, name: &'static str, func: NativeFn) {
    let b = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        this: None,
        data: None,
        method: true,
    }));
    class
        .dict
        .set_str_key(name, Value::StaticMethod(Rc::new(b)));
}

/// Adds a builtin as a class method (called with the class).
#[inline(never)]
pub fn add_classmethod(class: &Rc<Class>, name: &'static str, func: NativeFn) {
    let b = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        this: None,
        data: None,
        method: true,
    }));
    class.dict.set_str_key(name, Value::ClassMethod(Rc::new(b)));
}

impl Types {
    pub fn new(_names: &crate::types::Names) -> Types {
        let object = new_class("object", vec![], Layout::Object, Some(TypeId::Object));
        let b = |name: &str, id: TypeId| {
            new_class(name, vec![object.clone()], Layout::Builtin, Some(id))
        };
        let int = b("int", TypeId::Int);
        let bool_ = new_class(
            "bool",
            vec![int.clone()],
            Layout::Builtin,
            Some(TypeId::Bool),
        );
        let exc = ExcTypes::new(&object);
        Types {
            type_: b("type", TypeId::Type),
            float: b("float", TypeId::Float),
            str: b("str", TypeId::Str),
            bytes: b("bytes", TypeId::Bytes),
            bytearray: b("bytearray", TypeId::ByteArray),
            tuple: b("tuple", TypeId::Tuple),
            list: b("list", TypeId::List),
            dict: b("dict", TypeId::Dict),
            set: b("set", TypeId::Set),
            frozenset: b("frozenset", TypeId::FrozenSet),
            range: b("range", TypeId::Range),
            slice: b("slice", TypeId::Slice),
            none: b("NoneType", TypeId::NoneType),
            function: b("function", TypeId::Function),
            builtin_function: b("builtin_function_or_method", TypeId::BuiltinFunction),
            method: b("method", TypeId::Method),
            module: b("module", TypeId::Module),
            generator: b("generator", TypeId::Generator),
            iterator: b("iterator", TypeId::Iterator),
            property: b("property", TypeId::Property),
            staticmethod: b("staticmethod", TypeId::StaticMethod),
            classmethod: b("classmethod", TypeId::ClassMethod),
            super_: b("super", TypeId::Super),
            code: b("code", TypeId::Code),
            cell: b("cell", TypeId::Cell),
            ellipsis: b("ellipsis", TypeId::Ellipsis),
            not_implemented: b("NotImplementedType", TypeId::NotImplementedType),
            int,
            bool_,
            object,
            exc,
        }
    }
}

impl ExcTypes {
    fn new(object: &Rc<Class>) -> ExcTypes {
        let mut all = Vec::new();
        let mut mk = |name: &str, base: &Rc<Class>| {
            let c = new_class(
                name,
                vec![base.clone()],
                Layout::Exception,
                Some(TypeId::BaseException),
            );
            c.dict.set_str_key("__module__", Value::str("builtins"));
            all.push(c.clone());
            c
        };
        let base_exception = mk("BaseException", object);
        let system_exit = mk("SystemExit", &base_exception);
        let keyboard_interrupt = mk("KeyboardInterrupt", &base_exception);
        let generator_exit = mk("GeneratorExit", &base_exception);
        let exception = mk("Exception", &base_exception);
        let stop_iteration = mk("StopIteration", &exception);
        let _stop_async = mk("StopAsyncIteration", &exception);
        let arithmetic_error = mk("ArithmeticError", &exception);
        let _fpe = mk("FloatingPointError", &arithmetic_error);
        let overflow_error = mk("OverflowError", &arithmetic_error);
        let zero_division_error = mk("ZeroDivisionError", &arithmetic_error);
        let assertion_error = mk("AssertionError", &exception);
        let attribute_error = mk("AttributeError", &exception);
        let buffer_error = mk("BufferError", &exception);
        let eof_error = mk("EOFError", &exception);
        let import_error = mk("ImportError", &exception);
        let module_not_found_error = mk("ModuleNotFoundError", &import_error);
        let lookup_error = mk("LookupError", &exception);
        let index_error = mk("IndexError", &lookup_error);
        let key_error = mk("KeyError", &lookup_error);
        let memory_error = mk("MemoryError", &exception);
        let name_error = mk("NameError", &exception);
        let unbound_local_error = mk("UnboundLocalError", &name_error);
        let os_error = mk("OSError", &exception);
        let _blocking = mk("BlockingIOError", &os_error);
        let _child = mk("ChildProcessError", &os_error);
        let connection_error = mk("ConnectionError", &os_error);
        let broken_pipe_error = mk("BrokenPipeError", &connection_error);
        let _aborted = mk("ConnectionAbortedError", &connection_error);
        let _refused = mk("ConnectionRefusedError", &connection_error);
        let _reset = mk("ConnectionResetError", &connection_error);
        let file_exists_error = mk("FileExistsError", &os_error);
        let file_not_found_error = mk("FileNotFoundError", &os_error);
        let _interrupted = mk("InterruptedError", &os_error);
        let is_a_directory_error = mk("IsADirectoryError", &os_error);
        let _notadir = mk("NotADirectoryError", &os_error);
        let permission_error = mk("PermissionError", &os_error);
        let _process_lookup = mk("ProcessLookupError", &os_error);
        let timeout_error = mk("TimeoutError", &os_error);
        let _reference = mk("ReferenceError", &exception);
        let runtime_error = mk("RuntimeError", &exception);
        let not_implemented_error = mk("NotImplementedError", &runtime_error);
        let recursion_error = mk("RecursionError", &runtime_error);
        let syntax_error = mk("SyntaxError", &exception);
        let indentation_error = mk("IndentationError", &syntax_error);
        let tab_error = mk("TabError", &indentation_error);
        let _system = mk("SystemError", &exception);
        let type_error = mk("TypeError", &exception);
        let value_error = mk("ValueError", &exception);
        let unicode_error = mk("UnicodeError", &value_error);
        let unicode_decode_error = mk("UnicodeDecodeError", &unicode_error);
        let unicode_encode_error = mk("UnicodeEncodeError", &unicode_error);
        let _unicode_translate = mk("UnicodeTranslateError", &unicode_error);
        let warning = mk("Warning", &exception);
        for w in [
            "DeprecationWarning",
            "PendingDeprecationWarning",
            "RuntimeWarning",
            "SyntaxWarning",
            "UserWarning",
            "FutureWarning",
            "ImportWarning",
            "UnicodeWarning",
            "BytesWarning",
            "ResourceWarning",
            "EncodingWarning",
        ] {
            mk(w, &warning);
        }
        ExcTypes {
            base_exception,
            exception,
            system_exit,
            keyboard_interrupt,
            generator_exit,
            stop_iteration,
            arithmetic_error,
            zero_division_error,
            overflow_error,
            assertion_error,
            attribute_error,
            eof_error,
            import_error,
            module_not_found_error,
            lookup_error,
            index_error,
            key_error,
            memory_error,
            name_error,
            unbound_local_error,
            os_error,
            file_not_found_error,
            file_exists_error,
            is_a_directory_error,
            permission_error,
            timeout_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            syntax_error,
            indentation_error,
            tab_error,
            type_error,
            value_error,
            unicode_error,
            unicode_decode_error,
            unicode_encode_error,
            buffer_error,
            connection_error,
            broken_pipe_error,
            warning,
            all,
        }
    }
}
