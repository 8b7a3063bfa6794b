//! The compiler: a parsed module (ruff's AST) becomes `Code` objects for the VM.
//!
//! Stages: `syntax_error::parse` gives the AST or a CPython-worded SyntaxError; `symtable`
//! decides where each name lives; this module emits instructions per scope (`Unit`), with a
//! source line for each. Control flow that leaves a block early (`return`, `break`,
//! `continue` through `finally`, `with` and `except` bodies) is unwound at compile time from
//! the stack of open blocks (`FBlock`), as CPython 3.9+ does.

use crate::bytecode::{flags, BinOp, Body, CmpOp, Code, Header, Instr, UnaryOp};
use crate::error::CompileError;
use crate::symtable::{self, key_of, NameScope, ScopeInfo, ScopeKind, SymbolTable};
use crate::value::{PyStr, Value};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;
use std::rc::Rc;

/// Compiled modules by file name and a hash of their source.
type CodeCache = HashMap<CacheKey, Rc<Code>>;

/// A file name, the source's length and its hash (one build hashes alike in every
/// process, so keys can travel between processes with the code).
type CacheKey = (Rc<str>, usize, u64);

thread_local! {
    /// Code already compiled on this thread, or handed over by the process that started
    /// this one: the processes of a run import the same library modules and re-run the
    /// same main module.
    static COMPILED: std::cell::RefCell<CodeCache> =
        std::cell::RefCell::new(HashMap::new());
    /// `COMPILED` as bytes, until it changes.
    static COMPILED_BYTES: std::cell::RefCell<Option<Rc<[u8]>>> =
        const { std::cell::RefCell::new(None) };
}

fn cache_key(source: &str, filename: &str) -> CacheKey {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    source.hash(&mut h);
    (Rc::from(filename), source.len(), h.finish())
}

/// `compile_module`, reusing the code object when this thread compiled the same source
/// under the same name before (code objects are immutable).
pub fn compile_module_cached(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let key = cache_key(source, filename);
    if let Some(code) = COMPILED.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(code);
    }
    let code = compile_module(source, filename)?;
    COMPILED.with(|c| c.borrow_mut().insert(key, code.clone()));
    COMPILED_BYTES.with(|b| b.borrow_mut().take());
    Ok(code)
}

/// Every module this thread has compiled, as bytes for `add_compiled` in another process
/// (the same bytes, not a copy, until this thread compiles another module).
pub fn compiled_bytes() -> Rc<[u8]> {
    if let Some(bytes) = COMPILED_BYTES.with(|b| b.borrow().clone()) {
        return bytes;
    }
    let bytes: Rc<[u8]> = COMPILED.with(|c| {
        let cache = c.borrow();
        let entries: Vec<(Vec<u8>, &Code)> = cache
            .iter()
            .map(|((name, len, hash), code)| {
                let mut key = Vec::with_capacity(name.len() + 16);
                key.extend_from_slice(&(*len as u64).to_le_bytes());
                key.extend_from_slice(&hash.to_le_bytes());
                key.extend_from_slice(name.as_bytes());
                (key, &**code)
            })
            .collect();
        crate::marshal::dump(&entries).unwrap_or_default().into()
    });
    COMPILED_BYTES.with(|b| *b.borrow_mut() = Some(bytes.clone()));
    bytes
}

/// Adds the modules another process compiled (bytes from `compiled_bytes`) to this
/// thread's cache; bytes that do not read as such are ignored.
pub fn add_compiled(bytes: Vec<u8>) {
    let Some(codes) = crate::marshal::load_owned(bytes.into()) else {
        return;
    };
    COMPILED.with(|c| {
        let mut cache = c.borrow_mut();
        for (key, code) in codes {
            let (Some(len), Some(hash), Ok(name)) = (
                key.get(..8).and_then(|b| b.try_into().ok()),
                key.get(8..16).and_then(|b| b.try_into().ok()),
                std::str::from_utf8(key.get(16..).unwrap_or_default()),
            ) else {
                continue;
            };
            let key = (
                Rc::from(name),
                u64::from_le_bytes(len) as usize,
                u64::from_le_bytes(hash),
            );
            cache.entry(key).or_insert(code);
        }
    });
    COMPILED_BYTES.with(|b| b.borrow_mut().take());
}

/// Compiles a module's source into its code object.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let parsed = crate::syntax_error::parse(source)?;
    let module = parsed.syntax();
    let mut c = Compiler::for_module(source, filename, module)?;
    c.future_annotations = has_future_annotations(&module.body);
    c.setup_annotations(&module.body);
    c.docstring_and_body(&module.body, true)?;
    c.emit_const(Value::None);
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

/// Compiles `eval()`'s source (`compile(..., 'eval')`): one expression, whose value the
/// code returns.
pub fn compile_expression(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let parsed = crate::syntax_error::parse(source).map_err(|e| at_end_of_expression(source, e))?;
    let module = parsed.syntax();
    let expr = match module.body.as_slice() {
        [Stmt::Expr(e)] => &e.value,
        body => {
            return Err(at_end_of_expression(
                source,
                not_an_expression(source, body),
            ))
        }
    };
    let mut c = Compiler::for_module(source, filename, module)?;
    c.expr(expr)?;
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

/// CPython's expression grammar reads no line end after unterminated input: an error at
/// the very end of source without one is placed at column 0 (and line 0 when empty).
fn at_end_of_expression(source: &str, mut e: CompileError) -> CompileError {
    if e.range.start().to_usize() >= source.len() && !source.ends_with('\n') {
        e.column = Some(0);
        e.end_column = Some(0);
        if source.is_empty() {
            e.line = Some(0);
        }
    }
    e
}

/// The SyntaxError for `eval()` source that is not one expression, at the first token
/// the expression grammar cannot take, as CPython places it.
fn not_an_expression(source: &str, body: &[Stmt]) -> CompileError {
    let at = match body {
        [] => return CompileError::syntax("invalid syntax".into(), TextRange::default()),
        // `1; 2` or a second line: where the first expression stops.
        [Stmt::Expr(e), ..] => e.range.end(),
        [Stmt::Assign(a), ..] => a.targets[0].range().end(),
        [Stmt::AugAssign(a), ..] => a.target.range().end(),
        [Stmt::AnnAssign(a), ..] => a.target.range().end(),
        [first, ..] => first.range().start(),
    };
    // The next token after any spaces (or line ends, when a second statement follows).
    let rest = &source[at.to_usize()..];
    let skipped = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n', ';']).len();
    let skipped = match rest.find(';') {
        Some(i) if rest[..i].trim().is_empty() => i,
        _ => skipped,
    };
    let start = at + TextSize::from(skipped as u32);
    CompileError::syntax("invalid syntax".into(), TextRange::new(start, start))
}

/// Whether the module starts (after its docstring) with `from __future__ import annotations`.
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt::Expr(e)) = stmts.peek() {
        if e.value.is_string_literal_expr() {
            stmts.next();
        }
    }
    for s in stmts {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.id.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether a module or class body annotates a plain name somewhere in its own scope, so it
/// needs an `__annotations__` dict (nested functions and classes have their own).
fn annotates_names(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && a.target.is_name_expr(),
        Stmt::If(i) => {
            annotates_names(&i.body) || i.elif_else_clauses.iter().any(|c| annotates_names(&c.body))
        }
        Stmt::For(f) => annotates_names(&f.body) || annotates_names(&f.orelse),
        Stmt::While(w) => annotates_names(&w.body) || annotates_names(&w.orelse),
        Stmt::With(w) => annotates_names(&w.body),
        Stmt::Try(t) => {
            annotates_names(&t.body)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    annotates_names(&h.body)
                })
                || annotates_names(&t.orelse)
                || annotates_names(&t.finalbody)
        }
        Stmt::Match(m) => m.cases.iter().any(|c| annotates_names(&c.body)),
        _ => false,
    })
}

/// Line starts of the source, for offset → line.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: TextSize) -> u32 {
        let o = offset.to_u32();
        match self.starts.binary_search(&o) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// A block open at compile time, for unwinding on `return`/`break`/`continue`.
enum FBlock<'a> {
    /// A loop; `for_loop` loops keep their iterator on the stack.
    Loop {
        for_loop: bool,
        continue_target: usize,
        breaks: Vec<usize>,
    },
    /// A `try` with a `finally` whose body must run on the way out.
    TryFinally { body: &'a [Stmt] },
    /// Inside a `finally` body run for an exception: `[exc]` is on the stack.
    FinallyEnd,
    /// Inside an `except` body (name bound with `as`, if any).
    Handler { name: Option<&'a str> },
    /// Inside a `with` body: `[exit]` is on the stack.
    With,
}

/// One code object being built.
struct Unit<'a> {
    info_key: symtable::ScopeKey,
    name: String,
    qualname: String,
    first_line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    spans: Vec<(u32, u32)>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<PyStr>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    line: u32,
    /// The source range instructions emitted now belong to.
    range: (u32, u32),
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    fblocks: Vec<FBlock<'a>>,
    doc: Value,
    kind: ScopeKind,
}

struct Compiler<'a> {
    filename: Rc<str>,
    source: &'a str,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    future_annotations: bool,
    lines: LineIndex,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interned: HashMap<String, Rc<PyStr>>,
}

type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    /// A compiler for a module's source, inside the module's own unit.
    fn for_module(source: &'a str, filename: &str, module: &ast::ModModule) -> CResult<Self> {
        let table = SymbolTable::build(&module.body, module.range)?;
        let mut c = Compiler {
            filename: Rc::from(filename),
            source,
            future_annotations: false,
            lines: LineIndex::new(source),
            table,
            units: Vec::new(),
            interned: HashMap::new(),
        };
        let key = key_of(module.range, symtable::TAG_MODULE);
        c.push_unit(key, "<module>", "<module>", 1);
        c.unit().flags |= flags::NAMESPACE;
        Ok(c)
    }
}

fn err<T>(msg: &str, range: TextRange) -> CResult<T> {
    Err(CompileError::syntax(msg.to_string(), range))
}

impl<'a> Compiler<'a> {
    fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    fn info(&self) -> &ScopeInfo {
        let key = self.units.last().expect("a unit is open").info_key;
        self.table.get(key)
    }

    fn push_unit(&mut self, key: symtable::ScopeKey, name: &str, qualname: &str, first_line: u32) {
        let info = self.table.get(key);
        let kind = info.kind.expect("scope kind");
        let cellvars = info.cellvars();
        let freevars = info.freevars();
        let is_gen = info.is_generator;
        let params = info.params.clone();
        let bound_order = info.bound_order.clone();
        let names_scopes: Vec<(String, NameScope)> = bound_order
            .iter()
            .map(|n| (n.clone(), info.scope_of(n)))
            .collect();
        let mut unit = Unit {
            info_key: key,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars,
            freevars,
            line: first_line,
            range: (0, 0),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: if is_gen { flags::GENERATOR } else { 0 },
            fblocks: Vec::new(),
            doc: Value::None,
            kind,
        };
        if kind == ScopeKind::Function {
            for p in &params {
                let r = self.intern(p);
                unit.var_index.insert(p.clone(), unit.varnames.len() as u32);
                unit.varnames.push(r);
            }
            for (n, sc) in names_scopes {
                if matches!(sc, NameScope::Local | NameScope::Cell)
                    && !unit.var_index.contains_key(&n)
                {
                    let r = self.intern(&n);
                    unit.var_index.insert(n.clone(), unit.varnames.len() as u32);
                    unit.varnames.push(r);
                }
            }
        }
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("a unit is open");
        let cellvars: Vec<Rc<PyStr>> = u.cellvars.iter().map(|n| self.intern(n)).collect();
        let freevars: Vec<Rc<PyStr>> = u.freevars.iter().map(|n| self.intern(n)).collect();
        let mut cell_params = Vec::new();
        for (ci, c) in u.cellvars.iter().enumerate() {
            if let Some(&vi) = u.var_index.get(c) {
                if (vi as usize)
                    < (u.argcount + u.kwonlyargcount) as usize
                        + ((u.flags & flags::VARARGS != 0) as usize)
                        + ((u.flags & flags::VARKEYWORDS != 0) as usize)
                {
                    cell_params.push((ci as u32, vi));
                }
            }
        }
        let name = self.intern(&u.name);
        let qualname = self.intern(&u.qualname);
        let header = Header {
            name,
            qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            doc: u.doc,
        };
        Rc::new(Code::new(
            header,
            Body {
                instrs: u.instrs,
                lines: u.lines,
                spans: u.spans,
                consts: u.consts,
                names: u.names,
                varnames: u.varnames,
                cellvars,
                freevars,
                cell_params,
            },
        ))
    }

    // ----- emitting -----

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.spans.push(u.range);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().instrs.len()
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(t),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
            Instr::ForIter(_) => Instr::ForIter(t),
            Instr::SetupFinally(_) => Instr::SetupFinally(t),
            Instr::JumpIfNotExcMatch(_) => Instr::JumpIfNotExcMatch(t),
            Instr::Send(_) => Instr::Send(t),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse identical small constants.
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    fn str_const(&mut self, s: &str) -> Value {
        Value::Str(self.intern(s))
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        let r = self.intern(name);
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(r);
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn set_line(&mut self, range: TextRange) {
        let l = self.lines.line(range.start());
        let u = self.unit();
        u.line = l;
        u.range = (range.start().to_u32(), range.end().to_u32());
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.units.last().expect("unit");
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    // ----- names -----

    fn load_name(&mut self, name: &str) {
        let scope = self.info().scope_of(name);
        let kind = self.unit().kind;
        match (scope, kind) {
            (NameScope::Free, ScopeKind::Class) => {
                let i = self.cell_index(name).expect("free var has a cell");
                self.emit(Instr::LoadClassDeref(i));
            }
            (NameScope::Cell | NameScope::Free, _) => {
                let i = self.cell_index(name).expect("cell var has a cell");
                self.emit(Instr::LoadDeref(i));
            }
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.unit().var_index[name];
                self.emit(Instr::LoadFast(i));
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, ScopeKind::Function) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let scope = self.info().scope_of(name);
        let kind = self.unit().kind;
        match (scope, kind) {
            (NameScope::Cell, ScopeKind::Class) if name == "__class__" => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
            (NameScope::Cell | NameScope::Free, _) => {
                let i = self.cell_index(name).expect("cell var has a cell");
                self.emit(Instr::StoreDeref(i));
            }
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.unit().var_index[name];
                self.emit(Instr::StoreFast(i));
            }
            (NameScope::GlobalExplicit, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let scope = self.info().scope_of(name);
        let kind = self.unit().kind;
        match (scope, kind) {
            (NameScope::Cell | NameScope::Free, _) => {
                let i = self.cell_index(name).expect("cell var has a cell");
                self.emit(Instr::DeleteDeref(i));
            }
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.unit().var_index[name];
                self.emit(Instr::DeleteFast(i));
            }
            (NameScope::GlobalExplicit, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    // ----- statements -----

    fn docstring_and_body(&mut self, body: &'a [Stmt], set_doc_name: bool) -> CResult {
        let mut rest = body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = e.value.as_ref() {
                let doc = self.str_const(s.value.to_str());
                self.unit().doc = doc.clone();
                if set_doc_name {
                    self.set_line(e.range);
                    self.emit_const(doc);
                    self.store_name("__doc__");
                }
                rest = &body[1..];
            }
        }
        self.body(rest)
    }

    fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.set_line(stmt.range());
        match stmt {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if self.unit().kind != ScopeKind::Function {
                    return err("'return' outside function", r.range);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.unwind_all(true)?;
                self.set_line(r.range);
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    return self.unsupported("async with", w.range);
                }
                self.with_items(&w.items, &w.body)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(r.range);
                self.emit(Instr::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return self.unsupported("except*", t.range);
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                // CPython points the AssertionError at the test expression.
                self.set_line(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch_here(j);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    self.emit_const(Value::Int(0));
                    self.emit_const(Value::None);
                    let ni = self.name_idx(full);
                    self.emit(Instr::ImportName(ni));
                    match &alias.asname {
                        Some(asname) => {
                            for part in full.split('.').skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Instr::LoadAttr(pi));
                            }
                            self.store_name(&asname.id);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full).to_string();
                            self.store_name(&top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                self.emit_const(Value::Int(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| self.str_const(a.name.id.as_str()))
                    .collect();
                self.emit_const(Value::tuple(names));
                let ni = self.name_idx(module);
                self.emit(Instr::ImportName(ni));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    if self.unit().kind != ScopeKind::Module {
                        return err("import * only allowed at module level", i.range);
                    }
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for alias in &i.names {
                    let ni = self.name_idx(alias.name.id.as_str());
                    self.emit(Instr::ImportFrom(ni));
                    let target = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(&target.id);
                }
                self.emit(Instr::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.range),
            Stmt::Continue(c) => self.break_continue(false, c.range),
            Stmt::TypeAlias(t) => self.unsupported("the type statement", t.range),
            Stmt::IpyEscapeCommand(c) => err("invalid syntax", c.range),
        }
    }

    fn unsupported(&mut self, what: &str, range: TextRange) -> CResult {
        self.set_line(range);
        let msg = self.str_const(&format!("{what} is not supported in mpplay yet"));
        let i = self.add_const(msg);
        self.emit(Instr::Unsupported(i));
        Ok(())
    }

    /// `x: T = v`. In a module or class body the annotation is evaluated, and stored in
    /// `__annotations__` when the target is a plain name; in a function it is not evaluated.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        if self.unit().kind == ScopeKind::Function {
            return Ok(());
        }
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                self.load_name("__annotations__");
                let k = self.str_const(n.id.as_str());
                self.emit_const(k);
                self.emit(Instr::StoreSubscr);
            }
            _ if !self.future_annotations => {
                self.expr(&a.annotation)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        Ok(())
    }

    /// An annotation's value: the expression, or under `from __future__ import annotations`
    /// its source text.
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = &self.source[e.range()];
            let k = self.str_const(text);
            self.emit_const(k);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// Creates the `__annotations__` of a module or class body that annotates names.
    fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if annotates_names(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// Pushes a function's `__annotations__` dict (parameters in CPython's order, then
    /// `return`); false when it has none.
    fn function_annotations(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut pairs: Vec<(&'a str, &'a Expr)> = Vec::new();
        if let Some(p) = params {
            let plain = p
                .args
                .iter()
                .chain(p.posonlyargs.iter())
                .map(|a| &a.parameter);
            let rest = p
                .vararg
                .as_deref()
                .into_iter()
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter));
            for param in plain.chain(rest).chain(p.kwarg.as_deref()) {
                if let Some(ann) = param.annotation.as_deref() {
                    pairs.push((param.name.id.as_str(), ann));
                }
            }
        }
        if let Some(r) = returns {
            pairs.push(("return", r));
        }
        if pairs.is_empty() {
            return Ok(false);
        }
        for (name, ann) in &pairs {
            let k = self.str_const(name);
            self.emit_const(k);
            self.annotation(ann)?;
        }
        self.emit(Instr::BuildMap(pairs.len() as u32));
        Ok(true)
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return self.unsupported("async def", f.range);
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(f.range);
        let first_line = match f.decorator_list.first() {
            Some(d) => self.lines.line(d.range.start()),
            None => self.lines.line(f.range.start()),
        };
        let key = key_of(f.range, symtable::TAG_FUNCTION);
        self.make_function(
            key,
            f.name.id.as_str(),
            Some(&f.parameters),
            f.returns.as_deref(),
            first_line,
            |c| {
                c.docstring_and_body(&f.body, false)?;
                c.emit_const(Value::None);
                c.emit(Instr::ReturnValue);
                Ok(())
            },
        )?;
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits defaults, closure and MAKE_FUNCTION for a function-like scope whose body `emit_body` writes.
    fn make_function(
        &mut self,
        key: symtable::ScopeKey,
        name: &str,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        first_line: u32,
        emit_body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let mut fl = 0u8;
        let defaults: Vec<&Expr> = params
            .map(|p| {
                p.posonlyargs
                    .iter()
                    .chain(p.args.iter())
                    .filter_map(|p| p.default.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            fl |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .map(|p| {
                p.kwonlyargs
                    .iter()
                    .filter_map(|p| {
                        p.default
                            .as_deref()
                            .map(|d| (p.parameter.name.id.as_str(), d))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let k = self.str_const(n);
                self.emit_const(k);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            fl |= 2;
        }
        if self.function_annotations(params, returns)? {
            fl |= 4;
        }
        let qualname = self.qualname_for(name);
        self.push_unit(key, name, &qualname, first_line);
        if let Some(params) = params {
            let u = self.unit();
            u.posonlyargcount = params.posonlyargs.len() as u32;
            u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            u.kwonlyargcount = params.kwonlyargs.len() as u32;
            if params.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if params.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        emit_body(self)?;
        let code = self.pop_unit();
        self.emit_closure(&code, &mut fl);
        self.emit_const(Value::Code(code));
        let q = self.str_const(&qualname);
        self.emit_const(q);
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn emit_closure(&mut self, code: &Rc<Code>, fl: &mut u8) {
        if code.body().freevars.is_empty() {
            return;
        }
        let names: Vec<String> = code
            .body()
            .freevars
            .iter()
            .map(|f| f.as_str().to_string())
            .collect();
        for n in &names {
            let i = self
                .cell_index(n)
                .expect("closure variable is a cell or free var of the parent");
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(names.len() as u32));
        *fl |= 8;
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range());
        self.emit(Instr::LoadBuildClass);
        let first_line = match c.decorator_list.first() {
            Some(d) => self.lines.line(d.range.start()),
            None => self.lines.line(c.range.start()),
        };
        let key = key_of(c.range, symtable::TAG_CLASS);
        let name = c.name.id.as_str();
        let qualname = self.qualname_for(name);
        self.push_unit(key, name, &qualname, first_line);
        self.unit().flags |= flags::NAMESPACE;
        self.load_name("__name__");
        self.store_name("__module__");
        let q = self.str_const(&qualname);
        self.emit_const(q);
        self.store_name("__qualname__");
        self.setup_annotations(&c.body);
        self.docstring_and_body(&c.body, true)?;
        if self.info().needs_class_cell {
            let i = self.cell_index("__class__").expect("class cell");
            self.emit(Instr::LoadClosure(i));
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        let mut fl = 0u8;
        self.emit_closure(&code, &mut fl);
        self.emit_const(Value::Code(code));
        let q = self.str_const(&qualname);
        self.emit_const(q);
        self.emit(Instr::MakeFunction(fl));
        let n = self.str_const(name);
        self.emit_const(n);
        let mut argc = 2u32;
        let mut kwnames = Vec::new();
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                if matches!(b, Expr::Starred(_)) {
                    return self.unsupported("starred base classes", c.range);
                }
                self.expr(b)?;
                argc += 1;
            }
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(a) => {
                        kwnames.push(self.str_const(a.id.as_str()));
                        self.expr(&k.value)?;
                    }
                    None => return self.unsupported("**kwargs in a class definition", c.range),
                }
            }
        }
        if kwnames.is_empty() {
            self.emit(Instr::Call(argc));
        } else {
            let n = kwnames.len() as u32;
            let names = self.add_const(Value::tuple(kwnames));
            self.emit(Instr::CallKw {
                argc: argc + n,
                names,
            });
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let ni = self.name_idx(at.attr.id.as_str());
                self.emit(Instr::LoadAttr(ni));
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::DupTwo);
                self.emit(Instr::Subscr);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                )
            }
        }
        Ok(())
    }

    /// `match`: the subject stays on the stack while each case's pattern is tried; a failed
    /// test jumps to a chain of `Pop`s that clears what the pattern had pushed.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for case in &m.cases {
            self.set_line(case.range);
            let mut fails: Vec<(usize, u32)> = Vec::new();
            self.emit(Instr::Dup);
            self.pattern(&case.pattern, 0, &mut fails)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                fails.push((j, 0));
            }
            self.emit(Instr::Pop);
            self.body(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_chain(&fails);
        }
        self.emit(Instr::Pop);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Emits the landing pads of failed pattern tests: a jump recorded with depth k lands
    /// where k `Pop`s remain before falling through to what follows.
    fn fail_chain(&mut self, fails: &[(usize, u32)]) {
        let max = fails.iter().map(|(_, d)| *d).max().unwrap_or(0);
        for depth in (0..=max).rev() {
            let here = self.here();
            for (j, d) in fails {
                if *d == depth {
                    self.patch(*j, here);
                }
            }
            if depth > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    /// Tests `[.., v]` against a pattern: on success v is consumed (names bound); on failure
    /// control jumps (recorded in `fails` with how many items above the subject to pop).
    fn pattern(
        &mut self,
        p: &'a ast::Pattern,
        depth: u32,
        fails: &mut Vec<(usize, u32)>,
    ) -> CResult {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth));
            }
            P::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Instr::Is(false));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth));
            }
            P::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.emit(Instr::Dup);
                    self.pattern(sub, depth + 1, fails)?;
                }
                match &a.name {
                    Some(n) => self.store_name(&n.id),
                    None => {
                        self.emit(Instr::Pop);
                    }
                }
            }
            P::MatchStar(s) => match &s.name {
                Some(n) => self.store_name(&n.id),
                None => {
                    self.emit(Instr::Pop);
                }
            },
            P::MatchOr(o) => {
                let mut oks = Vec::new();
                for alt in &o.patterns {
                    let mut alt_fails = Vec::new();
                    self.emit(Instr::Dup);
                    self.pattern(alt, 0, &mut alt_fails)?;
                    self.emit(Instr::Pop);
                    oks.push(self.emit(Instr::Jump(0)));
                    // This alternative failed: pop what it pushed (v stays) and try the next.
                    self.fail_chain(&alt_fails);
                }
                // Every alternative failed.
                self.emit(Instr::Pop);
                fails.push((self.emit(Instr::Jump(0)), depth));
                for j in oks {
                    self.patch_here(j);
                }
            }
            P::MatchSequence(sq) => {
                self.emit(Instr::MatchSequence);
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth + 1));
                let star = sq
                    .patterns
                    .iter()
                    .position(|x| matches!(x, P::MatchStar(_)));
                let n = sq.patterns.len() as u32;
                match star {
                    Some(_) => self.emit(Instr::MatchLen {
                        n: n - 1,
                        exact: false,
                    }),
                    None => self.emit(Instr::MatchLen { n, exact: true }),
                };
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth + 1));
                match star {
                    Some(i) => self.emit(Instr::UnpackEx {
                        before: i as u16,
                        after: (n as usize - i - 1) as u16,
                    }),
                    None => self.emit(Instr::UnpackSequence(n)),
                };
                for (i, sub) in sq.patterns.iter().enumerate() {
                    let remaining = n - i as u32 - 1;
                    self.pattern(sub, depth + remaining, fails)?;
                }
            }
            P::MatchMapping(mm) => {
                if mm.rest.is_some() {
                    return self.unsupported("**rest in a mapping pattern", mm.range);
                }
                self.emit(Instr::MatchMapping);
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth + 1));
                for k in &mm.keys {
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(mm.keys.len() as u32));
                self.emit(Instr::MatchKeys);
                self.emit(Instr::Dup);
                self.emit_const(Value::None);
                self.emit(Instr::Is(false));
                fails.push((self.emit(Instr::PopJumpIfTrue(0)), depth + 2));
                let n = mm.patterns.len() as u32;
                self.emit(Instr::UnpackSequence(n));
                for (i, sub) in mm.patterns.iter().enumerate() {
                    let remaining = n - i as u32 - 1;
                    self.pattern(sub, depth + 1 + remaining, fails)?;
                }
                self.emit(Instr::Pop);
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Value> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| self.str_const(k.attr.id.as_str()))
                    .collect();
                let names_c = self.add_const(Value::tuple(names));
                let npos = c.arguments.patterns.len() as u32;
                self.emit(Instr::MatchClass {
                    npos,
                    names: names_c,
                });
                self.emit(Instr::Dup);
                self.emit_const(Value::None);
                self.emit(Instr::Is(false));
                fails.push((self.emit(Instr::PopJumpIfTrue(0)), depth + 1));
                let subs: Vec<&'a ast::Pattern> = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
                    .collect();
                let n = subs.len() as u32;
                self.emit(Instr::UnpackSequence(n));
                for (i, sub) in subs.into_iter().enumerate() {
                    let remaining = n - i as u32 - 1;
                    self.pattern(sub, depth + remaining, fails)?;
                }
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.unsupported("async for", f.range);
        }
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Instr::GetIter);
        let start = self.here();
        let for_iter = self.emit(Instr::ForIter(0));
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            for_loop: true,
            continue_target: start,
            breaks: Vec::new(),
        });
        self.body(&f.body)?;
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.set_line(f.range);
        self.emit(Instr::Jump(start as u32));
        self.patch_here(for_iter);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        let exit = self.jump_if(&w.test, false)?;
        self.unit().fblocks.push(FBlock::Loop {
            for_loop: false,
            continue_target: start,
            breaks: Vec::new(),
        });
        self.body(&w.body)?;
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.emit(Instr::Jump(start as u32));
        if let Some(e) = exit {
            self.patch_here(e);
        }
        self.body(&w.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    /// Emits a conditional jump taken when `test` is `when`; None when the test is constant
    /// and never jumps (`while True`).
    fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<Option<usize>> {
        if let Expr::BooleanLiteral(b) = test {
            if b.value != when {
                return Ok(None);
            }
        }
        self.expr(test)?;
        Ok(Some(if when {
            self.emit(Instr::PopJumpIfTrue(0))
        } else {
            self.emit(Instr::PopJumpIfFalse(0))
        }))
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let mut ends = Vec::new();
        self.expr(&i.test)?;
        let mut next = self.emit(Instr::PopJumpIfFalse(0));
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            ends.push(self.emit(Instr::Jump(0)));
            self.patch_here(next);
            match &clause.test {
                Some(t) => {
                    self.set_line(clause.range);
                    self.expr(t)?;
                    next = self.emit(Instr::PopJumpIfFalse(0));
                    self.body(&clause.body)?;
                }
                None => {
                    next = usize::MAX;
                    self.body(&clause.body)?;
                }
            }
        }
        if next != usize::MAX {
            self.patch_here(next);
        }
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        self.set_line(item.range);
        self.emit(Instr::Dup);
        let exit = self.name_idx("__exit__");
        self.emit(Instr::LoadSpecial(exit));
        self.emit(Instr::Rot2);
        let enter = self.name_idx("__enter__");
        self.emit(Instr::LoadSpecial(enter));
        self.emit(Instr::Call(0));
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        let setup = self.emit(Instr::SetupFinally(0));
        self.unit().fblocks.push(FBlock::With);
        self.with_items(rest, body)?;
        self.unit().fblocks.pop();
        self.set_line(item.range);
        self.emit(Instr::PopBlock);
        self.call_exit_none();
        let done = self.emit(Instr::Jump(0));
        // Exceptional exit: [exit, exc]
        self.patch_here(setup);
        self.emit(Instr::DupTwo);
        self.emit(Instr::ExcInfo);
        self.emit(Instr::Call(3));
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch_here(suppress);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.patch_here(done);
        Ok(())
    }

    /// `[exit] -> []`: calls exit(None, None, None).
    fn call_exit_none(&mut self) {
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit(Instr::Call(3));
        self.emit(Instr::Pop);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Instr::SetupFinally(0));
        self.body(&t.body)?;
        self.emit(Instr::PopBlock);
        let to_else = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        let mut ends = Vec::new();
        for (idx, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let mut next = None;
            match &h.type_ {
                Some(ty) => {
                    self.emit(Instr::Dup);
                    self.expr(ty)?;
                    self.set_line(h.range);
                    next = Some(self.emit(Instr::JumpIfNotExcMatch(0)));
                }
                None => {
                    if idx + 1 != t.handlers.len() {
                        return err("default 'except:' must be last", h.range);
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler { name });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(n) = next {
                self.patch_here(n);
            }
        }
        self.emit(Instr::Reraise);
        self.patch_here(to_else);
        self.body(&t.orelse)?;
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Instr::SetupFinally(0));
        self.unit()
            .fblocks
            .push(FBlock::TryFinally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.finalbody)?;
        let done = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch_here(done);
        Ok(())
    }

    /// Emits the code that leaves the innermost block; `keep_top` preserves a return value.
    fn unwind_block(&mut self, block: &FBlock<'a>, keep_top: bool) -> CResult {
        match block {
            FBlock::Loop { for_loop: true, .. } => {
                if keep_top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::Loop { .. } => {}
            FBlock::TryFinally { body } => {
                self.emit(Instr::PopBlock);
                self.body(body)?;
            }
            FBlock::FinallyEnd => {
                if keep_top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler { name } => {
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.emit_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Rot2);
                }
                self.call_exit_none();
            }
        }
        Ok(())
    }

    /// Unwinds every open block (for `return`).
    fn unwind_all(&mut self, keep_top: bool) -> CResult {
        let blocks = std::mem::take(&mut self.unit().fblocks);
        let mut result = Ok(());
        for i in (0..blocks.len()).rev() {
            // While a block's cleanup is emitted, only the blocks outside it are open.
            let outer: Vec<FBlock<'a>> = blocks[..i].iter().map(clone_fblock).collect();
            self.unit().fblocks = outer;
            if let Err(e) = self.unwind_block(&blocks[i], keep_top) {
                result = Err(e);
                break;
            }
        }
        self.unit().fblocks = blocks;
        result
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let blocks = std::mem::take(&mut self.unit().fblocks);
        let Some(loop_idx) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            self.unit().fblocks = blocks;
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return err(msg, range);
        };
        for i in (loop_idx + 1..blocks.len()).rev() {
            let outer: Vec<FBlock<'a>> = blocks[..i].iter().map(clone_fblock).collect();
            self.unit().fblocks = outer;
            self.unwind_block(&blocks[i], false)?;
        }
        self.unit().fblocks = blocks;
        self.set_line(range);
        if is_break {
            if let FBlock::Loop { for_loop: true, .. } = self.unit().fblocks[loop_idx] {
                self.emit(Instr::Pop);
            }
            let j = self.emit(Instr::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[loop_idx] {
                breaks.push(j);
            }
        } else {
            let target = match self.unit().fblocks[loop_idx] {
                FBlock::Loop {
                    continue_target, ..
                } => continue_target,
                _ => 0,
            };
            self.emit(Instr::Jump(target as u32));
        }
        Ok(())
    }

    // ----- targets -----

    fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t.range())?;
            }
            Expr::Starred(s) => {
                return err(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                )
            }
            other => return err("cannot assign to expression", other.range()),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return err("multiple starred expressions in assignment", range);
                }
                self.emit(Instr::UnpackEx {
                    before: i as u16,
                    after: (elts.len() - i - 1) as u16,
                });
            }
            None => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return err("cannot delete expression", other.range()),
        }
        Ok(())
    }

    fn subscript_key(&mut self, slice: &'a Expr) -> CResult {
        match slice {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match &s.step {
                    Some(e) => {
                        self.expr(e)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
                Ok(())
            }
            other => self.expr(other),
        }
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult {
        let (saved_line, saved_range) = (self.unit().line, self.unit().range);
        self.set_line(e.range());
        self.expr_inner(e)?;
        let u = self.unit();
        u.line = saved_line;
        u.range = saved_range;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(0)),
                        });
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                if let Expr::Name(name) = n.target.as_ref() {
                    self.store_name(&name.id);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold negative number literals so -1 is a constant.
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, u.operand.as_ref()) {
                    match &n.value {
                        ast::Number::Int(i) => {
                            if let Some(v) = i.as_i64() {
                                self.emit_const(Value::Int(-v));
                                return Ok(());
                            }
                        }
                        ast::Number::Float(f) => {
                            self.emit_const(Value::Float(-f));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                }));
            }
            Expr::Lambda(l) => {
                let key = key_of(l.range, symtable::TAG_LAMBDA);
                let line = self.lines.line(l.range.start());
                self.make_function(key, "<lambda>", l.parameters.as_deref(), None, line, |c| {
                    c.expr(&l.body)?;
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                let else_j = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch_here(else_j);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            Expr::Dict(d) => {
                let has_unpack = d.items.iter().any(|i| i.key.is_none());
                if !has_unpack {
                    for item in &d.items {
                        if let Some(k) = &item.key {
                            self.expr(k)?;
                        }
                        self.expr(&item.value)?;
                    }
                    self.emit(Instr::BuildMap(d.items.len() as u32));
                } else {
                    self.emit(Instr::BuildMap(0));
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&item.value)?;
                                self.emit(Instr::BuildMap(1));
                                self.emit(Instr::DictUpdate);
                            }
                            None => {
                                self.expr(&item.value)?;
                                self.emit(Instr::DictUpdate);
                            }
                        }
                    }
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for x in &s.elts {
                        match x {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for x in &s.elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildSet(s.elts.len() as u32));
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, CompKind::Gen, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.comprehension(c.range, CompKind::Dict, &c.generators, k, Some(&c.value))?
                }
                None => {
                    return err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    )
                }
            },
            Expr::Await(a) => self.unsupported("await", a.range)?,
            Expr::Yield(y) => {
                if self.unit().kind != ScopeKind::Function {
                    return err("'yield' outside function", y.range);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if self.unit().kind != ScopeKind::Function {
                    return err("'yield' outside function", y.range);
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit_const(Value::None);
                let send = self.emit(Instr::Send(0));
                self.emit(Instr::YieldValue);
                self.emit(Instr::Jump(send as u32));
                self.patch_here(send);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => {
                let mut n = 0u32;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            let v = self.str_const(&l.value);
                            self.emit_const(v);
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements)?;
                        }
                    }
                }
                if n != 1 {
                    self.emit(Instr::BuildString(n));
                }
            }
            Expr::TString(t) => self.unsupported("template strings", t.range)?,
            Expr::StringLiteral(s) => {
                let v = self.str_const(s.value.to_str());
                self.emit_const(v);
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.emit_const(Value::bytes(bytes));
            }
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => Value::from_bigint(parse_big_int(&i.to_string())),
                    },
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { .. } => {
                        return self.unsupported("complex numbers", n.range);
                    }
                };
                self.emit_const(v);
            }
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Value::Ellipsis),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let ni = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::LoadAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::Subscr);
            }
            Expr::Starred(s) => return err("can't use starred expression here", s.range),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match &s.step {
                    Some(e) => {
                        self.expr(e)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let v = self.str_const(&l.value);
                    self.emit_const(v);
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        let v = self.str_const(&text);
                        self.emit_const(v);
                        n += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let parts = self.fstring_elements(&spec.elements)?;
                            if parts == 0 {
                                let v = self.str_const("");
                                self.emit_const(v);
                            } else if parts > 1 {
                                self.emit(Instr::BuildString(parts));
                            }
                            true
                        }
                        None => false,
                    };
                    self.emit(Instr::FormatValue {
                        conversion,
                        has_spec,
                    });
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for x in elts {
                match x {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            if kind == SeqKind::Tuple {
                self.emit(Instr::ListToTuple);
            }
            return Ok(());
        }
        // A tuple of constants is one constant.
        if kind == SeqKind::Tuple && !elts.is_empty() {
            if let Some(values) = elts.iter().map(const_value).collect::<Option<Vec<Value>>>() {
                self.emit_const(Value::tuple(values));
                return Ok(());
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        match kind {
            SeqKind::List => self.emit(Instr::BuildList(elts.len() as u32)),
            SeqKind::Tuple => self.emit(Instr::BuildTuple(elts.len() as u32)),
        };
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            self.set_line(c.range());
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            self.emit(cmp_instr(*op));
            if i + 1 < n {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch_here(j);
            }
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.patch_here(end);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            self.expr(&c.func)?;
            self.emit(Instr::BuildList(0));
            for a in args.iter() {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
            if keywords.is_empty() {
                self.emit_const(Value::Unbound);
            } else {
                self.emit(Instr::BuildMap(0));
                for k in keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            let n = self.str_const(name.id.as_str());
                            self.emit_const(n);
                            self.expr(&k.value)?;
                            self.emit(Instr::BuildMap(1));
                            self.emit(Instr::DictMerge);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMerge);
                        }
                    }
                }
            }
            self.set_line(c.range());
            self.emit(Instr::CallEx);
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (c.func.as_ref(), keywords.is_empty()) {
            self.expr(&a.value)?;
            self.set_line(a.range);
            let ni = self.name_idx(a.attr.id.as_str());
            self.emit(Instr::LoadMethod(ni));
            for x in args.iter() {
                self.expr(x)?;
            }
            self.set_line(c.range());
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for x in args.iter() {
            self.expr(x)?;
        }
        if keywords.is_empty() {
            self.set_line(c.range());
            self.emit(Instr::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords.iter() {
                let name = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("");
                names.push(self.str_const(name));
                self.expr(&k.value)?;
            }
            let names_c = self.add_const(Value::tuple(names));
            self.set_line(c.range());
            self.emit(Instr::CallKw {
                argc: (args.len() + keywords.len()) as u32,
                names: names_c,
            });
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let key = key_of(range, symtable::TAG_COMPREHENSION);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.lines.line(range.start());
        self.push_unit(key, name, &qualname, line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        let mut fl = 0u8;
        self.emit_closure(&code, &mut fl);
        self.emit_const(Value::Code(code));
        let q = self.str_const(&qualname);
        self.emit_const(q);
        self.emit(Instr::MakeFunction(fl));
        let first = generators.first().expect("a comprehension has a generator");
        self.expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &generators[index];
        if g.is_async {
            return self.unsupported("async comprehensions", g.range);
        }
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let start = self.here();
        let for_iter = self.emit(Instr::ForIter(0));
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        if index + 1 < generators.len() {
            self.comp_generator(generators, index + 1, kind, elt, value)?;
        } else {
            let depth = (index + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Instr::Jump(start as u32));
        self.patch_here(for_iter);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
}

fn clone_fblock<'a>(b: &FBlock<'a>) -> FBlock<'a> {
    match b {
        FBlock::Loop {
            for_loop,
            continue_target,
            breaks,
        } => FBlock::Loop {
            for_loop: *for_loop,
            continue_target: *continue_target,
            breaks: breaks.clone(),
        },
        FBlock::TryFinally { body } => FBlock::TryFinally { body },
        FBlock::FinallyEnd => FBlock::FinallyEnd,
        FBlock::Handler { name } => FBlock::Handler { name: *name },
        FBlock::With => FBlock::With,
    }
}

fn const_value(e: &Expr) -> Option<Value> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64().map(Value::Int),
            ast::Number::Float(f) => Some(Value::Float(*f)),
            _ => None,
        },
        Expr::StringLiteral(s) => Some(Value::str(s.value.to_str())),
        Expr::BooleanLiteral(b) => Some(Value::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Value::None),
        _ => None,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
        ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
        ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
        ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
        ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
        ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
        ast::CmpOp::Is => Instr::Is(false),
        ast::CmpOp::IsNot => Instr::Is(true),
        ast::CmpOp::In => Instr::Contains(false),
        ast::CmpOp::NotIn => Instr::Contains(true),
    }
}

/// Parses an integer literal token too big for i64 (`0x...`, `0o...`, `0b...`, decimal, `_`).
fn parse_big_int(token: &str) -> num_bigint::BigInt {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}
