//! The instruction set and code objects: the one list of what the VM can do.
//!
//! Each `Instr` variant's doc gives its stack effect as `[before] -> [after]` (top of stack
//! on the right). Jump operands are absolute instruction indexes. A `Code` carries, per
//! instruction, the source line it came from: tracebacks and the editor's process markers
//! read it.

use crate::marshal::Encoded;
use crate::value::{PyStr, Value};
use std::cell::OnceCell;
use std::rc::Rc;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as Python writes it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// The dunder names: (`__op__`, `__rop__`, `__iop__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One VM instruction. Operands index the code's `consts` or `names`, or are counts/targets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// `[] -> []`
    Nop,
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [local i]`; UnboundLocalError if unassigned.
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// `[] -> []`
    DeleteFast(u32),
    /// `[] -> [cell i's content]` (cells: cellvars then freevars).
    LoadDeref(u32),
    /// `[v] -> []`
    StoreDeref(u32),
    /// `[] -> []`
    DeleteDeref(u32),
    /// `[] -> [cell i]` (the cell itself, to build a closure).
    LoadClosure(u32),
    /// Class bodies: `[] -> [value]` from the namespace, else cell i.
    LoadClassDeref(u32),
    /// `[] -> [globals or builtins [names[i]]]`
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// Module and class bodies: `[] -> [locals, globals or builtins [names[i]]]`
    LoadName(u32),
    /// `[v] -> []`
    StoreName(u32),
    /// `[] -> []`
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []` (obj.names[i] = v)
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` or `[attr, Unbound]`, for `CallMethod`.
    LoadMethod(u32),
    /// `[obj] -> [obj.names[i]]` looked up on the type only (`__enter__`, `__exit__`).
    LoadSpecial(u32),
    /// `[method, self_or_unbound, args...] -> [result]`
    CallMethod(u32),
    /// `[callable, args...] -> [result]`
    Call(u32),
    /// `[callable, args..., kwargs...] -> [result]`; consts[names] is a tuple of keyword names.
    CallKw { argc: u32, names: u32 },
    /// `[callable, args_tuple, kwargs_dict_or_unbound] -> [result]`
    CallEx,
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`
    InplaceOp(BinOp),
    /// `[a] -> [op a]`
    Unary(UnaryOp),
    /// `[a, b] -> [a cmp b]`
    Compare(CmpOp),
    /// `[a, b] -> [a is b]` (negated when true)
    Is(bool),
    /// `[a, b] -> [a in b]` (negated when true)
    Contains(bool),
    /// `[obj, key] -> [obj[key]]`
    Subscr,
    /// `[v, obj, key] -> []`
    StoreSubscr,
    /// `[obj, key] -> []`
    DeleteSubscr,
    /// `[items...] -> [tuple]`
    BuildTuple(u32),
    /// `[items...] -> [list]`
    BuildList(u32),
    /// `[items...] -> [set]`
    BuildSet(u32),
    /// `[k1, v1, ...] -> [dict]`
    BuildMap(u32),
    /// `[keys..., values_tuple]`: not used; dicts are built from pairs.
    /// `[strs...] -> [joined str]`
    BuildString(u32),
    /// `[start, stop] -> [slice]` or `[start, stop, step] -> [slice]`
    BuildSlice(u32),
    /// `[list, ..(depth-1 items).., v] -> [list, ...]` appends v to the list `depth` below.
    ListAppend(u32),
    /// `[set, ..., v] -> [set, ...]`
    SetAdd(u32),
    /// `[dict, ..., k, v] -> [dict, ...]`
    MapAdd(u32),
    /// `[list, iterable] -> [list]` extends.
    ListExtend,
    /// `[set, iterable] -> [set]`
    SetUpdate,
    /// `[dict, mapping] -> [dict]` (`{**m}`)
    DictUpdate,
    /// `[dict, mapping] -> [dict]` (`f(**m)`: duplicate keys are an error)
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[value] -> [str]` or `[value, spec] -> [str]`; conversion 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue { conversion: u8, has_spec: bool },
    /// `[seq] -> [item n-1, ..., item 0]`
    UnpackSequence(u32),
    /// `[seq] -> [after..., list, before...]` (`a, *b, c = seq`)
    UnpackEx { before: u16, after: u16 },
    /// `[v] -> []`
    Pop,
    /// `[v] -> [v, v]`
    Dup,
    /// `[a, b] -> [a, b, a, b]`
    DupTwo,
    /// `[a, b] -> [b, a]`
    Rot2,
    /// `[a, b, c] -> [c, a, b]`
    Rot3,
    /// `[a, b, c, d] -> [d, a, b, c]`
    Rot4,
    /// `[] -> []`
    Jump(u32),
    /// `[v] -> []`
    PopJumpIfFalse(u32),
    /// `[v] -> []`
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[]`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[]`.
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[it] -> [it, next]`, or `[]` and jump when exhausted.
    ForIter(u32),
    /// `[v] -> (returns v)`
    ReturnValue,
    /// `[v] -> [sent]` (suspends the generator)
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from`.
    GetYieldFromIter,
    /// `[it, v] -> [it, yielded]` then YieldValue follows; when `it` returns: `[result]` and jump.
    Send(u32),
    /// `[] -> []`: pushes a handler; on an exception, the stack is cut back and `[exc]` pushed.
    SetupFinally(u32),
    /// `[] -> []` removes the innermost handler.
    PopBlock,
    /// Leaves an `except` body: `[] -> []`, restores the previously handled exception.
    PopExcept,
    /// `[exc] -> (raises exc again, traceback kept)`
    Reraise,
    /// `raise`: `[]`, `[exc]` or `[exc, cause]` by the count.
    Raise(u32),
    /// `[exc, type] -> [exc]`; jumps unless exc matches type.
    JumpIfNotExcMatch(u32),
    /// `[exc] -> [type(exc), exc, traceback]` for calling `__exit__`.
    ExcInfo,
    /// `[]` -> assertion: `[AssertionError class]`
    LoadAssertionError,
    /// `[code, qualname] -> [function]` with flags: 1 defaults tuple, 2 kwdefaults dict,
    /// 4 annotations dict, 8 closure tuple (below the code, in that order).
    MakeFunction(u8),
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`
    ImportFrom(u32),
    /// `[module] -> []` (`from m import *`)
    ImportStar,
    /// `[] -> [locals dict]` (class bodies return it)
    LoadLocals,
    /// `[] -> []`: the construct is not supported; raises NotImplementedError(consts[i]).
    Unsupported(u32),
    /// `match`: `[v] -> [v, is_sequence]` (list, tuple, ...; not str, bytes or dicts).
    MatchSequence,
    /// `match`: `[v] -> [v, is_mapping]`.
    MatchMapping,
    /// `match`: `[v] -> [v, len(v) == n]` (or `>= n` when not exact).
    MatchLen { n: u32, exact: bool },
    /// `match`: `[v, keys] -> [v, values tuple or None]` (None when a key is missing).
    MatchKeys,
    /// `match`: `[v, cls] -> [attributes tuple or None]`; consts[names] are keyword names.
    MatchClass { npos: u32, names: u32 },
}

/// Flags of a code object.
pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// The frame has a namespace dict (module and class bodies).
    pub const NAMESPACE: u32 = 8;
}

/// A compiled function, class body or module: what making a function needs, and its body.
pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub doc: Value,
    body: OnceCell<Body>,
    /// Where the body is read from the first time it is needed, when it came as bytes
    /// from another process (most of the library's function bodies never run there).
    encoded: Option<Encoded>,
}

/// What running a code object needs.
pub struct Body {
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source byte range (start, end) of the expression or statement each instruction
    /// belongs to, for the `~~~^^^` markers of tracebacks.
    pub spans: Vec<(u32, u32)>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    /// Local variable names; parameters come first.
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cellvar that is also a parameter: (cell index, parameter index).
    pub cell_params: Vec<(u32, u32)>,
}

/// The fields of a code object other than its body.
pub struct Header {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub doc: Value,
}

impl Code {
    pub fn new(header: Header, body: Body) -> Code {
        Code::assemble(header, OnceCell::from(body), None)
    }

    /// A code object whose body `encoded` reads when it is first needed.
    pub(crate) fn encoded(header: Header, encoded: Encoded) -> Code {
        Code::assemble(header, OnceCell::new(), Some(encoded))
    }

    fn assemble(h: Header, body: OnceCell<Body>, encoded: Option<Encoded>) -> Code {
        Code {
            name: h.name,
            qualname: h.qualname,
            filename: h.filename,
            first_line: h.first_line,
            argcount: h.argcount,
            posonlyargcount: h.posonlyargcount,
            kwonlyargcount: h.kwonlyargcount,
            flags: h.flags,
            doc: h.doc,
            body,
            encoded,
        }
    }

    pub fn body(&self) -> &Body {
        self.body.get_or_init(|| {
            self.encoded
                .as_ref()
                .and_then(Encoded::read)
                .unwrap_or_else(Body::unreadable)
        })
    }

    #[cfg(test)]
    pub(crate) fn body_is_read(&self) -> bool {
        self.body.get().is_some()
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// Total parameter slots including `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.body()
            .lines
            .get(ip)
            .copied()
            .unwrap_or(self.first_line)
    }

    pub fn span_at(&self, ip: usize) -> Option<(u32, u32)> {
        self.body().spans.get(ip).copied()
    }
}

impl Body {
    /// The body of a code object whose bytes do not read as one: running it raises.
    fn unreadable() -> Body {
        Body {
            instrs: vec![Instr::Unsupported(0)],
            lines: Vec::new(),
            spans: Vec::new(),
            consts: vec![Value::str("this code object could not be read")],
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_params: Vec::new(),
        }
    }
}
