//! Scope analysis: for every function, lambda, comprehension and class body, which names are
//! local, global, free (from an enclosing function) or cells (captured by an inner function).
//!
//! Two passes over the AST: `collect` records what each scope binds, uses and declares;
//! `resolve` walks the scope tree top down and decides each name's storage, the way
//! CPython's symtable does. Scopes are keyed by their node's source range.

use crate::error::CompileError;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// Where a name lives in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: module globals, then builtins.
    GlobalImplicit,
    /// From an enclosing function scope.
    Free,
    /// Local, and captured by an inner scope.
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// The analysis of one scope.
#[derive(Debug, Default)]
pub struct ScopeInfo {
    pub kind: Option<ScopeKind>,
    pub names: HashMap<String, NameScope>,
    /// Parameters in CPython's varnames order.
    pub params: Vec<String>,
    /// Bound names in order of first binding (locals after the parameters).
    pub bound_order: Vec<String>,
    pub is_generator: bool,
    /// Class scopes: an inner function uses `super` or `__class__`.
    pub needs_class_cell: bool,
    bound: HashSet<String>,
    used: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    children: Vec<ScopeKey>,
    uses_super: bool,
    /// Where each declaration was made, for error messages.
    decl_ranges: HashMap<String, TextRange>,
}

impl ScopeInfo {
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .names
            .iter()
            .filter(|(_, s)| **s == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        cells.sort();
        cells
    }

    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .names
            .iter()
            .filter(|(_, s)| **s == NameScope::Free)
            .map(|(n, _)| n.clone())
            .collect();
        free.sort();
        free
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        self.names
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// A scope's identity: its node's range and a tag for the node kind.
pub type ScopeKey = (u32, u32, u8);

pub fn key_of(range: TextRange, tag: u8) -> ScopeKey {
    (range.start().to_u32(), range.end().to_u32(), tag)
}

pub const TAG_MODULE: u8 = 0;
pub const TAG_FUNCTION: u8 = 1;
pub const TAG_CLASS: u8 = 2;
pub const TAG_LAMBDA: u8 = 3;
pub const TAG_COMPREHENSION: u8 = 4;

pub struct SymbolTable {
    pub scopes: HashMap<ScopeKey, ScopeInfo>,
}

impl SymbolTable {
    pub fn build(module: &[Stmt], module_range: TextRange) -> Result<SymbolTable, CompileError> {
        let mut c = Collector {
            scopes: HashMap::new(),
            stack: Vec::new(),
        };
        let key = key_of(module_range, TAG_MODULE);
        c.enter(key, ScopeKind::Module);
        for s in module {
            c.stmt(s)?;
        }
        c.leave();
        let mut table = SymbolTable { scopes: c.scopes };
        table.resolve(key, &HashSet::new())?;
        Ok(table)
    }

    pub fn get(&self, key: ScopeKey) -> &ScopeInfo {
        self.scopes
            .get(&key)
            .expect("every scope node was collected")
    }

    /// Decides each name's scope; returns the names this scope needs from outside.
    fn resolve(
        &mut self,
        key: ScopeKey,
        outer_visible: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let (kind, children) = {
            let s = self.scopes.get(&key).expect("scope exists");
            (s.kind.expect("kind set"), s.children.clone())
        };
        let mut free: HashSet<String> = HashSet::new();
        {
            let s = self.scopes.get_mut(&key).expect("scope exists");
            let mut all: Vec<String> = s.bound.iter().chain(s.used.iter()).cloned().collect();
            all.extend(s.globals.iter().cloned());
            all.extend(s.nonlocals.iter().cloned());
            for name in all {
                let scope = if s.globals.contains(&name) {
                    NameScope::GlobalExplicit
                } else if s.nonlocals.contains(&name) {
                    if !outer_visible.contains(&name) {
                        let range = s.decl_ranges.get(&name).copied().unwrap_or_default();
                        return Err(CompileError::syntax(
                            format!("no binding for nonlocal '{name}' found"),
                            range,
                        ));
                    }
                    free.insert(name.clone());
                    NameScope::Free
                } else if kind == ScopeKind::Module {
                    NameScope::GlobalImplicit
                } else if s.bound.contains(&name) {
                    NameScope::Local
                } else if outer_visible.contains(&name) && kind != ScopeKind::Module {
                    free.insert(name.clone());
                    NameScope::Free
                } else {
                    NameScope::GlobalImplicit
                };
                s.names.insert(name, scope);
            }
            if kind == ScopeKind::Function && s.uses_super {
                // Zero-argument super() reads the __class__ cell of the enclosing class.
                if outer_visible.contains("__class__") {
                    s.names.insert("__class__".into(), NameScope::Free);
                    free.insert("__class__".into());
                }
            }
        }
        let visible_for_children: HashSet<String> = {
            let s = self.scopes.get(&key).expect("scope exists");
            match kind {
                ScopeKind::Function => {
                    let mut v = outer_visible.clone();
                    for (n, sc) in &s.names {
                        match sc {
                            NameScope::Local | NameScope::Cell | NameScope::Free => {
                                v.insert(n.clone());
                            }
                            _ => {
                                v.remove(n);
                            }
                        }
                    }
                    v
                }
                ScopeKind::Class => {
                    let mut v = outer_visible.clone();
                    v.insert("__class__".into());
                    v
                }
                ScopeKind::Module => HashSet::new(),
            }
        };
        for child in children {
            let child_free = self.resolve(child, &visible_for_children)?;
            let s = self.scopes.get_mut(&key).expect("scope exists");
            for name in child_free {
                if kind == ScopeKind::Class && name == "__class__" {
                    s.needs_class_cell = true;
                    continue;
                }
                match s.names.get(&name).copied() {
                    Some(NameScope::Local) | Some(NameScope::Cell)
                        if kind == ScopeKind::Function =>
                    {
                        s.names.insert(name, NameScope::Cell);
                    }
                    Some(NameScope::Free) => {}
                    _ => {
                        if kind != ScopeKind::Module {
                            // Passes through this scope (a class body or an intermediate function).
                            if kind == ScopeKind::Class {
                                // Class bodies can hold a free var without shadowing their own names.
                                if !s.names.contains_key(&name)
                                    || s.names[&name] == NameScope::GlobalImplicit
                                {
                                    s.names.insert(name.clone(), NameScope::Free);
                                }
                            } else {
                                s.names.insert(name.clone(), NameScope::Free);
                            }
                            free.insert(name);
                        }
                    }
                }
            }
        }
        let s = self.scopes.get_mut(&key).expect("scope exists");
        if kind == ScopeKind::Class && s.needs_class_cell {
            s.names.insert("__class__".into(), NameScope::Cell);
        }
        Ok(free)
    }
}

struct Collector {
    scopes: HashMap<ScopeKey, ScopeInfo>,
    stack: Vec<ScopeKey>,
}

impl Collector {
    fn enter(&mut self, key: ScopeKey, kind: ScopeKind) {
        if let Some(parent) = self.stack.last() {
            let parent = *parent;
            self.scopes
                .get_mut(&parent)
                .expect("parent")
                .children
                .push(key);
        }
        let info = ScopeInfo {
            kind: Some(kind),
            ..Default::default()
        };
        self.scopes.insert(key, info);
        self.stack.push(key);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn cur(&mut self) -> &mut ScopeInfo {
        let k = *self.stack.last().expect("inside a scope");
        self.scopes.get_mut(&k).expect("scope")
    }

    fn bind(&mut self, name: &str) {
        let s = self.cur();
        if s.bound.insert(name.to_string()) {
            s.bound_order.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        let s = self.cur();
        s.used.insert(name.to_string());
        if name == "super" || name == "__class__" {
            s.uses_super = true;
        }
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), CompileError> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, params: &ast::Parameters) {
        let mut names: Vec<String> = Vec::new();
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            names.push(p.parameter.name.id.to_string());
        }
        for p in params.kwonlyargs.iter() {
            names.push(p.parameter.name.id.to_string());
        }
        if let Some(v) = &params.vararg {
            names.push(v.name.id.to_string());
        }
        if let Some(k) = &params.kwarg {
            names.push(k.name.id.to_string());
        }
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.params(&f.parameters)?;
                self.bind(&f.name.id);
                self.enter(key_of(f.range, TAG_FUNCTION), ScopeKind::Function);
                self.declare_params(&f.parameters);
                self.body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.bind(&c.name.id);
                self.enter(key_of(c.range, TAG_CLASS), ScopeKind::Class);
                self.body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = a.target.as_ref() {
                    // An annotation alone still makes the name local in a function.
                    if self.cur().kind == Some(ScopeKind::Function) {
                        self.bind(&n.id);
                    }
                } else {
                    self.expr(&a.target)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.body(&f.body)?;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.body(&w.body)?;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id);
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    match &alias.asname {
                        Some(a) => self.bind(&a.id),
                        None => {
                            let top = alias.name.id.split('.').next().unwrap_or("").to_string();
                            self.bind(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        continue;
                    }
                    let n = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(&n.id);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let s = self.cur();
                    if s.kind != Some(ScopeKind::Module)
                        && (s.bound.contains(n.id.as_str()) || s.used.contains(n.id.as_str()))
                    {
                        let verb = if s.bound.contains(n.id.as_str()) {
                            "assigned to"
                        } else {
                            "used"
                        };
                        return Err(CompileError::syntax(
                            format!("name '{}' is {} before global declaration", n.id, verb),
                            n.range,
                        ));
                    }
                    s.globals.insert(n.id.to_string());
                    s.decl_ranges.insert(n.id.to_string(), n.range);
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let s = self.cur();
                    if s.kind == Some(ScopeKind::Module) {
                        return Err(CompileError::syntax(
                            "nonlocal declaration not allowed at module level".into(),
                            g.range,
                        ));
                    }
                    s.nonlocals.insert(n.id.to_string());
                    s.decl_ranges.insert(n.id.to_string(), n.range);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for x in &s.patterns {
                    self.pattern(x)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for x in &m.patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(&r.id);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for x in &c.arguments.patterns {
                    self.pattern(x)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(&n.id);
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x)?;
                }
                if let Some(n) = &a.name {
                    self.bind(&n.id);
                }
            }
            P::MatchOr(o) => {
                for x in &o.patterns {
                    self.pattern(x)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.bind(&n.id),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        self.enter(key_of(range, TAG_COMPREHENSION), ScopeKind::Function);
        self.bind(".0");
        self.cur().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                // The walrus binds in the nearest function scope, skipping comprehensions.
                if let Expr::Name(name) = n.target.as_ref() {
                    let mut idx = self.stack.len() - 1;
                    while idx > 0 && self.stack[idx].2 == TAG_COMPREHENSION {
                        idx -= 1;
                    }
                    let target_key = self.stack[idx];
                    for k in &self.stack[idx + 1..] {
                        let s = self.scopes.get_mut(k).expect("scope");
                        s.used.insert(name.id.to_string());
                    }
                    let s = self.scopes.get_mut(&target_key).expect("scope");
                    if s.bound.insert(name.id.to_string()) {
                        s.bound_order.push(name.id.to_string());
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.enter(key_of(l.range, TAG_LAMBDA), ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.expr(x)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt])?,
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt])?,
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt])?;
                let k = key_of(c.range, TAG_COMPREHENSION);
                self.scopes.get_mut(&k).expect("scope").is_generator = true;
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, &c.generators, &elts)?
            }
            Expr::Await(a) => self.expr(&a.value)?,
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(&n.id),
                _ => self.bind(&n.id),
            },
            Expr::List(l) => {
                for x in &l.elts {
                    self.expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<(), CompileError> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// The range of an expression or statement (used for error locations).
pub fn range_of<T: Ranged>(node: &T) -> TextRange {
    node.range()
}
