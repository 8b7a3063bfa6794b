//! Code objects as bytes, and back: a process that has compiled the library modules and
//! the program hands them to the processes it starts, so those skip parsing and compiling
//! (most of a new process's start). Only what the compiler puts in code objects has a
//! form here; the bytes are read by the same build that wrote them, so the format needs
//! no version.
//!
//! A code object's body is read only when it first runs or is looked into: a child
//! process runs few of the library's functions, and reading them all was most of its
//! start. So the strings come first, in one table any body can refer to, and each body
//! is preceded by its length, to be stepped over.

use crate::bytecode::{BinOp, Body, CmpOp, Code, Header, Instr, UnaryOp};
use crate::value::{PyStr, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Writes `codes` (each with a key the reader hands back); None when a constant has no
/// form here.
pub fn dump<K: AsRef<[u8]>>(codes: &[(K, &Code)]) -> Option<Vec<u8>> {
    let mut w = Writer::default();
    w.uint(codes.len() as u64);
    for (key, code) in codes {
        w.bytes(key.as_ref());
        w.code(code)?;
    }
    let mut table = Writer::default();
    table.uint(w.strings.len() as u64);
    for s in &w.string_order {
        table.bytes(s.as_bytes());
    }
    table.out.extend_from_slice(&w.out);
    Some(table.out)
}

/// Reads what `dump` wrote (each body when it is first needed); None when the bytes are
/// not such.
pub fn load(bytes: &[u8]) -> Option<Vec<(Vec<u8>, Rc<Code>)>> {
    load_owned(bytes.into())
}

/// `load`, keeping `bytes` (the unread bodies are read from them) without a copy.
pub fn load_owned(bytes: Box<[u8]>) -> Option<Vec<(Vec<u8>, Rc<Code>)>> {
    let len = bytes.len();
    let (source, at) = Source::read(bytes)?;
    let mut r = Reader {
        source: Rc::new(source),
        at,
    };
    let n = r.uint()? as usize;
    let mut codes = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        let key = r.bytes()?.to_vec();
        codes.push((key, Rc::new(r.code()?)));
    }
    (r.at == len).then_some(codes)
}

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    /// Each string's index in the table, by content.
    strings: HashMap<Rc<str>, u64>,
    string_order: Vec<Rc<str>>,
}

/// The bytes code objects were read from, kept while a body is still unread.
struct Source {
    bytes: Box<[u8]>,
    /// Where each string of the table is in `bytes`.
    strings: Vec<(usize, usize)>,
    /// Each string once it has been read (code objects share them).
    made: RefCell<Vec<Option<Rc<PyStr>>>>,
    /// The file name last read: the code objects of one module share it.
    filename: RefCell<Option<Rc<str>>>,
}

impl Source {
    /// The string table at the start of `bytes`; where the code objects start.
    fn read(bytes: Box<[u8]>) -> Option<(Source, usize)> {
        let mut at = 0;
        let n = uint_at(&bytes, &mut at)? as usize;
        let mut strings = Vec::with_capacity(n.min(bytes.len()));
        for _ in 0..n {
            let len = uint_at(&bytes, &mut at)? as usize;
            if len > bytes.len() - at {
                return None;
            }
            strings.push((at, len));
            at += len;
        }
        let source = Source {
            bytes,
            strings,
            made: RefCell::new(vec![None; n]),
            filename: RefCell::default(),
        };
        Some((source, at))
    }
}

/// The LEB128 number at `*at`, which moves past it.
fn uint_at(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= ((b & 0x7f) as u64) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

/// A body not read yet: where it is.
pub(crate) struct Encoded {
    source: Rc<Source>,
    at: usize,
    end: usize,
}

impl Encoded {
    /// The body; None when its bytes do not read as one.
    pub(crate) fn read(&self) -> Option<Body> {
        let mut r = Reader {
            source: self.source.clone(),
            at: self.at,
        };
        let body = r.body()?;
        (r.at == self.end).then_some(body)
    }
}

struct Reader {
    source: Rc<Source>,
    at: usize,
}

/// An instruction operand.
trait Operand: Sized {
    fn put(self, w: &mut Writer);
    fn take(r: &mut Reader) -> Option<Self>;
}

impl Operand for u32 {
    fn put(self, w: &mut Writer) {
        w.uint(self as u64)
    }
    fn take(r: &mut Reader) -> Option<u32> {
        u32::try_from(r.uint()?).ok()
    }
}

impl Operand for u16 {
    fn put(self, w: &mut Writer) {
        w.uint(self as u64)
    }
    fn take(r: &mut Reader) -> Option<u16> {
        u16::try_from(r.uint()?).ok()
    }
}

impl Operand for u8 {
    fn put(self, w: &mut Writer) {
        w.byte(self)
    }
    fn take(r: &mut Reader) -> Option<u8> {
        r.byte()
    }
}

impl Operand for bool {
    fn put(self, w: &mut Writer) {
        w.byte(self as u8)
    }
    fn take(r: &mut Reader) -> Option<bool> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// Operands that are fieldless enums: written as their index in `ALL`.
macro_rules! enum_operand {
    ($t:ident: $($v:ident),*) => {
        impl Operand for $t {
            fn put(self, w: &mut Writer) {
                w.byte(self as u8)
            }
            fn take(r: &mut Reader) -> Option<$t> {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(r.byte()? as usize).copied()
            }
        }
    };
}

enum_operand!(BinOp: Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul);
enum_operand!(UnaryOp: Neg, Pos, Invert, Not);
enum_operand!(CmpOp: Lt, Le, Eq, Ne, Gt, Ge);

/// Each instruction is a tag byte and its operands. The match in `put_instr` names every
/// variant, so a new instruction does not build until it has a form here.
macro_rules! instr_codec {
    (
        plain: $($p:ident),* ;
        one: $($o:ident),* ;
        two: $($t:ident { $a:ident, $b:ident }),* ;
    ) => {
        #[derive(Clone, Copy)]
        enum Tag { $($p,)* $($o,)* $($t,)* }
        const TAGS: &[Tag] = &[$(Tag::$p,)* $(Tag::$o,)* $(Tag::$t,)*];

        fn put_instr(w: &mut Writer, instr: Instr) {
            match instr {
                $(Instr::$p => w.byte(Tag::$p as u8),)*
                $(Instr::$o(x) => { w.byte(Tag::$o as u8); x.put(w); })*
                $(Instr::$t { $a, $b } => { w.byte(Tag::$t as u8); $a.put(w); $b.put(w); })*
            }
        }

        fn take_instr(r: &mut Reader) -> Option<Instr> {
            Some(match *TAGS.get(r.byte()? as usize)? {
                $(Tag::$p => Instr::$p,)*
                $(Tag::$o => Instr::$o(Operand::take(r)?),)*
                $(Tag::$t => Instr::$t { $a: Operand::take(r)?, $b: Operand::take(r)? },)*
            })
        }
    };
}

instr_codec! {
    plain: Nop, CallEx, Subscr, StoreSubscr, DeleteSubscr, ListExtend, SetUpdate, DictUpdate,
        DictMerge, ListToTuple, Pop, Dup, DupTwo, Rot2, Rot3, Rot4, GetIter, ReturnValue,
        YieldValue, GetYieldFromIter, PopBlock, PopExcept, Reraise, ExcInfo,
        LoadAssertionError, LoadBuildClass, ImportStar, LoadLocals, MatchSequence,
        MatchMapping, MatchKeys;
    one: LoadConst, LoadFast, StoreFast, DeleteFast, LoadDeref, StoreDeref, DeleteDeref,
        LoadClosure, LoadClassDeref, LoadGlobal, StoreGlobal, DeleteGlobal, LoadName,
        StoreName, DeleteName, LoadAttr, StoreAttr, DeleteAttr, LoadMethod, LoadSpecial,
        CallMethod, Call, BinaryOp, InplaceOp, Unary, Compare, Is, Contains, BuildTuple,
        BuildList, BuildSet, BuildMap, BuildString, BuildSlice, ListAppend, SetAdd, MapAdd,
        UnpackSequence, Jump, PopJumpIfFalse, PopJumpIfTrue, JumpIfFalseOrPop,
        JumpIfTrueOrPop, ForIter, Send, SetupFinally, Raise, JumpIfNotExcMatch, MakeFunction,
        ImportName, ImportFrom, Unsupported;
    two: CallKw { argc, names }, FormatValue { conversion, has_spec },
        UnpackEx { before, after }, MatchLen { n, exact }, MatchClass { npos, names };
}

/// Constant kinds.
mod kind {
    pub const UNBOUND: u8 = 0;
    pub const NONE: u8 = 1;
    pub const ELLIPSIS: u8 = 2;
    pub const FALSE: u8 = 3;
    pub const TRUE: u8 = 4;
    pub const INT: u8 = 5;
    pub const LONG: u8 = 6;
    pub const FLOAT: u8 = 7;
    pub const STR: u8 = 8;
    pub const BYTES: u8 = 9;
    pub const TUPLE: u8 = 10;
    pub const CODE: u8 = 11;
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// LEB128.
    fn uint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.out.extend_from_slice(b);
    }

    /// A string as its index in the table.
    fn str(&mut self, s: &str) {
        let i = match self.strings.get(s) {
            Some(&i) => i,
            None => {
                let i = self.strings.len() as u64;
                let s: Rc<str> = Rc::from(s);
                self.strings.insert(s.clone(), i);
                self.string_order.push(s);
                i
            }
        };
        self.uint(i);
    }

    fn strs(&mut self, list: &[Rc<PyStr>]) {
        self.uint(list.len() as u64);
        for s in list {
            self.str(s.as_str());
        }
    }

    fn u32s(&mut self, list: &[u32]) {
        self.uint(list.len() as u64);
        for &n in list {
            self.uint(n as u64);
        }
    }

    fn pairs(&mut self, list: &[(u32, u32)]) {
        self.uint(list.len() as u64);
        for &(a, b) in list {
            self.uint(a as u64);
            self.uint(b as u64);
        }
    }

    fn value(&mut self, v: &Value) -> Option<()> {
        match v {
            Value::Unbound => self.byte(kind::UNBOUND),
            Value::None => self.byte(kind::NONE),
            Value::Ellipsis => self.byte(kind::ELLIPSIS),
            Value::Bool(false) => self.byte(kind::FALSE),
            Value::Bool(true) => self.byte(kind::TRUE),
            Value::Int(i) => {
                self.byte(kind::INT);
                // Zigzag, so small negative numbers stay short.
                self.uint(((i << 1) ^ (i >> 63)) as u64);
            }
            Value::Long(b) => {
                self.byte(kind::LONG);
                self.bytes(&b.to_signed_bytes_le());
            }
            Value::Float(f) => {
                self.byte(kind::FLOAT);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                self.byte(kind::STR);
                self.str(s.as_str());
            }
            Value::Bytes(b) => {
                self.byte(kind::BYTES);
                self.bytes(&b.data);
            }
            Value::Tuple(t) => {
                self.byte(kind::TUPLE);
                self.uint(t.items.len() as u64);
                for item in t.items.iter() {
                    self.value(item)?;
                }
            }
            Value::Code(c) => {
                self.byte(kind::CODE);
                self.code(c)?;
            }
            _ => return None,
        }
        Some(())
    }

    /// The header, then the body after its length.
    fn code(&mut self, c: &Code) -> Option<()> {
        self.str(c.name.as_str());
        self.str(c.qualname.as_str());
        self.str(&c.filename);
        for n in [
            c.first_line,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
        ] {
            self.uint(n as u64);
        }
        self.value(&c.doc)?;
        let start = self.out.len();
        self.body(c.body())?;
        let body = self.out.split_off(start);
        self.bytes(&body);
        Some(())
    }

    fn body(&mut self, c: &Body) -> Option<()> {
        self.uint(c.instrs.len() as u64);
        for &i in &c.instrs {
            put_instr(self, i);
        }
        self.u32s(&c.lines);
        self.pairs(&c.spans);
        self.uint(c.consts.len() as u64);
        for v in &c.consts {
            self.value(v)?;
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.pairs(&c.cell_params);
        Some(())
    }
}

impl Reader {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.source.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        uint_at(&self.source.bytes, &mut self.at)
    }

    /// A count of things still to read, each at least a byte long.
    fn count(&mut self) -> Option<usize> {
        let n = self.uint()? as usize;
        (n <= self.source.bytes.len() - self.at).then_some(n)
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.count()?;
        let b = &self.source.bytes[self.at..self.at + n];
        self.at += n;
        Some(b)
    }

    /// A string of the table, made the first time it is read.
    fn str(&mut self) -> Option<Rc<PyStr>> {
        let i = self.uint()? as usize;
        let source = &*self.source;
        let mut made = source.made.borrow_mut();
        let slot = made.get_mut(i)?;
        if let Some(s) = slot {
            return Some(s.clone());
        }
        let (at, len) = source.strings[i];
        let text = std::str::from_utf8(&source.bytes[at..at + len]).ok()?;
        Some(slot.insert(Rc::new(PyStr::new(text.to_string()))).clone())
    }

    /// Code objects of one module share their file name.
    fn filename(&mut self) -> Option<Rc<str>> {
        let s = self.str()?;
        let mut last = self.source.filename.borrow_mut();
        match &*last {
            Some(f) if **f == *s.as_str() => Some(f.clone()),
            _ => Some(last.insert(Rc::from(s.as_str())).clone()),
        }
    }

    /// A count, then that many items, in a vector of exactly their size (code objects
    /// live as long as the process).
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(item(self)?);
        }
        Some(items)
    }

    fn strs(&mut self) -> Option<Vec<Rc<PyStr>>> {
        self.list(Self::str)
    }

    fn u32s(&mut self) -> Option<Vec<u32>> {
        self.list(u32::take)
    }

    fn pairs(&mut self) -> Option<Vec<(u32, u32)>> {
        self.list(|r| Some((u32::take(r)?, u32::take(r)?)))
    }

    fn value(&mut self) -> Option<Value> {
        Some(match self.byte()? {
            kind::UNBOUND => Value::Unbound,
            kind::NONE => Value::None,
            kind::ELLIPSIS => Value::Ellipsis,
            kind::FALSE => Value::Bool(false),
            kind::TRUE => Value::Bool(true),
            kind::INT => {
                let z = self.uint()?;
                Value::Int(((z >> 1) as i64) ^ -((z & 1) as i64))
            }
            kind::LONG => Value::from_bigint(BigInt::from_signed_bytes_le(self.bytes()?)),
            kind::FLOAT => {
                let raw = self.source.bytes.get(self.at..self.at + 8)?;
                self.at += 8;
                Value::Float(f64::from_bits(u64::from_le_bytes(raw.try_into().ok()?)))
            }
            kind::STR => Value::Str(self.str()?),
            kind::BYTES => Value::bytes(self.bytes()?.to_vec()),
            kind::TUPLE => Value::tuple(self.list(Self::value)?),
            kind::CODE => Value::Code(Rc::new(self.code()?)),
            _ => return None,
        })
    }

    /// The header; the body is stepped over, to be read when needed.
    fn code(&mut self) -> Option<Code> {
        let header = Header {
            name: self.str()?,
            qualname: self.str()?,
            filename: self.filename()?,
            first_line: u32::take(self)?,
            argcount: u32::take(self)?,
            posonlyargcount: u32::take(self)?,
            kwonlyargcount: u32::take(self)?,
            flags: u32::take(self)?,
            doc: self.value()?,
        };
        let len = self.count()?;
        let encoded = Encoded {
            source: self.source.clone(),
            at: self.at,
            end: self.at + len,
        };
        self.at += len;
        Some(Code::encoded(header, encoded))
    }

    fn body(&mut self) -> Option<Body> {
        Some(Body {
            instrs: self.list(take_instr)?,
            lines: self.u32s()?,
            spans: self.pairs()?,
            consts: self.list(Self::value)?,
            names: self.strs()?,
            varnames: self.strs()?,
            cellvars: self.strs()?,
            freevars: self.strs()?,
            cell_params: self.pairs()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_read_when_first_needed() {
        let code =
            crate::compiler::compile_module("def f():\n    return 1\n", "m.py").expect("compiles");
        let bytes = dump(&[("m", &*code)]).expect("dumps");
        let module = load(&bytes).expect("loads").remove(0).1;
        assert!(!module.body_is_read());
        let f = code_of_f(&module);
        assert!(module.body_is_read());
        assert!(!f.body_is_read());
        assert_eq!(f.body().instrs, code_of_f(&code).body().instrs);
    }

    fn code_of_f(module: &Code) -> Rc<Code> {
        module
            .body()
            .consts
            .iter()
            .find_map(|c| match c {
                Value::Code(f) => Some(f.clone()),
                _ => None,
            })
            .expect("f's code")
    }
}
