//! One process of a run: its VM, its green threads and where its main thread is in the
//! process's life (module code, the child's bootstrap, the shutdown that joins threads and
//! children). Executors call `run_task` for one thread at a time and wait out what it
//! answers.

use crate::host::ProcHost;
use crate::kernel::{self, Kernel, Pid};
use crate::shm::SharedWords;
use crate::signals;
use crate::trace::Event;
use mpplay_python::value::{Args, Value};
use mpplay_python::vm::PyErr;
use mpplay_python::{Extension, RunOutcome, Stream, ThreadRun, Vm, Wait};
use std::rc::Rc;
use std::sync::Arc;

/// Where a green thread is.
#[derive(Clone, Debug, PartialEq)]
pub enum TaskState {
    Ready,
    Waiting(Wait),
    Done,
}

pub struct Task {
    pub name: String,
    pub daemon: bool,
    pub state: TaskState,
}

/// What the main thread is running.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    /// The module's code (`__main__`, or `__mp_main__` in a child).
    Module,
    /// A child's `Process._bootstrap`: its result is the exit code.
    Bootstrap,
    /// Joining non-daemon threads, terminating daemonic children, joining the others.
    Shutdown,
}

/// How one slice of a thread ended.
#[derive(Debug, PartialEq)]
pub enum Slice {
    Ran,
    Blocked(Wait),
    ThreadDone,
    /// The whole process ended with this exit code.
    ProcessEnded(i32),
}

pub struct Process {
    pub pid: Pid,
    pub name: String,
    /// The first of its exit words (`kernel::exit`).
    pub exit_word: u32,
    pub vm: Vm,
    pub tasks: Vec<Task>,
    phase: Phase,
    exit_code: i32,
    is_child: bool,
}

/// The runtime's modules, offered to every VM of a run.
pub struct RuntimeModules;

impl Extension for RuntimeModules {
    fn native_module(&self, vm: &mut Vm, name: &str) -> mpplay_python::vm::PyResult<Option<Value>> {
        Ok(match name {
            "_mp" => Some(crate::natives::make(vm)),
            "_signal" => Some(crate::signals::make(vm)),
            _ => None,
        })
    }

    fn python_source(&self, name: &str) -> Option<&'static str> {
        crate::pymodules::source(name)
    }
}

impl Process {
    /// The next green thread to run, looking round-robin from `from`, after marking ready
    /// those whose wait is over by `now` (the threads and workers executors' pick).
    pub fn pick_ready(&mut self, kernel: &Kernel, from: usize, now: f64) -> Option<usize> {
        let n = self.tasks.len();
        for k in 0..n {
            let tid = (from + k) % n;
            let t = &mut self.tasks[tid];
            if let TaskState::Waiting(w) = &t.state {
                if wait_over(kernel, w, now, &[]).is_ok() {
                    t.state = TaskState::Ready;
                }
            }
            if t.state == TaskState::Ready {
                return Some(tid);
            }
        }
        None
    }

    /// Blocks until one of `words` (the words and values this process's threads wait on,
    /// at least one) is woken, or for `limit` seconds, on the process's doorbell, which
    /// whoever wakes one of them rings. With no exit words (a full region) or no watch slot
    /// free, looks again soon instead.
    pub fn wait_on_several(&self, kernel: &Kernel, words: &[(u32, i32)], limit: f64) {
        let list: Vec<u32> = words.iter().map(|(w, _)| *w).collect();
        let bell = if self.exit_word == 0 {
            0
        } else {
            self.exit_word + kernel::exit::BELL
        };
        let rung = kernel.words.load(bell);
        if bell != 0 && kernel.watch(&list, bell) {
            // A wake between the scheduler's look and the watch is caught here.
            let now = kernel.now();
            let over = self.tasks.iter().any(|t| match &t.state {
                TaskState::Waiting(w) => wait_over(kernel, w, now, &[]).is_ok(),
                _ => false,
            });
            if !over {
                self.park_on(kernel, bell, rung, limit);
            }
            kernel.unwatch(bell);
        } else {
            let (word, expected) = words[0];
            self.park_on(kernel, word, expected, limit.min(kernel::POLL_EVERY));
        }
    }

    /// Blocks while `word` holds `expected`, for at most `limit` seconds, or until this
    /// process is asked to end.
    pub fn park_on(&self, kernel: &Kernel, word: u32, expected: i32, limit: f64) {
        kernel.park(self.exit_word, word, expected, limit);
    }

    /// The code this process ends with because it was asked to (terminate, kill, a
    /// signal), if it was. A signal the program handles or ignores is taken back instead:
    /// its handler is queued on the main thread, which is woken to run it.
    pub fn end_requested(&mut self, kernel: &Kernel) -> Option<i32> {
        let code = kernel.end_request(self.exit_word)?;
        // Only a signal (a negative code) may have a handler; os._exit's code has none.
        if code >= 0 {
            return kernel.end_requested(self.pid, self.exit_word);
        }
        let handler = match signals::action(&mut self.vm, -code) {
            signals::Action::End => return kernel.end_requested(self.pid, self.exit_word),
            signals::Action::Ignore => None,
            signals::Action::Call(handler) => Some(handler),
        };
        kernel.withdraw_end_request(self.exit_word, code);
        if let Some(handler) = handler {
            self.vm.call_signal_handler(handler, -code as i64);
            if let Some(TaskState::Waiting(_)) = self.tasks.first().map(|t| &t.state) {
                self.emit_state(kernel, 0, "running", None, None);
                self.tasks[0].state = TaskState::Ready;
            }
        }
        None
    }

    /// What the process's threads wait for: the soonest deadline (infinite if none) and the
    /// words with the values they wait on while unchanged.
    pub fn waits(&self) -> (f64, Vec<(u32, i32)>) {
        let mut soonest = f64::INFINITY;
        let mut words = Vec::new();
        for t in &self.tasks {
            match &t.state {
                TaskState::Waiting(Wait::Sleep { deadline }) => soonest = soonest.min(*deadline),
                TaskState::Waiting(Wait::Word {
                    word,
                    expected,
                    deadline,
                    also,
                    ..
                }) => {
                    soonest = soonest.min(deadline.unwrap_or(f64::INFINITY));
                    words.push((*word, *expected));
                    words.extend(also.iter().copied());
                }
                _ => {}
            }
        }
        (soonest, words)
    }

    /// Creates the VM of process `pid` and loads the program into it: as `__main__` for the
    /// main process, as `__mp_main__` (also reachable as `__main__`) for a child.
    pub fn new(kernel: &Arc<Kernel>, pid: Pid) -> Process {
        let (ppid, name, exit_word, is_child) = {
            let st = kernel.lock();
            let p = st.procs.get(&pid);
            (
                p.map(|p| p.ppid).unwrap_or(1),
                p.map(|p| p.name.clone()).unwrap_or_default(),
                p.map_or(0, |p| p.exit_word),
                p.is_some_and(|p| p.payload.is_some()),
            )
        };
        let mut host = ProcHost::new(kernel.clone(), pid, ppid, exit_word);
        host.importing_main = is_child;
        let mut vm = Vm::new(Box::new(host));
        vm.extension = Some(Rc::new(RuntimeModules));
        // Loaded now (it is small and imports nothing else) so that its code is among what
        // a parent hands its children: each child needs it to start.
        let _ = vm.import_module("_mpboot");
        let module_name = if is_child { "__mp_main__" } else { "__main__" };
        let mut proc = Process {
            pid,
            name,
            exit_word,
            vm,
            tasks: vec![Task {
                name: "MainThread".into(),
                daemon: false,
                state: TaskState::Ready,
            }],
            phase: Phase::Module,
            exit_code: 0,
            is_child,
        };
        let cfg = &kernel.config;
        if let Err(exc) = proc
            .vm
            .load_main(&cfg.source, &cfg.script_path, module_name)
        {
            let code = proc.vm.exit_code_for(&exc);
            proc.exit_code = code;
            proc.vm.exit_code = Some(code);
        }
        if is_child {
            if let Some(m) = proc.vm.modules.get("__mp_main__").cloned() {
                proc.vm.add_module("__main__", m);
            }
        }
        proc
    }

    /// Runs thread `tid` for at most `budget` instructions.
    pub fn run_task(&mut self, kernel: &Kernel, tid: usize, budget: u64) -> Slice {
        if let Some(TaskState::Waiting(_)) = self.tasks.get(tid).map(|t| &t.state) {
            self.emit_state(kernel, tid, "running", None, None);
        }
        self.vm.switch_thread(tid);
        let slice = if tid == 0 {
            self.run_main(kernel, budget)
        } else {
            match self.vm.run_thread(budget) {
                ThreadRun::Yielded => Slice::Ran,
                ThreadRun::Blocked(w) => Slice::Blocked(w),
                ThreadRun::Returned(_) => Slice::ThreadDone,
                ThreadRun::Raised(e) => {
                    let text = self.vm.format_exception(&e);
                    self.vm.host.write(Stream::Stderr, &text);
                    Slice::ThreadDone
                }
            }
        };
        self.adopt_new_threads(kernel);
        match &slice {
            Slice::Blocked(w) => {
                match w {
                    Wait::Sleep { deadline } => {
                        self.emit_state(kernel, tid, "sleeping", None, Some(*deadline))
                    }
                    Wait::Word { what, deadline, .. } => {
                        self.emit_state(kernel, tid, "blocked", Some(what.clone()), *deadline)
                    }
                }
                self.tasks[tid].state = TaskState::Waiting(w.clone())
            }
            Slice::ThreadDone => {
                // The views drop a thread that has ended (the main thread ends with its process).
                if tid != 0 {
                    self.emit_state(kernel, tid, "ended", None, None);
                }
                self.tasks[tid].state = TaskState::Done
            }
            _ => {}
        }
        slice
    }

    fn emit_state(
        &self,
        kernel: &Kernel,
        tid: usize,
        state: &'static str,
        on: Option<String>,
        until: Option<f64>,
    ) {
        let mut st = kernel.lock();
        if st.trace.enabled() {
            st.emit(
                self.pid,
                Event::State {
                    tid,
                    state,
                    on,
                    until,
                },
            );
        }
    }

    fn adopt_new_threads(&mut self, kernel: &Kernel) {
        let host = self.host();
        let new = std::mem::take(&mut host.new_threads);
        for t in new {
            while self.tasks.len() <= t.tid {
                self.tasks.push(Task {
                    name: String::new(),
                    daemon: false,
                    state: TaskState::Done,
                });
            }
            let mut st = kernel.lock();
            if st.trace.enabled() {
                st.emit(
                    self.pid,
                    Event::Thread {
                        tid: t.tid,
                        name: t.name.clone(),
                        op: "start",
                    },
                );
            }
            drop(st);
            self.tasks[t.tid] = Task {
                name: t.name,
                daemon: t.daemon,
                state: TaskState::Ready,
            };
        }
    }

    fn host(&mut self) -> &mut ProcHost {
        ProcHost::of(&mut self.vm)
    }

    fn run_main(&mut self, kernel: &Kernel, budget: u64) -> Slice {
        match self.phase {
            Phase::Module => match self.vm.run(budget) {
                RunOutcome::Yielded => Slice::Ran,
                RunOutcome::Blocked(w) => Slice::Blocked(w),
                RunOutcome::Finished(code) => {
                    if self.is_child && code == 0 && self.vm.exit_code == Some(0) {
                        self.start_bootstrap(kernel)
                    } else {
                        self.exit_code = code;
                        self.start_shutdown()
                    }
                }
            },
            Phase::Bootstrap | Phase::Shutdown => match self.vm.run_thread(budget) {
                ThreadRun::Yielded => Slice::Ran,
                ThreadRun::Blocked(w) => Slice::Blocked(w),
                ThreadRun::Returned(v) => self.main_call_ended(Ok(v)),
                ThreadRun::Raised(e) => self.main_call_ended(Err(e)),
            },
        }
    }

    fn main_call_ended(&mut self, r: Result<Value, Value>) -> Slice {
        let code = match r {
            Ok(Value::Int(c)) => c as i32,
            Ok(Value::Bool(b)) => b as i32,
            Ok(_) => 0,
            Err(e) => self.vm.exit_code_for(&e),
        };
        match self.phase {
            Phase::Bootstrap => {
                self.exit_code = code;
                self.start_shutdown()
            }
            _ => {
                if code != 0 && self.exit_code == 0 {
                    self.exit_code = code;
                }
                Slice::ProcessEnded(self.exit_code)
            }
        }
    }

    /// Calls `_mpboot.name(args)` on the main thread.
    fn start_boot_call(&mut self, name: &str, args: Vec<Value>) -> Result<(), i32> {
        let f = match self.vm.import_module("_mpboot") {
            Ok(Some(m)) => {
                let n = mpplay_python::value::PyStr::new(name.to_string());
                self.vm.getattr(&m, &n)
            }
            Ok(None) => return Err(1),
            Err(e) => Err(e),
        };
        match f {
            Ok(f) => {
                self.vm.set_start(f, Args::new(args));
                Ok(())
            }
            Err(PyErr::Exception(e)) => {
                let text = self.vm.format_exception(&e);
                self.vm.host.write(Stream::Stderr, &text);
                Err(1)
            }
            Err(PyErr::Block(_)) => Err(1),
        }
    }

    fn start_bootstrap(&mut self, kernel: &Kernel) -> Slice {
        let payload = kernel
            .lock()
            .procs
            .get(&self.pid)
            .and_then(|p| p.payload.clone())
            .unwrap_or_default();
        self.host().importing_main = false;
        match self.start_boot_call("bootstrap", vec![Value::bytes(payload)]) {
            Ok(()) => {
                self.phase = Phase::Bootstrap;
                Slice::Ran
            }
            Err(code) => Slice::ProcessEnded(code),
        }
    }

    /// After the main code: joins threads and children if the program used them.
    fn start_shutdown(&mut self) -> Slice {
        let uses = |m: &str| self.vm.modules.contains_key(m);
        if !(uses("threading") || uses("multiprocessing") || uses("_mp")) {
            return Slice::ProcessEnded(self.exit_code);
        }
        match self.start_boot_call("shutdown", Vec::new()) {
            Ok(()) => {
                self.phase = Phase::Shutdown;
                Slice::Ran
            }
            Err(code) => Slice::ProcessEnded(code),
        }
    }
}

/// `Ok` when the wait is over (its word changed or was woken — `woken` lists the words
/// woken since the executor last looked —, or its deadline passed); else the deadline it still waits for, if any.
pub fn wait_over(kernel: &Kernel, w: &Wait, now: f64, woken: &[u32]) -> Result<(), Option<f64>> {
    match w {
        Wait::Sleep { deadline } => {
            if now >= *deadline {
                Ok(())
            } else {
                Err(Some(*deadline))
            }
        }
        Wait::Word {
            word,
            expected,
            deadline,
            also,
            ..
        } => {
            if kernel.words.load(*word) != *expected
                || woken.contains(word)
                || deadline.is_some_and(|d| now >= d)
                || also
                    .iter()
                    .any(|(w, value)| kernel.words.load(*w) != *value || woken.contains(w))
            {
                Ok(())
            } else {
                Err(*deadline)
            }
        }
    }
}
