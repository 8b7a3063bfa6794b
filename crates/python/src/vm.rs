//! The virtual machine: frames on the heap, one dispatch loop, run in slices.
//!
//! `Vm::run(budget)` executes `budget` instructions, then on to the next point where CPython
//! could hand the GIL to another thread (a function's start, a loop's back edge), and
//! returns a `RunOutcome`: the slice ran out, the process must block (sleep, or wait on a
//! shared word), or it finished.
//! Python-to-Python calls push a `Frame` and continue the same loop; nothing recurses on the
//! Rust stack except calls made *from* native code (a `key=` function, a `__repr__`), which
//! run a nested loop bounded by `stop_depth`.
//!
//! A blocking builtin answers `PyErr::Block`; the instruction is retried after the executor
//! has waited, so a blocking call is always a non-blocking attempt plus a retry. Python code
//! that blocks inside a native call is resumed, not rerun, by that retry (`nested.rs`). Exceptions
//! unwind through each frame's block stack (`SetupFinally` handlers), adding traceback
//! entries as they go.

use crate::bytecode::{flags, Code, Instr};
use crate::dict::PyDict;
use crate::host::Host;
use crate::nested::{NestedRecord, Replay};
use crate::types::Types;
use crate::value::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Why control left the normal flow of a builtin or an instruction.
pub enum PyErr {
    /// A Python exception (an exception instance).
    Exception(Value),
    /// The operation must wait; the instruction is retried afterwards.
    Block(Box<Wait>),
}

pub type PyResult<T> = Result<T, PyErr>;

/// What a blocked process waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum Wait {
    /// Sleep until the monotonic clock reaches this deadline.
    Sleep { deadline: f64 },
    /// Wait until a shared word no longer holds `expected`, or until the deadline; or
    /// until a word of `also` no longer holds its value (a peer's end, the other objects
    /// of `multiprocessing.connection.wait`).
    Word {
        word: u32,
        expected: i32,
        deadline: Option<f64>,
        what: String,
        also: Vec<(u32, i32)>,
    },
}

/// How a slice of execution ended.
#[derive(Debug, PartialEq)]
pub enum RunOutcome {
    /// The instruction budget ran out; the process can continue.
    Yielded,
    /// The process must wait before it can continue.
    Blocked(Wait),
    /// The program ended with this exit code (its traceback, if any, is already written).
    Finished(i32),
}

/// A handler on a frame's block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// Stack height (above the frame's base) to cut back to.
    pub level: u32,
    /// `Some(depth)` for an active `except`/`finally` body: the handled-exception stack depth
    /// to restore when it is left.
    pub exc_depth: Option<u32>,
}

/// What happens to a frame's return value.
#[derive(Clone)]
pub enum FrameKind {
    /// Pushed on the caller's stack.
    Normal,
    /// `__init__`: must be None; the instance is pushed instead.
    Init(Value),
    /// Dropped (`__setitem__`, `__delitem__`, property setters).
    Discard,
    /// Returned out of a nested `execute` (a call made from native code).
    Nested,
    /// A class body: its namespace becomes a class.
    ClassBody {
        name: Value,
        bases: Vec<Value>,
        namespace: Rc<PyDict>,
        /// The class statement's keywords, `metaclass` among them.
        keywords: Vec<(Rc<PyStr>, Value)>,
    },
    /// A module body run by `import`: the module is pushed.
    Module(Rc<Module>),
    /// A generator resumed by `ForIter`: exhaustion jumps to `exit` in the caller.
    GenForIter { exit: u32 },
    /// A generator resumed by `next()`/`send()`: exhaustion raises StopIteration.
    GenNext,
    /// A generator resumed by `yield from`: exhaustion pushes the result and jumps.
    GenSend { exit: u32 },
    /// A user `__next__` called by `ForIter`: StopIteration jumps to `exit`.
    IterNext { exit: u32 },
    /// A generator argument of an eager builtin (`sorted(gen)`), drained into a list by a
    /// Python frame so that the generator's body may block; then the builtin is called.
    DrainArg {
        callee: Value,
        pos: Vec<Value>,
        kw: Vec<(Rc<PyStr>, Value)>,
        index: usize,
    },
}

/// The helpers that walk an argument in bytecode before an eager builtin gets it: a list of
/// its items, or (for `dict(m)`) a mapping's items read through `keys()` and `m[k]`.
const DRAIN_SOURCE: &str = "\
def drain(g):
    return [x for x in g]
def drain_map(m):
    if hasattr(m, 'keys'):
        return {k: m[k] for k in m.keys()}
    return [x for x in m]
";

/// Builtins that consume a whole iterable at once (their generator arguments are drained
/// by bytecode first).
const EAGER_BUILTINS: &[&str] = &[
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sum",
    "min",
    "max",
    "dict",
    "join",
    "extend",
];

/// Whether a slice may end before instruction `ip`: where CPython lets another thread take
/// the GIL, at a function's start or a loop's back edge, never inside a statement such as
/// `n += 1`.
#[cold]
#[inline(never)]
fn at_switch_point(instrs: &[Instr], ip: usize) -> bool {
    ip == 0 || matches!(instrs.get(ip), Some(Instr::Jump(t)) if *t as usize <= ip)
}

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// Index of local 0 in the value stack.
    pub base: usize,
    /// Stack height to cut back to when the frame returns.
    pub ret_sp: usize,
    pub cells: Box<[Rc<RefCell<Value>>]>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies.
    pub locals: Option<Rc<PyDict>>,
    pub blocks: Vec<Block>,
    pub kind: FrameKind,
    pub generator: Option<Rc<Generator>>,
}

impl Frame {
    /// The line the frame is executing (the editor's marker, tracebacks).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// How a nested run ended.
pub enum ExecExit {
    Returned(Value),
    Yielded(Value),
    Budget,
    Blocked(Wait),
}

/// Control after one instruction.
pub enum Flow {
    Next,
    /// The frame stack changed: reload the current frame.
    Reload,
    /// A frame at the stop depth returned or yielded.
    Exit(ExecExit),
}

/// Limits that keep a runaway program from taking the page down.
pub struct Limits {
    pub recursion: usize,
    /// Native loop steps (items pulled by builtins) before RuntimeError; unlimited by default,
    /// bounded in tests that must terminate.
    pub native_steps: u64,
    /// Bytes a process may allocate before MemoryError.
    pub memory_bytes: usize,
    /// Nested native→Python calls allowed on the Rust stack.
    pub native_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            recursion: 1000,
            native_steps: u64::MAX,
            memory_bytes: 512 << 20,
            native_depth: 120,
        }
    }
}

/// A Python interpreter for one process.
pub struct Vm {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    /// Imported modules by name (`add_module` keeps `sys.modules` in step).
    pub modules: HashMap<String, Value>,
    /// `sys.modules`, once `sys` is imported: the modules as the program sees them.
    pub sys_modules: Option<Rc<PyDict>>,
    pub host: Box<dyn Host>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Exceptions being handled (innermost last), for `raise` without argument and chaining.
    pub exc_stack: Vec<Value>,
    /// Deadline of the blocking call being retried, so a timeout is not restarted.
    pub retry_deadline: Option<f64>,
    pub limits: Limits,
    pub native_depth: usize,
    /// Source text of each file, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub main_module: Option<Rc<Module>>,
    pub exit_code: Option<i32>,
    /// Interned attribute names used by the engine itself.
    pub names: crate::types::Names,
    /// Files opened and not yet closed (flushed when the process ends).
    pub open_files: Vec<Rc<Instance>>,
    pub random: Option<crate::pyrandom::PyRandom>,
    /// Set by `reraise`: the next traceback entry for this frame is skipped.
    skip_tb: bool,
    /// Count of instructions executed, for benchmarks and budgets.
    pub instructions: u64,
    /// Items pulled by native loops (`list(it)`, `sum(it)`, ...), checked against the limits.
    pub native_steps: u64,
    /// Bytes this thread had allocated when the VM started (the cap counts what comes after).
    memory_base: usize,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// Builtin classes that are not names in `builtins` (dict views, file objects, ...).
    pub classes: HashMap<&'static str, Rc<Class>>,
    /// The `data` of the builtin being called (for builtins that wrap another callable).
    pub builtin_data: Option<Value>,
    /// Modules supplied by the embedder (the multiprocessing runtime), consulted on import.
    pub extension: Option<Rc<dyn Extension>>,
    /// Green threads of this process: the saved state of every thread but the running one
    /// (`None` in the running thread's slot and in finished threads' slots).
    threads: Vec<Option<ThreadState>>,
    /// Index of the running green thread in `threads` (0 is the main thread).
    pub current_thread: usize,
    /// The call the running green thread starts with, before its first slice.
    thread_start: Option<(Value, Args)>,
    /// Signal handlers (and their signal's number) the main thread calls before its next
    /// instruction, as CPython runs them between two bytecodes (`call_signal_handler`).
    main_thread_calls: Vec<(Value, i64)>,
    /// The module of the drain helpers (`drain_then_call`), once compiled.
    drain_module: Option<Rc<Module>>,
    /// The nested calls of instructions that blocked inside one, per native depth
    /// (`nested.rs`).
    pub(crate) nested: Vec<NestedRecord>,
    /// Whether the generator of a nested call answered from the record had ended then.
    pub(crate) replayed_end: Option<bool>,
    /// A generator `resume_generator` left to the record to resume.
    pub(crate) skipped_resume: Option<Rc<Generator>>,
}

/// Modules an embedder adds to the engine's own.
pub trait Extension {
    /// A module built natively, or `None` when the embedder has no such native module.
    fn native_module(&self, vm: &mut Vm, name: &str) -> PyResult<Option<Value>>;
    /// Python source of a module the embedder provides.
    fn python_source(&self, name: &str) -> Option<&'static str>;
}

/// The execution state of a green thread that is not running.
#[derive(Default)]
struct ThreadState {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    exc_stack: Vec<Value>,
    retry_deadline: Option<f64>,
    nested: Vec<NestedRecord>,
    /// The call a thread that has not run yet starts with.
    start: Option<(Value, Args)>,
}

/// How a slice of a green thread ended.
pub enum ThreadRun {
    Yielded,
    Blocked(Wait),
    Returned(Value),
    /// An uncaught exception ended the thread (its traceback is on the value).
    Raised(Value),
}

/// Objects refer to each other in cycles (a function and its module's globals, a class and
/// its methods) that reference counting never frees: the end of a VM breaks them by
/// emptying the namespaces of its modules and of the classes in them, so a thread that
/// runs process after process (the simulator) gets their memory back.
impl Drop for Vm {
    fn drop(&mut self) {
        for module in self.modules.values() {
            let Value::Module(m) = module else { continue };
            for v in m.dict.table.borrow().values() {
                if let Value::Class(c) = v {
                    if c.builtin.is_none() {
                        c.dict.table.borrow_mut().clear();
                    }
                }
            }
            m.dict.table.borrow_mut().clear();
        }
        if let Some(d) = &self.sys_modules {
            d.table.borrow_mut().clear();
        }
    }
}

impl Vm {
    pub fn new(host: Box<dyn Host>) -> Vm {
        let names = crate::types::Names::new();
        let types = Types::new(&names);
        let builtins = Rc::new(PyDict::new());
        let mut vm = Vm {
            types,
            builtins,
            modules: HashMap::new(),
            sys_modules: None,
            host,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            exc_stack: Vec::new(),
            retry_deadline: None,
            limits: Limits::default(),
            native_depth: 0,
            sources: HashMap::new(),
            main_module: None,
            exit_code: None,
            names,
            open_files: Vec::new(),
            random: None,
            skip_tb: false,
            instructions: 0,
            repr_guard: Vec::new(),
            native_steps: 0,
            memory_base: crate::alloc::used_bytes(),
            classes: HashMap::new(),
            builtin_data: None,
            extension: None,
            threads: vec![None],
            current_thread: 0,
            thread_start: None,
            main_thread_calls: Vec::new(),
            drain_module: None,
            nested: Vec::new(),
            replayed_end: None,
            skipped_resume: None,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Compiles `source` and prepares it to run as the module `module_name` (`__main__`).
    /// A syntax error is reported as a Python exception value.
    pub fn load_main(
        &mut self,
        source: &str,
        filename: &str,
        module_name: &str,
    ) -> Result<(), Value> {
        self.sources.insert(filename.to_string(), Rc::from(source));
        let code = match crate::compiler::compile_module_cached(source, filename) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error_value(&e, source, filename)),
        };
        let module = self.new_module(module_name);
        module.dict.set_str_key("__file__", Value::str(filename));
        // CPython's script module always has one, annotated or not.
        module
            .dict
            .set_str_key("__annotations__", Value::Dict(Rc::new(PyDict::new())));
        self.main_module = Some(module.clone());
        self.add_module(module_name, Value::Module(module.clone()));
        self.push_module_frame(code, module, FrameKind::Nested);
        Ok(())
    }

    pub fn new_module(&mut self, name: &str) -> Rc<Module> {
        let dict = Rc::new(PyDict::new());
        dict.set_str_key("__name__", Value::str(name));
        dict.set_str_key("__builtins__", Value::Dict(self.builtins.clone()));
        dict.set_str_key("__doc__", Value::None);
        Rc::new(Module {
            name: Rc::new(PyStr::new(name.to_string())),
            dict,
        })
    }

    pub fn push_module_frame(&mut self, code: Rc<Code>, module: Rc<Module>, kind: FrameKind) {
        let base = self.stack.len();
        let cells: Box<[Rc<RefCell<Value>>]> = (0..code.body().cellvars.len())
            .map(|_| Rc::new(RefCell::new(Value::Unbound)))
            .collect();
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            ret_sp: base,
            cells,
            globals: module.dict.clone(),
            locals: Some(module.dict.clone()),
            blocks: Vec::new(),
            kind,
            generator: None,
        });
    }

    /// Runs a slice of about `budget` instructions of the main program.
    pub fn run(&mut self, budget: u64) -> RunOutcome {
        if let Some(code) = self.exit_code {
            return RunOutcome::Finished(code);
        }
        if self.frames.is_empty() {
            return self.finish(0);
        }
        let run = match self.make_main_thread_calls() {
            Some(ended) => ended,
            None => self.execute(0, budget),
        };
        match run {
            Ok(ExecExit::Budget) => RunOutcome::Yielded,
            Ok(ExecExit::Blocked(w)) => RunOutcome::Blocked(w),
            Ok(ExecExit::Returned(_)) | Ok(ExecExit::Yielded(_)) => self.finish(0),
            Err(PyErr::Exception(exc)) => {
                let code = self.exit_code_for(&exc);
                self.finish(code)
            }
            Err(PyErr::Block(w)) => RunOutcome::Blocked(*w),
        }
    }

    /// Flushes open files and records the exit code.
    fn finish(&mut self, code: i32) -> RunOutcome {
        let files = std::mem::take(&mut self.open_files);
        for f in files {
            let _ = crate::fileio::flush_file(self, &f);
        }
        self.exit_code = Some(code);
        self.stack.clear();
        self.frames.clear();
        RunOutcome::Finished(code)
    }

    /// SystemExit gives its code; any other exception prints its traceback and gives 1.
    pub fn exit_code_for(&mut self, exc: &Value) -> i32 {
        let cls = self.type_of(exc);
        if cls.is_subclass(&self.types.exc.system_exit) {
            let code = self.exc_args(exc).first().cloned().unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let text = self.str_lossy(&other);
                    self.host
                        .write(crate::host::Stream::Stderr, &format!("{text}\n"));
                    1
                }
            };
        }
        let text = self.format_exception(exc);
        self.host.write(crate::host::Stream::Stderr, &text);
        1
    }

    // ----- the dispatch loop -----

    /// Runs frames until the frame stack drops to `stop_depth` (returning its value), the
    /// budget runs out, or the process must block.
    fn execute(&mut self, stop_depth: usize, mut budget: u64) -> PyResult<ExecExit> {
        loop {
            if self.frames.len() <= stop_depth {
                return Ok(ExecExit::Returned(self.stack.pop().unwrap_or(Value::None)));
            }
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let instrs = &code.body().instrs;
            let base = self.frames[fi].base;
            loop {
                if budget == 0 {
                    if at_switch_point(instrs, self.frames[fi].ip) {
                        return Ok(ExecExit::Budget);
                    }
                    // Not yet: look again at the next instruction.
                    budget = 1;
                }
                budget -= 1;
                self.instructions += 1;
                if self.instructions & 0xfff == 0 {
                    if let Err(e) = self.check_memory() {
                        if let Some(exit) = self.unwind_err(e, stop_depth)? {
                            return Ok(exit);
                        }
                        break;
                    }
                }
                let ip = self.frames[fi].ip;
                self.frames[fi].ip = ip + 1;
                let instr = instrs[ip];
                let flow = self.step(instr, &code, base, fi, stop_depth);
                if !matches!(flow, Err(PyErr::Block(_))) {
                    self.drop_records();
                }
                match flow {
                    Ok(Flow::Next) => {}
                    Ok(Flow::Reload) => break,
                    Ok(Flow::Exit(e)) => return Ok(e),
                    Err(PyErr::Exception(exc)) => {
                        if let Some(exit) = self.unwind(exc, stop_depth)? {
                            return Ok(exit);
                        }
                        break;
                    }
                    Err(PyErr::Block(w)) => {
                        // Retry this instruction after the wait.
                        if let Some(f) = self.frames.get_mut(fi) {
                            f.ip = ip;
                        }
                        self.rewind_record();
                        return Ok(ExecExit::Blocked(*w));
                    }
                }
            }
        }
    }

    fn unwind_err(&mut self, e: PyErr, stop_depth: usize) -> PyResult<Option<ExecExit>> {
        match e {
            PyErr::Exception(exc) => self.unwind(exc, stop_depth),
            other => Err(other),
        }
    }

    /// MemoryError once this process's allocations pass its cap.
    pub fn check_memory(&mut self) -> PyResult<()> {
        let used = crate::alloc::used_bytes().saturating_sub(self.memory_base);
        if used > self.limits.memory_bytes {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// MemoryError when `bytes` more would take this process past its cap: checked before
    /// a result that size is built (a loop of big allocations between two periodic checks
    /// could otherwise exhaust the host first).
    pub fn check_room(&mut self, bytes: u128) -> PyResult<()> {
        let used = crate::alloc::used_bytes().saturating_sub(self.memory_base) as u128;
        if used + bytes > self.limits.memory_bytes as u128 {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Counts one step of a native loop; checks the memory cap now and then.
    pub fn tick(&mut self) -> PyResult<()> {
        self.native_steps += 1;
        if self.native_steps > self.limits.native_steps {
            return Err(self.runtime_error("instruction budget exhausted".into()));
        }
        if self.native_steps & 0x3ff == 0 {
            self.check_memory()?;
        }
        if self.native_steps & 0x3fff == 0 && self.host.interrupted() {
            // A wait that is already over hands the thread back to its executor, which
            // ends the process before it could retry the builtin.
            return Err(PyErr::Block(Box::new(Wait::Sleep {
                deadline: f64::NEG_INFINITY,
            })));
        }
        Ok(())
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.stack.pop().expect("the compiler balances the stack")
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().expect("the compiler balances the stack")
    }

    fn jump(&mut self, fi: usize, target: u32) {
        self.frames[fi].ip = target as usize;
    }

    /// Executes one instruction.
    #[inline(always)]
    fn step(
        &mut self,
        instr: Instr,
        code: &Rc<Code>,
        base: usize,
        fi: usize,
        stop_depth: usize,
    ) -> PyResult<Flow> {
        use Instr::*;
        let body = code.body();
        match instr {
            Nop => {}
            LoadConst(i) => self.stack.push(body.consts[i as usize].clone()),
            LoadFast(i) => {
                let v = self.stack[base + i as usize].clone();
                if let Value::Unbound = v {
                    let name = body.varnames[i as usize].as_str().to_string();
                    return Err(self.new_error(
                        &self.types.exc.unbound_local_error.clone(),
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                self.stack.push(v);
            }
            StoreFast(i) => {
                let v = self.pop();
                self.stack[base + i as usize] = v;
            }
            DeleteFast(i) => {
                if let Value::Unbound = self.stack[base + i as usize] {
                    let name = body.varnames[i as usize].as_str().to_string();
                    return Err(self.new_error(
                        &self.types.exc.unbound_local_error.clone(),
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                self.stack[base + i as usize] = Value::Unbound;
            }
            LoadDeref(i) => {
                let v = self.frames[fi].cells[i as usize].borrow().clone();
                if let Value::Unbound = v {
                    return Err(self.unbound_cell(code, i));
                }
                self.stack.push(v);
            }
            StoreDeref(i) => {
                let v = self.pop();
                *self.frames[fi].cells[i as usize].borrow_mut() = v;
            }
            DeleteDeref(i) => {
                *self.frames[fi].cells[i as usize].borrow_mut() = Value::Unbound;
            }
            LoadClosure(i) => {
                let c = self.frames[fi].cells[i as usize].clone();
                self.stack.push(Value::Cell(c));
            }
            LoadClassDeref(i) => {
                let name = self.cell_name(code, i);
                let found = self.frames[fi]
                    .locals
                    .as_ref()
                    .and_then(|l| l.get_str(&name));
                match found {
                    Some(v) => self.stack.push(v),
                    None => {
                        let v = self.frames[fi].cells[i as usize].borrow().clone();
                        if let Value::Unbound = v {
                            return Err(self.unbound_cell(code, i));
                        }
                        self.stack.push(v);
                    }
                }
            }
            LoadGlobal(i) => {
                let name = &body.names[i as usize];
                let v = match self.frames[fi].globals.get_str(name) {
                    Some(v) => v,
                    None => match self.builtins.get_str(name) {
                        Some(v) => v,
                        None => return Err(self.name_error(name)),
                    },
                };
                self.stack.push(v);
            }
            StoreGlobal(i) => {
                let v = self.pop();
                self.frames[fi]
                    .globals
                    .set_str(body.names[i as usize].clone(), v);
            }
            DeleteGlobal(i) => {
                let name = body.names[i as usize].clone();
                if !self.frames[fi].globals.del_str(&name) {
                    return Err(self.name_error(&name));
                }
            }
            LoadName(i) => {
                let name = &body.names[i as usize];
                let f = &self.frames[fi];
                let v = f
                    .locals
                    .as_ref()
                    .and_then(|l| l.get_str(name))
                    .or_else(|| f.globals.get_str(name))
                    .or_else(|| self.builtins.get_str(name));
                match v {
                    Some(v) => self.stack.push(v),
                    None => return Err(self.name_error(name)),
                }
            }
            StoreName(i) => {
                let v = self.pop();
                let name = body.names[i as usize].clone();
                match &self.frames[fi].locals {
                    Some(l) => l.set_str(name, v),
                    None => self.frames[fi].globals.set_str(name, v),
                }
            }
            DeleteName(i) => {
                let name = body.names[i as usize].clone();
                let ok = match &self.frames[fi].locals {
                    Some(l) => l.del_str(&name),
                    None => self.frames[fi].globals.del_str(&name),
                };
                if !ok {
                    return Err(self.name_error(&name));
                }
            }
            LoadAttr(i) => {
                let obj = self.pop();
                let name = &body.names[i as usize];
                let got = match &obj {
                    // A property written in Python runs as a frame of this loop, as a call
                    // does, rather than in a nested one; unless an AttributeError from it
                    // must go on to the class's `__getattr__`.
                    Value::Instance(inst) => match inst.class.lookup(name) {
                        Some(Value::Property(p))
                            if matches!(p.fget, Value::Function(_))
                                && inst.class.lookup(&self.names.getattr).is_none() =>
                        {
                            let getter = p.fget.clone();
                            return self.call_with(getter, Args::new(vec![obj]), FrameKind::Normal);
                        }
                        class_attr => self.instance_getattr_found(&obj, inst, name, class_attr),
                    },
                    _ => self.getattr(&obj, name),
                };
                match got {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [obj])),
                }
            }
            StoreAttr(i) => {
                let obj = self.pop();
                let v = self.pop();
                let name = &body.names[i as usize];
                let done = match &obj {
                    Value::Instance(inst) => match inst.class.lookup(name) {
                        Some(Value::Property(p)) if matches!(p.fset, Value::Function(_)) => {
                            let setter = p.fset.clone();
                            let args = Args::new(vec![obj, v]);
                            return self.call_with(setter, args, FrameKind::Discard);
                        }
                        class_attr => {
                            self.instance_setattr_found(&obj, inst, name, v.clone(), class_attr)
                        }
                    },
                    _ => self.setattr(&obj, name, v.clone()),
                };
                if let Err(e) = done {
                    return Err(self.put_back(e, [v, obj]));
                }
            }
            DeleteAttr(i) => {
                let obj = self.pop();
                if let Err(e) = self.delattr(&obj, &body.names[i as usize]) {
                    return Err(self.put_back(e, [obj]));
                }
            }
            LoadMethod(i) => {
                let obj = self.pop();
                let name = &body.names[i as usize];
                match self.lookup_method(&obj, name)? {
                    Some(func) => {
                        self.stack.push(func);
                        self.stack.push(obj);
                    }
                    None => {
                        let v = self.getattr(&obj, name)?;
                        self.stack.push(Value::Unbound);
                        self.stack.push(v);
                    }
                }
            }
            LoadSpecial(i) => {
                let obj = self.pop();
                let name = &body.names[i as usize];
                let cls = self.type_of(&obj);
                match cls.lookup(name) {
                    Some(f) => {
                        let bound = self.bind_descriptor(f, &obj, &cls)?;
                        self.stack.push(bound);
                    }
                    None => {
                        let tn = cls.name();
                        let proto = if name.as_str() == "__enter__" || name.as_str() == "__exit__" {
                            "the context manager protocol"
                        } else {
                            "this protocol"
                        };
                        let msg = if name.as_str() == "__exit__"
                            && cls.lookup(&self.names.enter).is_some()
                        {
                            format!("'{}' object does not support the context manager protocol (missed __exit__ method)", tn.as_str())
                        } else {
                            format!("'{}' object does not support {}", tn.as_str(), proto)
                        };
                        return Err(self.type_error(msg));
                    }
                }
            }
            CallMethod(argc) => {
                let n = argc as usize;
                let len = self.stack.len();
                let slot = len - n - 2;
                if let Value::Unbound = self.stack[slot] {
                    // Plain attribute: [Unbound, callable, args...]
                    return self.call_on_stack(slot + 1, n, slot, fi, stop_depth);
                }
                return self.call_on_stack(slot, n + 1, slot, fi, stop_depth);
            }
            Call(argc) => {
                let n = argc as usize;
                let slot = self.stack.len() - n - 1;
                return self.call_on_stack(slot, n, slot, fi, stop_depth);
            }
            CallKw { argc, names } => {
                let names = match &body.consts[names as usize] {
                    Value::Tuple(t) => t.clone(),
                    _ => unreachable!("CallKw names are a tuple constant"),
                };
                let nkw = names.items.len();
                let n = argc as usize;
                let start = self.stack.len() - n;
                let kwvals: Vec<Value> = self.stack.drain(start + n - nkw..).collect();
                let pos: Vec<Value> = self.stack.drain(start..).collect();
                let callee = self.pop();
                let kw: Vec<(Rc<PyStr>, Value)> = names
                    .items
                    .iter()
                    .zip(kwvals)
                    .map(|(k, v)| match k {
                        Value::Str(s) => (s.clone(), v),
                        _ => unreachable!("keyword names are strings"),
                    })
                    .collect();
                let saved = Args {
                    pos: pos.clone(),
                    kw: kw.clone(),
                };
                return self
                    .call_with(callee.clone(), Args { pos, kw }, FrameKind::Normal)
                    .inspect_err(|e| {
                        if matches!(e, PyErr::Block(_)) {
                            self.stack.push(callee);
                            self.stack.extend(saved.pos);
                            self.stack.extend(saved.kw.into_iter().map(|(_, v)| v));
                        }
                    });
            }
            CallEx => {
                let kwargs = self.pop();
                let args = self.pop();
                let callee = self.pop();
                let saved = [callee.clone(), args.clone(), kwargs.clone()];
                let pos = match args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => unreachable!("CallEx takes a tuple"),
                };
                let mut kw = Vec::new();
                if let Value::Dict(d) = kwargs {
                    for (k, v) in d.items() {
                        match k {
                            Value::Str(s) => kw.push((s, v)),
                            _ => return Err(self.type_error("keywords must be strings".into())),
                        }
                    }
                }
                return self
                    .call_with(callee, Args { pos, kw }, FrameKind::Normal)
                    .inspect_err(|e| {
                        if matches!(e, PyErr::Block(_)) {
                            self.stack.extend(saved);
                        }
                    });
            }
            BinaryOp(op) => {
                let b = self.pop();
                let a = self.pop();
                // Fast paths for small ints and floats.
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    let r = match op {
                        crate::bytecode::BinOp::Add => x.checked_add(*y),
                        crate::bytecode::BinOp::Sub => x.checked_sub(*y),
                        crate::bytecode::BinOp::Mul => x.checked_mul(*y),
                        _ => None,
                    };
                    if let Some(r) = r {
                        self.stack.push(Value::Int(r));
                        return Ok(Flow::Next);
                    }
                }
                match self.binary_op(&a, &b, op, false) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [a, b])),
                }
            }
            InplaceOp(op) => {
                let b = self.pop();
                let a = self.pop();
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    let r = match op {
                        crate::bytecode::BinOp::Add => x.checked_add(*y),
                        crate::bytecode::BinOp::Sub => x.checked_sub(*y),
                        _ => None,
                    };
                    if let Some(r) = r {
                        self.stack.push(Value::Int(r));
                        return Ok(Flow::Next);
                    }
                }
                match self.binary_op(&a, &b, op, true) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [a, b])),
                }
            }
            Unary(op) => {
                let a = self.pop();
                match self.unary_op(&a, op) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [a])),
                }
            }
            Compare(op) => {
                let b = self.pop();
                let a = self.pop();
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    use crate::bytecode::CmpOp::*;
                    let r = match op {
                        Lt => x < y,
                        Le => x <= y,
                        Eq => x == y,
                        Ne => x != y,
                        Gt => x > y,
                        Ge => x >= y,
                    };
                    self.stack.push(Value::Bool(r));
                    return Ok(Flow::Next);
                }
                match self.compare(&a, &b, op) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [a, b])),
                }
            }
            Is(neg) => {
                let b = self.pop();
                let a = self.pop();
                self.stack.push(Value::Bool(a.is(&b) != neg));
            }
            Contains(neg) => {
                let container = self.pop();
                let item = self.pop();
                match self.contains(&container, &item) {
                    Ok(r) => self.stack.push(Value::Bool(r != neg)),
                    Err(e) => return Err(self.put_back(e, [item, container])),
                }
            }
            Subscr => {
                let key = self.pop();
                let obj = self.pop();
                if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                    let items = l.items.borrow();
                    let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                    if idx >= 0 && (idx as usize) < items.len() {
                        let v = items[idx as usize].clone();
                        drop(items);
                        self.stack.push(v);
                        return Ok(Flow::Next);
                    }
                }
                match self.getitem(&obj, &key) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => return Err(self.put_back(e, [obj, key])),
                }
            }
            StoreSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.pop();
                if let Err(e) = self.setitem(&obj, key.clone(), v.clone()) {
                    return Err(self.put_back(e, [v, obj, key]));
                }
            }
            DeleteSubscr => {
                let key = self.pop();
                let obj = self.pop();
                if let Err(e) = self.delitem(&obj, &key) {
                    return Err(self.put_back(e, [obj, key]));
                }
            }
            BuildTuple(n) => {
                let start = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(start..).collect();
                self.stack.push(Value::tuple(items));
            }
            BuildList(n) => {
                let start = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(start..).collect();
                self.stack.push(Value::list(items));
            }
            BuildSet(n) => {
                let start = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(start..).collect();
                let set = crate::set::PySet::new(false);
                for it in items {
                    self.set_add(&set, it)?;
                }
                self.stack.push(Value::Set(Rc::new(set)));
            }
            BuildMap(n) => {
                let start = self.stack.len() - 2 * n as usize;
                let items: Vec<Value> = self.stack.drain(start..).collect();
                let d = Rc::new(PyDict::new());
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                self.stack.push(Value::Dict(d));
            }
            BuildString(n) => {
                let start = self.stack.len() - n as usize;
                let mut s = String::new();
                for v in self.stack.drain(start..) {
                    if let Value::Str(p) = v {
                        s.push_str(p.as_str());
                    }
                }
                self.stack.push(Value::string(s));
            }
            BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                self.stack
                    .push(Value::Slice(Rc::new(PySlice { start, stop, step })));
            }
            ListAppend(depth) => {
                let v = self.pop();
                let idx = self.stack.len() - depth as usize;
                if let Value::List(l) = &self.stack[idx] {
                    l.items.borrow_mut().push(v);
                }
            }
            SetAdd(depth) => {
                let v = self.pop();
                let idx = self.stack.len() - depth as usize;
                if let Value::Set(s) = self.stack[idx].clone() {
                    self.set_add(&s, v)?;
                }
            }
            MapAdd(depth) => {
                let v = self.pop();
                let k = self.pop();
                let idx = self.stack.len() - depth as usize;
                if let Value::Dict(d) = self.stack[idx].clone() {
                    self.dict_set(&d, k, v)?;
                }
            }
            ListExtend => {
                let iterable = self.pop();
                let items = self.collect_iterable(&iterable)?;
                if let Value::List(l) = self.top() {
                    l.items.borrow_mut().extend(items);
                }
            }
            SetUpdate => {
                let iterable = self.pop();
                let items = self.collect_iterable(&iterable)?;
                if let Value::Set(s) = self.top().clone() {
                    for it in items {
                        self.set_add(&s, it)?;
                    }
                }
            }
            DictUpdate | DictMerge => {
                let mapping = self.pop();
                let target = match self.top() {
                    Value::Dict(d) => d.clone(),
                    _ => unreachable!("dict under the mapping"),
                };
                let pairs = match self.mapping_items(&mapping) {
                    Ok(p) => p,
                    Err(_) if matches!(instr, DictMerge) => {
                        let tn = self.type_name(&mapping);
                        return Err(self
                            .type_error(format!("argument after ** must be a mapping, not {tn}")));
                    }
                    Err(e) => return Err(e),
                };
                for (k, v) in pairs {
                    if matches!(instr, DictMerge) && self.dict_get(&target, &k)?.is_some() {
                        let ks = self.str_lossy(&k);
                        return Err(self.type_error(format!(
                            "got multiple values for keyword argument '{ks}'"
                        )));
                    }
                    self.dict_set(&target, k, v)?;
                }
            }
            ListToTuple => {
                let l = self.pop();
                if let Value::List(l) = l {
                    let items = l.items.borrow().clone();
                    self.stack.push(Value::tuple(items));
                }
            }
            FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { Some(self.pop()) } else { None };
                let v = self.pop();
                let v = match conversion {
                    1 => self.to_str(&v)?,
                    2 => Value::Str(self.repr(&v)?),
                    3 => {
                        let r = self.repr(&v)?;
                        Value::string(crate::format::ascii_escape(r.as_str()))
                    }
                    _ => v,
                };
                let s = match (&v, &spec) {
                    (Value::Str(_), None) => v,
                    _ => {
                        let spec = spec.unwrap_or_else(|| Value::str(""));
                        self.format_value(&v, &spec)?
                    }
                };
                self.stack.push(s);
            }
            UnpackSequence(n) => {
                let seq = self.pop();
                let items = self.unpack(&seq, n as usize)?;
                self.stack.extend(items.into_iter().rev());
            }
            UnpackEx { before, after } => {
                let seq = self.pop();
                let items = self.collect_iterable(&seq)?;
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        b + a,
                        items.len()
                    )));
                }
                let mid_end = items.len() - a;
                let mut out: Vec<Value> = Vec::new();
                out.extend(items[..b].iter().cloned());
                out.push(Value::list(items[b..mid_end].to_vec()));
                out.extend(items[mid_end..].iter().cloned());
                self.stack.extend(out.into_iter().rev());
            }
            Pop => {
                self.stack.pop();
            }
            Dup => {
                let v = self.top().clone();
                self.stack.push(v);
            }
            DupTwo => {
                let len = self.stack.len();
                let a = self.stack[len - 2].clone();
                let b = self.stack[len - 1].clone();
                self.stack.push(a);
                self.stack.push(b);
            }
            Rot2 => {
                let len = self.stack.len();
                self.stack.swap(len - 1, len - 2);
            }
            Rot3 => {
                let v = self.pop();
                let len = self.stack.len();
                self.stack.insert(len - 2, v);
            }
            Rot4 => {
                let v = self.pop();
                let len = self.stack.len();
                self.stack.insert(len - 3, v);
            }
            Jump(t) => self.jump(fi, t),
            PopJumpIfFalse(t) => {
                let v = self.pop();
                let b = match v {
                    Value::Bool(b) => b,
                    other => self.truthy(&other)?,
                };
                if !b {
                    self.jump(fi, t);
                }
            }
            PopJumpIfTrue(t) => {
                let v = self.pop();
                let b = match v {
                    Value::Bool(b) => b,
                    other => self.truthy(&other)?,
                };
                if b {
                    self.jump(fi, t);
                }
            }
            JumpIfFalseOrPop(t) => {
                let v = self.top().clone();
                if !self.truthy(&v)? {
                    self.jump(fi, t);
                } else {
                    self.stack.pop();
                }
            }
            JumpIfTrueOrPop(t) => {
                let v = self.top().clone();
                if self.truthy(&v)? {
                    self.jump(fi, t);
                } else {
                    self.stack.pop();
                }
            }
            GetIter => {
                let v = self.pop();
                match self.get_iter(&v) {
                    Ok(it) => self.stack.push(it),
                    Err(e) => return Err(self.put_back(e, [v])),
                }
            }
            ForIter(exit) => return self.for_iter(fi, exit),
            ReturnValue => {
                let v = self.pop();
                return self.return_value(v, stop_depth);
            }
            YieldValue => {
                let v = self.pop();
                return self.yield_value(v, stop_depth);
            }
            GetYieldFromIter => {
                let v = self.pop();
                let it = match v {
                    Value::Generator(_) => v,
                    other => self.get_iter(&other)?,
                };
                self.stack.push(it);
            }
            Send(exit) => return self.send_op(fi, exit),
            SetupFinally(h) => {
                let level = (self.stack.len() - base) as u32;
                self.frames[fi].blocks.push(Block {
                    handler: h,
                    level,
                    exc_depth: None,
                });
            }
            PopBlock => {
                self.frames[fi].blocks.pop();
            }
            PopExcept => {
                if let Some(b) = self.frames[fi].blocks.pop() {
                    if let Some(d) = b.exc_depth {
                        self.exc_stack.truncate(d as usize);
                    }
                }
            }
            Reraise => {
                let exc = self.pop();
                self.skip_tb = true;
                return Err(PyErr::Exception(exc));
            }
            Raise(n) => return Err(self.raise_op(n)),
            JumpIfNotExcMatch(t) => {
                let ty = self.pop();
                let exc = self.pop();
                if !self.exception_matches(&exc, &ty)? {
                    self.jump(fi, t);
                }
            }
            ExcInfo => {
                let exc = self.pop();
                let cls = self.type_of(&exc);
                self.stack.push(Value::Class(cls));
                self.stack.push(exc);
                self.stack.push(Value::None);
            }
            LoadAssertionError => {
                let c = self.types.exc.assertion_error.clone();
                self.stack.push(Value::Class(c));
            }
            MakeFunction(fl) => {
                let qualname = self.pop();
                let code_v = self.pop();
                let closure = if fl & 8 != 0 { Some(self.pop()) } else { None };
                let annotations = if fl & 4 != 0 { self.pop() } else { Value::None };
                let kwdefaults = if fl & 2 != 0 { Some(self.pop()) } else { None };
                let defaults = if fl & 1 != 0 { Some(self.pop()) } else { None };
                let f = self.make_function(fi, code_v, qualname, defaults, kwdefaults, closure);
                if let Value::Function(func) = &f {
                    *func.annotations.borrow_mut() = annotations;
                }
                self.stack.push(f);
            }
            LoadBuildClass => {
                let b = self
                    .builtins
                    .get_str(&self.names.build_class)
                    .unwrap_or(Value::None);
                self.stack.push(b);
            }
            ImportName(i) => {
                let fromlist = self.pop();
                let _level = self.pop();
                let name = body.names[i as usize].clone();
                return self.import_op(&name, &fromlist);
            }
            ImportFrom(i) => {
                let module = self.top().clone();
                let name = &body.names[i as usize];
                let v = match self.getattr(&module, name) {
                    Ok(v) => v,
                    Err(_) => {
                        let mname = match &module {
                            Value::Module(m) => m.name.as_str().to_string(),
                            _ => "?".into(),
                        };
                        // `from package import submodule` imports the submodule.
                        let full = format!("{mname}.{}", name.as_str());
                        if let Ok(Some(sub)) = self.import_module(&full) {
                            self.stack.push(sub);
                            return Ok(Flow::Next);
                        }
                        return Err(self.new_error(
                            &self.types.exc.import_error.clone(),
                            format!(
                                "cannot import name '{}' from '{}' (unknown location)",
                                name.as_str(),
                                mname
                            ),
                        ));
                    }
                };
                self.stack.push(v);
            }
            ImportStar => {
                let module = self.pop();
                if let Value::Module(m) = module {
                    let target = self.frames[fi]
                        .locals
                        .clone()
                        .unwrap_or_else(|| self.frames[fi].globals.clone());
                    for (k, v) in m.dict.items() {
                        if let Value::Str(s) = &k {
                            if !s.as_str().starts_with('_') {
                                target.set_str(s.clone(), v);
                            }
                        }
                    }
                }
            }
            LoadLocals => {
                let l = self.frames[fi]
                    .locals
                    .clone()
                    .unwrap_or_else(|| self.frames[fi].globals.clone());
                self.stack.push(Value::Dict(l));
            }
            MatchSequence => {
                let v = self.base_value(self.top());
                let is_seq = matches!(v, Value::List(_) | Value::Tuple(_) | Value::Range(_))
                    || matches!(&v, Value::Instance(i) if i.class.lookup(&self.names.getitem).is_some()
                        && i.class.lookup(&self.names.len).is_some()
                        && i.class.lookup(&PyStr::new("keys".into())).is_none());
                self.stack.push(Value::Bool(is_seq));
            }
            MatchMapping => {
                let v = self.base_value(self.top());
                let is_map = matches!(v, Value::Dict(_));
                self.stack.push(Value::Bool(is_map));
            }
            MatchLen { n, exact } => {
                let v = self.top().clone();
                let len = self.len_of(&v)?;
                self.stack.push(Value::Bool(if exact {
                    len == n as usize
                } else {
                    len >= n as usize
                }));
            }
            MatchKeys => {
                let keys = self.pop();
                let m = self.top().clone();
                let keys = self.collect_iterable(&keys)?;
                let mut vals = Vec::with_capacity(keys.len());
                let mut all = true;
                for k in keys {
                    let got = match self.base_value(&m) {
                        Value::Dict(d) => self.dict_get(&d, &k)?,
                        _ => None,
                    };
                    match got {
                        Some(v) => vals.push(v),
                        None => {
                            all = false;
                            break;
                        }
                    }
                }
                self.stack
                    .push(if all { Value::tuple(vals) } else { Value::None });
            }
            MatchClass { npos, names } => {
                let cls = self.pop();
                let subject = self.pop();
                let kw = match &body.consts[names as usize] {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => vec![],
                };
                let r = self.match_class(&subject, &cls, npos as usize, &kw)?;
                self.stack.push(r);
            }
            Unsupported(i) => {
                let msg = match &body.consts[i as usize] {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => "unsupported".into(),
                };
                return Err(self.new_error(&self.types.exc.not_implemented_error.clone(), msg));
            }
        }
        Ok(Flow::Next)
    }

    /// A class pattern: the matched attribute values, or None when it does not match.
    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        kw: &[Value],
    ) -> PyResult<Value> {
        let c = match cls {
            Value::Class(c) => c.clone(),
            other => {
                let tn = self.type_name(other);
                return Err(
                    self.type_error(format!("called match pattern must be a class (got {tn})"))
                );
            }
        };
        if !self.type_of(subject).is_subclass(&c) {
            return Ok(Value::None);
        }
        let mut out = Vec::with_capacity(npos + kw.len());
        if npos > 0 {
            // Builtin types match their single positional pattern against the subject itself.
            let self_matching = matches!(
                c.builtin,
                Some(
                    crate::types::TypeId::Int
                        | crate::types::TypeId::Bool
                        | crate::types::TypeId::Float
                        | crate::types::TypeId::Str
                        | crate::types::TypeId::Bytes
                        | crate::types::TypeId::List
                        | crate::types::TypeId::Tuple
                        | crate::types::TypeId::Dict
                        | crate::types::TypeId::Set
                        | crate::types::TypeId::FrozenSet
                        | crate::types::TypeId::ByteArray
                )
            );
            if self_matching && c.mro.len() <= 2 {
                if npos > 1 {
                    let n = c.name();
                    return Err(self.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        n.as_str(),
                        npos
                    )));
                }
                out.push(subject.clone());
            } else {
                let args = match c.lookup(&PyStr::new("__match_args__".into())) {
                    Some(Value::Tuple(t)) => t.items.to_vec(),
                    Some(_) | None => {
                        let n = c.name();
                        return Err(self.type_error(format!(
                            "{}() accepts 0 positional sub-patterns ({} given)",
                            n.as_str(),
                            npos
                        )));
                    }
                };
                if npos > args.len() {
                    let n = c.name();
                    return Err(self.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        n.as_str(),
                        args.len(),
                        if args.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for a in &args[..npos] {
                    let name = match a {
                        Value::Str(s) => s.clone(),
                        _ => {
                            return Err(
                                self.type_error("__match_args__ elements must be strings".into())
                            )
                        }
                    };
                    match self.getattr(subject, &name) {
                        Ok(v) => out.push(v),
                        Err(_) => return Ok(Value::None),
                    }
                }
            }
        }
        for k in kw {
            if let Value::Str(name) = k {
                match self.getattr(subject, name) {
                    Ok(v) => out.push(v),
                    Err(_) => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    /// An operation that must block will be retried: put its operands back on the stack.
    fn put_back<const N: usize>(&mut self, e: PyErr, operands: [Value; N]) -> PyErr {
        if matches!(e, PyErr::Block(_)) {
            self.stack.extend(operands);
        }
        e
    }

    fn cell_name(&self, code: &Code, i: u32) -> Rc<PyStr> {
        let i = i as usize;
        if i < code.body().cellvars.len() {
            code.body().cellvars[i].clone()
        } else {
            code.body().freevars[i - code.body().cellvars.len()].clone()
        }
    }

    fn unbound_cell(&mut self, code: &Code, i: u32) -> PyErr {
        let name = self.cell_name(code, i);
        if (i as usize) < code.body().cellvars.len() {
            let cls = self.types.exc.unbound_local_error.clone();
            self.new_error(
                &cls,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.as_str()
                ),
            )
        } else {
            let cls = self.types.exc.name_error.clone();
            self.new_error(
                &cls,
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name.as_str()),
            )
        }
    }

    pub fn name_error(&mut self, name: &PyStr) -> PyErr {
        let cls = self.types.exc.name_error.clone();
        self.new_error(&cls, format!("name '{}' is not defined", name.as_str()))
    }

    // ----- calls -----

    /// Calls the callable at `stack[slot]` with the `n` values above it; the stack is cut to
    /// `ret_sp` when the call completes.
    fn call_on_stack(
        &mut self,
        slot: usize,
        n: usize,
        ret_sp: usize,
        _fi: usize,
        _stop: usize,
    ) -> PyResult<Flow> {
        let callee = self.stack[slot].clone();
        if let Value::Function(f) = &callee {
            let code = &f.code;
            if code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
                && code.argcount as usize == n
                && code.kwonlyargcount == 0
                && code.body().cellvars.is_empty()
            {
                // Fast path: the arguments on the stack become the callee's locals.
                let f = f.clone();
                self.check_recursion()?;
                let base = slot + 1;
                let nlocals = code.body().varnames.len();
                self.stack.resize(base + nlocals, Value::Unbound);
                self.frames.push(Frame {
                    code: f.code.clone(),
                    ip: 0,
                    base,
                    ret_sp,
                    cells: f.closure.clone(),
                    globals: f.globals.clone(),
                    locals: None,
                    blocks: Vec::new(),
                    kind: FrameKind::Normal,
                    generator: None,
                });
                return Ok(Flow::Reload);
            }
        }
        if let Value::Class(c) = &callee {
            // `list(it)`, `tuple(it)`, `set(it)`: the iteration runs as bytecode (see below).
            use crate::types::TypeId;
            let collects = matches!(
                c.builtin,
                Some(TypeId::List | TypeId::Tuple | TypeId::Set | TypeId::FrozenSet | TypeId::Dict)
            ) && c.layout != Layout::Object;
            if collects && n == 1 {
                let drained = match &self.stack[slot + 1] {
                    Value::Generator(_) => c.builtin != Some(TypeId::Dict),
                    Value::Instance(i) => i.class.layout == Layout::Object,
                    _ => false,
                };
                if drained {
                    return self.drain_then_call(slot, n, ret_sp, 0);
                }
            }
        }
        if let Value::Builtin(b) = &callee {
            if b.this.is_none() && b.name == "next" && n == 1 {
                // `next(it)` on a Python iterator runs its `__next__` as a frame, so it may
                // block after taking a lock without being retried from the start.
                if let Value::Instance(i) = &self.stack[slot + 1] {
                    if let Some(f @ Value::Function(_)) = i.class.lookup(&self.names.next) {
                        let it = self.stack[slot + 1].clone();
                        self.stack.truncate(ret_sp);
                        return self.call_with(f, Args::new(vec![it]), FrameKind::Normal);
                    }
                }
            }
            // `join` and `extend` are methods (`sep.join(it)`, `l.extend(it)`); a module's
            // function of the same name (`os.path.join`) takes no iterable.
            let is_method = matches!(b.name, "join" | "extend");
            if EAGER_BUILTINS.contains(&b.name) && b.this.is_some() == is_method {
                let drained = |v: &Value| match v {
                    Value::Generator(_) => true,
                    // Iterables written in Python (proxies, pool iterators) are walked by
                    // bytecode too; `dict(x)` of a mapping reads keys, not iteration.
                    Value::Instance(i) => b.name != "dict" && i.class.layout == Layout::Object,
                    _ => false,
                };
                // The iterable is the first argument (and the only one for min/max, which
                // otherwise compare their arguments).
                let single = !matches!(b.name, "min" | "max") || n == 1;
                if n >= 1 && single && drained(&self.stack[slot + 1]) {
                    return self.drain_then_call(slot, n, ret_sp, 0);
                }
            }
        }
        // A builtin may block and be retried: keep what the instruction consumed to put back.
        let saved: Vec<Value> = self.stack[ret_sp..].to_vec();
        let args: Vec<Value> = self.stack.drain(slot + 1..).collect();
        self.stack.truncate(ret_sp);
        self.call_with(callee, Args::new(args), FrameKind::Normal)
            .inspect_err(|e| {
                if matches!(e, PyErr::Block(_)) {
                    self.stack.truncate(ret_sp);
                    self.stack.extend(saved);
                }
            })
    }

    /// Pushes a frame that drains the generator argument `index` into a list; when it
    /// returns, the builtin at `stack[slot]` is called with the list instead.
    fn drain_then_call(
        &mut self,
        slot: usize,
        n: usize,
        ret_sp: usize,
        index: usize,
    ) -> PyResult<Flow> {
        let to_dict = matches!(&self.stack[slot], Value::Class(c)
            if c.builtin == Some(crate::types::TypeId::Dict));
        let drain = self.drain_function(if to_dict { "drain_map" } else { "drain" })?;
        let callee = self.stack[slot].clone();
        let pos: Vec<Value> = self.stack[slot + 1..slot + 1 + n].to_vec();
        let iterable = pos[index].clone();
        self.stack.truncate(ret_sp);
        let kind = FrameKind::DrainArg {
            callee,
            pos,
            kw: Vec::new(),
            index,
        };
        self.call_with(drain, Args::new(vec![iterable]), kind)
    }

    /// A helper of `drain_then_call`, from a small Python module compiled on first use.
    fn drain_function(&mut self, name: &str) -> PyResult<Value> {
        let module = match &self.drain_module {
            Some(m) => m.clone(),
            None => {
                let code = crate::compiler::compile_module_cached(DRAIN_SOURCE, "<drain>")
                    .map_err(|_| self.runtime_error("drain helpers do not compile".into()))?;
                let module = self.new_module("<drain>");
                let depth = self.frames.len();
                self.push_module_frame(code, module.clone(), FrameKind::Nested);
                self.run_nested(depth)?;
                self.drain_module = Some(module.clone());
                module
            }
        };
        module
            .dict
            .get_str(&PyStr::new(name.to_string()))
            .ok_or_else(|| self.runtime_error("drain helper missing".into()))
    }

    /// Calls any callable from an instruction: a Python function gets a frame (its result
    /// arrives later through `kind`); anything else completes now and its result is pushed.
    pub fn call_with(&mut self, callee: Value, args: Args, kind: FrameKind) -> PyResult<Flow> {
        match self.invoke(callee, args, kind.clone())? {
            Some(v) => {
                match kind {
                    FrameKind::Discard => {}
                    FrameKind::Init(inst) => {
                        if !v.is_none() {
                            let tn = self.type_name(&v);
                            return Err(self
                                .type_error(format!("__init__() should return None, not '{tn}'")));
                        }
                        self.stack.push(inst);
                    }
                    _ => self.stack.push(v),
                }
                Ok(Flow::Next)
            }
            None => Ok(Flow::Reload),
        }
    }

    /// Starts a call: returns `Some(result)` when it completed, or `None` when a Python frame
    /// was pushed that will deliver the result according to `kind`.
    pub fn invoke(
        &mut self,
        callee: Value,
        mut args: Args,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        match callee {
            Value::Function(f) => self.push_function_frame(&f, args, kind),
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.this.clone());
                self.invoke(m.func.clone(), args, kind)
            }
            Value::Builtin(b) if b.name == "__build_class__" => self.start_class_body(args),
            Value::Builtin(b) => {
                if let Some(this) = &b.this {
                    args.pos.insert(0, this.clone());
                }
                let r = self.call_builtin(&b, args)?;
                Ok(Some(r))
            }
            Value::Class(cls) => self.instantiate(&cls, args, kind),
            Value::Instance(inst) => {
                let call = inst.class.lookup(&self.names.call);
                match call {
                    Some(f) => {
                        args.pos.insert(0, Value::Instance(inst.clone()));
                        self.invoke(f, args, kind)
                    }
                    None => {
                        let tn = inst.class.name();
                        Err(self.type_error(format!("'{}' object is not callable", tn.as_str())))
                    }
                }
            }
            Value::StaticMethod(f) => self.invoke((*f).clone(), args, kind),
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    fn call_builtin(&mut self, b: &Rc<Builtin>, args: Args) -> PyResult<Value> {
        self.builtin_data = b.data.clone();
        let r = (b.func)(self, args);
        if !matches!(r, Err(PyErr::Block(_))) {
            self.retry_deadline = None;
        }
        r
    }

    /// Calls a callable from native code and waits for its result (nested run).
    pub fn call(&mut self, callee: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(callee, Args::new(args))
    }

    pub fn call_args(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        let depth = self.frames.len();
        match self.invoke(callee.clone(), args, FrameKind::Nested)? {
            Some(v) => Ok(v),
            None => self.run_nested(depth),
        }
    }

    /// Runs pushed frames until the frame stack is back at `depth`; the value they return.
    /// A call the retried instruction made before is answered from its record (`nested`).
    pub(crate) fn run_nested(&mut self, depth: usize) -> PyResult<Value> {
        if self.native_depth >= self.limits.native_depth {
            self.frames.truncate(depth);
            let cls = self.types.exc.recursion_error.clone();
            return Err(self.new_error(&cls, "maximum recursion depth exceeded".into()));
        }
        let level = self.native_depth;
        // A generator the record resumes was not pushed again (`resume_generator`).
        let skipped = self.skipped_resume.take();
        let (key, sp, generator) = match (&skipped, self.frames.get(depth)) {
            (Some(g), _) => (
                crate::nested::generator_key(g),
                self.stack.len(),
                skipped.clone(),
            ),
            (None, Some(f)) => (crate::nested::call_key(f), f.ret_sp, f.generator.clone()),
            (None, None) => return Ok(self.stack.pop().unwrap_or(Value::None)),
        };
        self.replayed_end = None;
        match self.replay(level, key, depth, sp) {
            Replay::Done(r) => return r.map_err(PyErr::Exception),
            Replay::Resumed | Replay::Fresh => {}
        }
        self.native_depth += 1;
        let saved_exc = self.exc_stack.len();
        let r = loop {
            match self.execute(depth, u64::MAX) {
                Ok(ExecExit::Returned(v)) | Ok(ExecExit::Yielded(v)) => break Ok(v),
                Ok(ExecExit::Budget) => continue,
                Ok(ExecExit::Blocked(w)) => {
                    // A nested call cannot suspend on the Rust stack: its frames wait in
                    // the record for the instruction's retry.
                    self.record_blocked(level, key, depth, sp, saved_exc);
                    break Err(PyErr::Block(Box::new(w)));
                }
                Err(e) => break Err(e),
            }
        };
        self.native_depth -= 1;
        match &r {
            Ok(v) => self.record_done(level, key, Ok(v.clone()), generator.as_ref()),
            Err(PyErr::Exception(e)) => {
                self.record_done(level, key, Err(e.clone()), generator.as_ref())
            }
            Err(PyErr::Block(_)) => {}
        }
        r
    }

    fn check_recursion(&mut self) -> PyResult<()> {
        if self.frames.len() >= self.limits.recursion {
            let cls = self.types.exc.recursion_error.clone();
            return Err(self.new_error(&cls, "maximum recursion depth exceeded".into()));
        }
        Ok(())
    }

    /// Binds arguments to a function's parameters and pushes its frame.
    /// Returns `Some(generator)` for a generator function (no frame runs yet), else `None`.
    pub fn push_function_frame(
        &mut self,
        f: &Rc<Function>,
        args: Args,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        self.check_recursion()?;
        let code = f.code.clone();
        let base = self.stack.len();
        let nlocals = code.body().varnames.len();
        self.stack.resize(base + nlocals, Value::Unbound);
        if let Err(e) = self.bind_args(f, &code, base, args) {
            self.stack.truncate(base);
            return Err(e);
        }
        let ncells = code.body().cellvars.len();
        let cells: Box<[Rc<RefCell<Value>>]> = if ncells == 0 {
            f.closure.clone()
        } else {
            let mut cells: Vec<Rc<RefCell<Value>>> = (0..ncells)
                .map(|_| Rc::new(RefCell::new(Value::Unbound)))
                .collect();
            for &(ci, pi) in &code.body().cell_params {
                let v = std::mem::replace(&mut self.stack[base + pi as usize], Value::Unbound);
                cells[ci as usize] = Rc::new(RefCell::new(v));
            }
            cells.extend(f.closure.iter().cloned());
            cells.into_boxed_slice()
        };
        let frame = Frame {
            code: code.clone(),
            ip: 0,
            base,
            ret_sp: base,
            cells,
            globals: f.globals.clone(),
            locals: None,
            blocks: Vec::new(),
            kind,
            generator: None,
        };
        if code.is_generator() {
            // The frame is not run now: it becomes a generator object.
            let saved: Vec<Value> = self.stack.drain(base..).collect();
            let gen = Rc::new(Generator {
                name: f.name.borrow().clone(),
                qualname: f.qualname.borrow().clone(),
                state: RefCell::new(GenState::Suspended {
                    frame: Box::new(frame),
                    stack: saved,
                    started: false,
                }),
            });
            return Ok(Some(Value::Generator(gen)));
        }
        self.frames.push(frame);
        Ok(None)
    }

    fn bind_args(&mut self, f: &Function, code: &Code, base: usize, args: Args) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let npos = args.pos.len();
        let fname = f.qualname.borrow().clone();
        if npos > argcount && !has_varargs {
            let ndefaults = f.defaults.len();
            let kwonly_given = args
                .kw
                .iter()
                .filter(|(k, _)| {
                    code.body().varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v.as_str() == k.as_str())
                })
                .count();
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if kwonly_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kwonly_given,
                    if kwonly_given == 1 { "" } else { "s" }
                )
            } else {
                npos.to_string()
            };
            let verb = if npos == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(format!(
                "{}() takes {} but {} {} given",
                fname.as_str(),
                takes,
                given,
                verb
            )));
        }
        let mut pos = args.pos.into_iter();
        for i in 0..argcount.min(npos) {
            self.stack[base + i] = pos.next().expect("counted");
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            let rest: Vec<Value> = pos.collect();
            self.stack[base + slot] = Value::tuple(rest);
            slot += 1;
        }
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            self.stack[base + slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        for (name, value) in args.kw {
            let idx = code.body().varnames[..argcount + kwonly]
                .iter()
                .position(|v| v.as_str() == name.as_str());
            match idx {
                Some(i) if i >= code.posonlyargcount as usize => {
                    if !matches!(self.stack[base + i], Value::Unbound) {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname.as_str(),
                            name.as_str()
                        )));
                    }
                    self.stack[base + i] = value;
                }
                _ => match &kwdict {
                    Some(d) => d.set_str(name, value),
                    None => {
                        let msg = if idx.is_some() {
                            format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                fname.as_str(),
                                name.as_str()
                            )
                        } else {
                            format!(
                                "{}() got an unexpected keyword argument '{}'",
                                fname.as_str(),
                                name.as_str()
                            )
                        };
                        return Err(self.type_error(msg));
                    }
                },
            }
        }
        // Defaults for missing positional parameters.
        let ndefaults = f.defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(self.stack[base + i], Value::Unbound) {
                if i >= argcount - ndefaults {
                    self.stack[base + i] = f.defaults[i - (argcount - ndefaults)].clone();
                } else {
                    missing.push(code.body().varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname.as_str(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for i in argcount..argcount + kwonly {
            if matches!(self.stack[base + i], Value::Unbound) {
                let name = &code.body().varnames[i];
                match f
                    .kwdefaults
                    .iter()
                    .find(|(k, _)| k.as_str() == name.as_str())
                {
                    Some((_, v)) => self.stack[base + i] = v.clone(),
                    None => missing_kw.push(name.as_str().to_string()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname.as_str(),
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                join_names(&missing_kw)
            )));
        }
        Ok(())
    }

    fn make_function(
        &mut self,
        fi: usize,
        code_v: Value,
        qualname: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let code = match code_v {
            Value::Code(c) => c,
            _ => unreachable!("MakeFunction takes a code constant"),
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => d
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) => Some((s, v)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let closure: Box<[Rc<RefCell<Value>>]> = match closure {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Box::new([]),
        };
        let qualname = match qualname {
            Value::Str(s) => s,
            _ => code.qualname.clone(),
        };
        let globals = self.frames[fi].globals.clone();
        let module = globals.get_str(&self.names.name).unwrap_or(Value::None);
        Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(qualname),
            doc: RefCell::new(code.doc.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            module,
            dict: Rc::new(PyDict::new()),
            annotations: RefCell::new(Value::None),
        }))
    }

    // ----- returns, generators, iteration -----

    fn return_value(&mut self, v: Value, stop_depth: usize) -> PyResult<Flow> {
        let frame = self.frames.pop().expect("a frame is running");
        self.stack.truncate(frame.ret_sp);
        if let Some(gen) = &frame.generator {
            *gen.state.borrow_mut() = GenState::Finished;
            return self.generator_finished(frame.kind, v, stop_depth);
        }
        match frame.kind {
            FrameKind::Normal => self.stack.push(v),
            FrameKind::Discard => {}
            FrameKind::Init(inst) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{tn}'"))
                    );
                }
                if self.frames.len() == stop_depth {
                    return Ok(Flow::Exit(ExecExit::Returned(inst)));
                }
                self.stack.push(inst);
            }
            FrameKind::Nested => return Ok(Flow::Exit(ExecExit::Returned(v))),
            FrameKind::ClassBody {
                name,
                bases,
                namespace,
                keywords,
            } => {
                let cls = self.build_class(name, bases, namespace, v, keywords)?;
                if self.frames.len() == stop_depth {
                    return Ok(Flow::Exit(ExecExit::Returned(cls)));
                }
                self.stack.push(cls);
            }
            FrameKind::Module(m) => {
                if self.frames.len() == stop_depth {
                    return Ok(Flow::Exit(ExecExit::Returned(Value::Module(m))));
                }
                self.stack.push(Value::Module(m));
            }
            FrameKind::IterNext { .. }
            | FrameKind::GenNext
            | FrameKind::GenForIter { .. }
            | FrameKind::GenSend { .. } => {
                self.stack.push(v);
            }
            FrameKind::DrainArg {
                callee,
                mut pos,
                kw,
                index,
            } => {
                pos[index] = v;
                if let Flow::Reload = self.call_with(callee, Args { pos, kw }, FrameKind::Normal)? {
                    return Ok(Flow::Reload);
                }
            }
        }
        if self.frames.len() == stop_depth {
            let v = self.stack.pop().unwrap_or(Value::None);
            return Ok(Flow::Exit(ExecExit::Returned(v)));
        }
        Ok(Flow::Reload)
    }

    fn generator_finished(
        &mut self,
        kind: FrameKind,
        v: Value,
        stop_depth: usize,
    ) -> PyResult<Flow> {
        match kind {
            FrameKind::GenForIter { exit } => {
                // The iterator is on the caller's stack: drop it and leave the loop.
                self.stack.pop();
                let fi = self.frames.len() - 1;
                self.jump(fi, exit);
            }
            FrameKind::GenSend { exit } => {
                self.stack.pop();
                self.stack.push(v);
                let fi = self.frames.len() - 1;
                self.jump(fi, exit);
            }
            FrameKind::Nested => return Ok(Flow::Exit(ExecExit::Returned(v))),
            _ => {
                let exc = self.stop_iteration(v);
                return Err(PyErr::Exception(exc));
            }
        }
        if self.frames.len() == stop_depth {
            return Ok(Flow::Exit(ExecExit::Returned(Value::None)));
        }
        Ok(Flow::Reload)
    }

    pub fn stop_iteration(&mut self, v: Value) -> Value {
        let cls = self.types.exc.stop_iteration.clone();
        let args = if v.is_none() { vec![] } else { vec![v] };
        self.new_exception(&cls, args)
    }

    fn yield_value(&mut self, v: Value, stop_depth: usize) -> PyResult<Flow> {
        let mut frame = self.frames.pop().expect("a frame is running");
        let gen = frame
            .generator
            .take()
            .expect("yield runs in a generator frame");
        let saved: Vec<Value> = self.stack.drain(frame.base..).collect();
        let kind = std::mem::replace(&mut frame.kind, FrameKind::Normal);
        *gen.state.borrow_mut() = GenState::Suspended {
            frame: Box::new(frame),
            stack: saved,
            started: true,
        };
        match kind {
            FrameKind::Nested => return Ok(Flow::Exit(ExecExit::Yielded(v))),
            _ => self.stack.push(v),
        }
        if self.frames.len() == stop_depth {
            let v = self.stack.pop().unwrap_or(Value::None);
            return Ok(Flow::Exit(ExecExit::Yielded(v)));
        }
        Ok(Flow::Reload)
    }

    /// Resumes a generator with `sent` (or throws `throw` into it), under `kind`.
    pub fn resume_generator(
        &mut self,
        gen: &Rc<Generator>,
        sent: Value,
        throw: Option<Value>,
        kind: FrameKind,
    ) -> PyResult<()> {
        if matches!(kind, FrameKind::Nested) && self.replays_generator(gen) {
            // A retried instruction: the record has this call (`run_nested` answers it).
            self.skipped_resume = Some(gen.clone());
            return Ok(());
        }
        let state = std::mem::replace(&mut *gen.state.borrow_mut(), GenState::Running);
        match state {
            GenState::Suspended {
                mut frame,
                stack,
                started,
            } => {
                if !started && !sent.is_none() && throw.is_none() {
                    *gen.state.borrow_mut() = GenState::Suspended {
                        frame,
                        stack,
                        started,
                    };
                    return Err(self.type_error(
                        "can't send non-None value to a just-started generator".into(),
                    ));
                }
                if let Err(e) = self.check_recursion() {
                    // Too deep to resume now: the generator stays suspended.
                    *gen.state.borrow_mut() = GenState::Suspended {
                        frame,
                        stack,
                        started,
                    };
                    return Err(e);
                }
                let base = self.stack.len();
                frame.base = base;
                frame.ret_sp = base;
                frame.kind = kind;
                frame.generator = Some(gen.clone());
                self.stack.extend(stack);
                if started && throw.is_none() {
                    self.stack.push(sent);
                }
                self.frames.push(*frame);
                if let Some(exc) = throw {
                    // Raise at the yield point.
                    return self.throw_into_top(exc);
                }
                Ok(())
            }
            GenState::Running => {
                *gen.state.borrow_mut() = GenState::Running;
                Err(self.value_error("generator already executing".into()))
            }
            GenState::Finished => {
                *gen.state.borrow_mut() = GenState::Finished;
                if let Some(exc) = throw {
                    return Err(PyErr::Exception(exc));
                }
                let exc = self.stop_iteration(Value::None);
                Err(PyErr::Exception(exc))
            }
        }
    }

    /// Raises `exc` inside the top frame (a just-resumed generator) and unwinds from there.
    fn throw_into_top(&mut self, exc: Value) -> PyResult<()> {
        let depth = self.frames.len() - 1;
        match self.unwind(exc, depth) {
            Ok(None) => Ok(()),
            Ok(Some(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn for_iter(&mut self, fi: usize, exit: u32) -> PyResult<Flow> {
        let it = self.top().clone();
        match &it {
            Value::Iter(i) => match self.native_next(i)? {
                Some(v) => {
                    self.stack.push(v);
                    Ok(Flow::Next)
                }
                None => {
                    self.stack.pop();
                    self.jump(fi, exit);
                    Ok(Flow::Next)
                }
            },
            Value::Generator(g) => {
                let g = g.clone();
                match self.resume_generator(&g, Value::None, None, FrameKind::GenForIter { exit }) {
                    Ok(()) => Ok(Flow::Reload),
                    Err(PyErr::Exception(e)) if self.is_stop_iteration(&e) => {
                        self.stack.pop();
                        self.jump(fi, exit);
                        Ok(Flow::Next)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                let cls = self.type_of(&it);
                match cls.lookup(&self.names.next) {
                    Some(Value::Function(f)) => {
                        match self.push_function_frame(
                            &f,
                            Args::new(vec![it.clone()]),
                            FrameKind::IterNext { exit },
                        )? {
                            None => Ok(Flow::Reload),
                            Some(v) => {
                                self.stack.push(v);
                                Ok(Flow::Next)
                            }
                        }
                    }
                    Some(f) => match self.call(&f, vec![it.clone()]) {
                        Ok(v) => {
                            self.stack.push(v);
                            Ok(Flow::Next)
                        }
                        Err(PyErr::Exception(e)) if self.is_stop_iteration(&e) => {
                            self.stack.pop();
                            self.jump(fi, exit);
                            Ok(Flow::Next)
                        }
                        Err(e) => Err(e),
                    },
                    None => {
                        let tn = cls.name();
                        Err(self.type_error(format!("'{}' object is not an iterator", tn.as_str())))
                    }
                }
            }
        }
    }

    /// `yield from`: `[it, v] -> [it, yielded]`, or `[result]` and jump to `exit`.
    fn send_op(&mut self, fi: usize, exit: u32) -> PyResult<Flow> {
        let v = self.pop();
        let it = self.top().clone();
        match &it {
            Value::Generator(g) => {
                let g = g.clone();
                match self.resume_generator(&g, v, None, FrameKind::GenSend { exit }) {
                    Ok(()) => Ok(Flow::Reload),
                    Err(PyErr::Exception(e)) if self.is_stop_iteration(&e) => {
                        let value = self.exc_args(&e).first().cloned().unwrap_or(Value::None);
                        self.stack.pop();
                        self.stack.push(value);
                        self.jump(fi, exit);
                        Ok(Flow::Next)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => match self.next_value(&it) {
                Ok(Some(y)) => {
                    self.stack.push(y);
                    Ok(Flow::Next)
                }
                Ok(None) => {
                    self.stack.pop();
                    self.stack.push(Value::None);
                    self.jump(fi, exit);
                    Ok(Flow::Next)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// Advances any iterator from native code: `Some(value)` or `None` when exhausted.
    pub fn next_value(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.tick()?;
        match it {
            Value::Iter(i) => self.native_next(i),
            Value::Generator(g) => {
                let depth = self.frames.len();
                match self.resume_generator(g, Value::None, None, FrameKind::Nested) {
                    Ok(()) => {}
                    Err(PyErr::Exception(e)) if self.is_stop_iteration(&e) => return Ok(None),
                    Err(e) => return Err(e),
                }
                match self.run_nested(depth) {
                    Ok(v) => {
                        // Distinguish a yield from exhaustion by the generator's state.
                        if self.generator_ended(g) {
                            Ok(None)
                        } else {
                            Ok(Some(v))
                        }
                    }
                    Err(PyErr::Exception(e))
                        if self.is_stop_iteration(&e) && self.generator_ended(g) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            other => {
                let cls = self.type_of(other);
                match cls.lookup(&self.names.next) {
                    Some(f) => match self.call(&f, vec![other.clone()]) {
                        Ok(v) => Ok(Some(v)),
                        Err(PyErr::Exception(e)) if self.is_stop_iteration(&e) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => {
                        let tn = cls.name();
                        Err(self.type_error(format!("'{}' object is not an iterator", tn.as_str())))
                    }
                }
            }
        }
    }

    // ----- exceptions -----

    fn raise_op(&mut self, n: u32) -> PyErr {
        let cause = if n == 2 { Some(self.pop()) } else { None };
        if n == 0 {
            return match self.exc_stack.last().cloned() {
                Some(e) => {
                    self.skip_tb = true;
                    PyErr::Exception(e)
                }
                None => self.runtime_error("No active exception to reraise".into()),
            };
        }
        let v = self.pop();
        let exc = match self.make_exception(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cause_v = match c {
                Value::None => None,
                other => match self.make_exception(other) {
                    Ok(e) => Some(e),
                    Err(_) => {
                        return self
                            .type_error("exception causes must derive from BaseException".into());
                    }
                },
            };
            if let Value::Instance(i) = &exc {
                if let Some(st) = &i.exc {
                    let mut st = st.borrow_mut();
                    st.cause = cause_v;
                    st.suppress_context = true;
                }
            }
        }
        PyErr::Exception(exc)
    }

    /// An exception instance from a raised value (a class is instantiated).
    pub fn make_exception(&mut self, v: Value) -> Result<Value, PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&self.types.exc.base_exception) => {
                let c = c.clone();
                self.call(&Value::Class(c), vec![])
            }
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException".into())),
        }
    }

    /// Finds a handler for `exc` from the top frame down to `stop_depth`. `Ok(None)`: a
    /// handler was entered (or a loop over a user iterator ended); `Err`: the exception
    /// propagates past `stop_depth`.
    fn unwind(&mut self, exc: Value, stop_depth: usize) -> PyResult<Option<ExecExit>> {
        self.set_context(&exc);
        let mut exc = exc;
        let mut skip = std::mem::replace(&mut self.skip_tb, false);
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr::Exception(exc));
            };
            // The drain helper of eager builtins is invisible, as the builtin's own loop is.
            if !skip && &*frame.code.filename != "<drain>" {
                let entry = (frame.code.clone(), frame.ip.saturating_sub(1) as u32);
                if let Value::Instance(i) = &exc {
                    if let Some(st) = &i.exc {
                        st.borrow_mut().traceback.push(entry);
                    }
                }
            }
            skip = false;
            while let Some(block) = frame.blocks.pop() {
                match block.exc_depth {
                    Some(d) => self.exc_stack.truncate(d as usize),
                    None => {
                        let base = frame.base;
                        self.stack.truncate(base + block.level as usize);
                        self.stack.push(exc.clone());
                        let depth = self.exc_stack.len() as u32;
                        frame.blocks.push(Block {
                            handler: 0,
                            level: block.level,
                            exc_depth: Some(depth),
                        });
                        self.exc_stack.push(exc);
                        frame.ip = block.handler as usize;
                        return Ok(None);
                    }
                }
            }
            // No handler here: leave the frame.
            let frame = self.frames.pop().expect("checked");
            self.stack.truncate(frame.ret_sp);
            if let Some(gen) = &frame.generator {
                *gen.state.borrow_mut() = GenState::Finished;
                if self.is_stop_iteration(&exc) {
                    let cls = self.types.exc.runtime_error.clone();
                    let new = self
                        .new_exception(&cls, vec![Value::str("generator raised StopIteration")]);
                    if let Value::Instance(n) = &new {
                        if let Some(st) = &n.exc {
                            let mut st = st.borrow_mut();
                            st.cause = Some(exc.clone());
                            st.context = Some(exc.clone());
                            st.suppress_context = true;
                        }
                    }
                    exc = new;
                }
            }
            if let FrameKind::IterNext { exit } = frame.kind {
                if self.is_stop_iteration(&exc) && self.frames.len() > stop_depth {
                    self.stack.pop();
                    let fi = self.frames.len() - 1;
                    self.jump(fi, exit);
                    return Ok(None);
                }
            }
            if self.frames.len() <= stop_depth || matches!(frame.kind, FrameKind::Nested) {
                return Err(PyErr::Exception(exc));
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the exception being handled.
    fn set_context(&mut self, exc: &Value) {
        let Some(handled) = self.exc_stack.last().cloned() else {
            return;
        };
        if handled.is(exc) {
            return;
        }
        if let Value::Instance(i) = exc {
            if let Some(st) = &i.exc {
                let mut st = st.borrow_mut();
                if st.context.is_none() {
                    // Avoid a cycle: handled's own context chain must not contain exc.
                    st.context = Some(handled);
                }
            }
        }
    }

    pub fn is_stop_iteration(&self, exc: &Value) -> bool {
        match exc {
            Value::Instance(i) => i.class.is_subclass(&self.types.exc.stop_iteration),
            _ => false,
        }
    }

    fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.type_of(exc);
        match ty {
            Value::Class(c) => {
                if !c.is_subclass(&self.types.exc.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed"
                            .into(),
                    ));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed".into(),
            )),
        }
    }

    // ----- imports and classes -----

    fn import_op(&mut self, name: &PyStr, fromlist: &Value) -> PyResult<Flow> {
        let full = name.as_str();
        let module = self.import_module(full)?;
        let result = match fromlist {
            Value::None => {
                let top = full.split('.').next().unwrap_or(full);
                if top != full {
                    self.import_module(top)?
                } else {
                    module
                }
            }
            _ => module,
        };
        match result {
            Some(m) => {
                self.stack.push(m);
                Ok(Flow::Next)
            }
            None => Ok(Flow::Reload),
        }
    }

    /// Records an imported module under `name`, in `sys.modules` too.
    pub fn add_module(&mut self, name: &str, module: Value) {
        if let Some(d) = &self.sys_modules {
            d.set_str_key(name, module.clone());
        }
        self.modules.insert(name.to_string(), module);
    }

    /// Imports a module by full name: `Some(module)`, or `None` when a Python module body was
    /// pushed to run (it pushes the module when done).
    pub fn import_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.modules.get(name) {
            return Ok(Some(m.clone()));
        }
        if let Some(m) = crate::modules::native_module(self, name)? {
            self.add_module(name, m.clone());
            return Ok(Some(m));
        }
        if let Some(ext) = self.extension.clone() {
            if let Some(m) = ext.native_module(self, name)? {
                self.add_module(name, m.clone());
                return Ok(Some(m));
            }
        }
        let source = crate::modules::python_module_source(name)
            .or_else(|| self.extension.as_ref().and_then(|e| e.python_source(name)));
        if let Some(source) = source {
            // A package is imported before its submodules, which then become its attributes.
            if let Some((parent, _)) = name.rsplit_once('.') {
                if !self.modules.contains_key(parent) {
                    self.import_module(parent)?;
                }
            }
            let filename = format!("<frozen {name}>");
            let code = match crate::compiler::compile_module_cached(source, &filename) {
                Ok(c) => c,
                Err(e) => {
                    let v = self.syntax_error_value(&e, source, &filename);
                    return Err(PyErr::Exception(v));
                }
            };
            self.sources.insert(filename, Rc::from(source));
            let module = self.new_module(name);
            self.add_module(name, Value::Module(module.clone()));
            let depth = self.frames.len();
            self.push_module_frame(code, module.clone(), FrameKind::Module(module.clone()));
            // Library modules run to completion before the importer continues.
            match self.run_nested(depth) {
                Ok(_) => {
                    if let Some((parent, child)) = name.rsplit_once('.') {
                        if let Some(Value::Module(p)) = self.modules.get(parent) {
                            p.dict.set_str_key(child, Value::Module(module.clone()));
                        }
                    }
                    return Ok(Some(Value::Module(module)));
                }
                Err(e) => {
                    self.modules.remove(name);
                    if let Some(d) = &self.sys_modules {
                        d.del_str(&PyStr::new(name.to_string()));
                    }
                    return Err(e);
                }
            }
        }
        let cls = self.types.exc.module_not_found_error.clone();
        Err(self.new_error(&cls, format!("No module named '{name}'")))
    }

    /// `__build_class__(func, name, *bases)`: runs the class body in a fresh namespace.
    pub fn start_class_body(&mut self, args: Args) -> PyResult<Option<Value>> {
        let mut pos = args.pos.into_iter();
        let func = match pos.next() {
            Some(Value::Function(f)) => f,
            _ => return Err(self.type_error("__build_class__: func must be a function".into())),
        };
        let name = pos.next().unwrap_or(Value::None);
        let bases: Vec<Value> = pos.collect();
        let namespace = Rc::new(PyDict::new());
        self.check_recursion()?;
        let code = func.code.clone();
        let base = self.stack.len();
        let ncells = code.body().cellvars.len();
        let mut cells: Vec<Rc<RefCell<Value>>> = (0..ncells)
            .map(|_| Rc::new(RefCell::new(Value::Unbound)))
            .collect();
        cells.extend(func.closure.iter().cloned());
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            ret_sp: base,
            cells: cells.into_boxed_slice(),
            globals: func.globals.clone(),
            locals: Some(namespace.clone()),
            blocks: Vec::new(),
            kind: FrameKind::ClassBody {
                name,
                bases,
                namespace,
                keywords: args.kw,
            },
            generator: None,
        });
        Ok(None)
    }

    /// Creates a green thread that will call `callable(*args)` when it first runs; its id.
    pub fn new_thread(&mut self, callable: Value, args: Args) -> usize {
        self.threads.push(Some(ThreadState {
            start: Some((callable, args)),
            ..ThreadState::default()
        }));
        self.threads.len() - 1
    }

    /// Makes `tid` the running green thread, saving the state of the one that ran.
    pub fn switch_thread(&mut self, tid: usize) {
        if tid == self.current_thread {
            return;
        }
        let Some(next) = self.threads.get_mut(tid).and_then(Option::take) else {
            return;
        };
        let saved = ThreadState {
            stack: std::mem::replace(&mut self.stack, next.stack),
            frames: std::mem::replace(&mut self.frames, next.frames),
            exc_stack: std::mem::replace(&mut self.exc_stack, next.exc_stack),
            retry_deadline: std::mem::replace(&mut self.retry_deadline, next.retry_deadline),
            nested: std::mem::replace(&mut self.nested, next.nested),
            start: std::mem::replace(&mut self.thread_start, next.start),
        };
        self.threads[self.current_thread] = Some(saved);
        self.current_thread = tid;
    }

    /// Makes the current green thread start with `callable(*args)` on its next
    /// `run_thread` (a child process's bootstrap, the shutdown hook after the main code).
    pub fn set_start(&mut self, callable: Value, args: Args) {
        self.thread_start = Some((callable, args));
    }

    /// Runs a slice of about `budget` instructions of the current green thread (not the
    /// main one, which runs with `run`).
    pub fn run_thread(&mut self, budget: u64) -> ThreadRun {
        if let Some((callable, args)) = self.thread_start.take() {
            match self.invoke(callable, args, FrameKind::Nested) {
                Ok(Some(v)) => return ThreadRun::Returned(v),
                Ok(None) => {}
                Err(PyErr::Exception(e)) => return ThreadRun::Raised(e),
                Err(PyErr::Block(w)) => return ThreadRun::Blocked(*w),
            }
        }
        if self.frames.is_empty() {
            return ThreadRun::Returned(Value::None);
        }
        let run = match self.make_main_thread_calls() {
            Some(ended) => ended,
            None => self.execute(0, budget),
        };
        let r = match run {
            Ok(ExecExit::Budget) => return ThreadRun::Yielded,
            Ok(ExecExit::Blocked(w)) => return ThreadRun::Blocked(w),
            Ok(ExecExit::Returned(v)) | Ok(ExecExit::Yielded(v)) => ThreadRun::Returned(v),
            Err(PyErr::Exception(e)) => ThreadRun::Raised(e),
            Err(PyErr::Block(w)) => return ThreadRun::Blocked(*w),
        };
        self.stack.clear();
        self.frames.clear();
        self.exc_stack.clear();
        r
    }

    /// Has the main thread call a signal's `handler(signum, frame)` before its next
    /// instruction, wherever it is, with the frame it stands in: what the call returns is
    /// dropped, what it raises is raised where the main thread stood. A thread blocked in a
    /// call made from native code (whose record a handler's instructions would drop) makes
    /// it once that call is over.
    pub fn call_signal_handler(&mut self, handler: Value, signum: i64) {
        self.main_thread_calls.push((handler, signum));
    }

    /// Makes the main thread's queued handler calls, `handler(signum, frame)` with the
    /// frame they interrupt: a Python function's frame goes on top, so it runs first.
    /// `Some` when the thread ended meanwhile (an exception nothing caught).
    fn make_main_thread_calls(&mut self) -> Option<PyResult<ExecExit>> {
        if self.current_thread != 0 || !self.nested.is_empty() {
            return None;
        }
        for (callable, signum) in std::mem::take(&mut self.main_thread_calls) {
            let frame = match self.frames.len() {
                0 => Value::None,
                n => crate::modules::sys::frame_snapshot(self, n - 1),
            };
            let args = Args::new(vec![Value::Int(signum), frame]);
            match self.call_with(callable, args, FrameKind::Discard) {
                Ok(Flow::Exit(e)) => return Some(Ok(e)),
                Ok(_) | Err(PyErr::Block(_)) => {}
                Err(PyErr::Exception(exc)) => match self.unwind(exc, 0) {
                    Ok(None) => {}
                    Ok(Some(exit)) => return Some(Ok(exit)),
                    Err(e) => return Some(Err(e)),
                },
            }
        }
        None
    }

    pub fn frames_depth(&self) -> usize {
        self.frames.len()
    }

    /// The current line of every frame, outermost first (for the editor's markers).
    pub fn current_lines(&self) -> Vec<u32> {
        self.frames.iter().map(|f| f.line()).collect()
    }

    /// The line the innermost frame running code of `file` is on (the editor's marker for
    /// a process: where in the user's program it is, not inside a library).
    pub fn line_in(&self, file: &str) -> Option<u32> {
        self.frames
            .iter()
            .rev()
            .find(|f| &*f.code.filename == file)
            .map(|f| f.line())
    }
}

fn join_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    }
}
