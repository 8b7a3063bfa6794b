//! `_mp`: the native module under `multiprocessing`, `threading` and `queue`. Each function
//! is one kernel operation, or for the hottest paths (an RLock's enter and exit, a
//! synchronized Value's access) the few a Python caller would otherwise make one by one;
//! the Python modules (`py/*.py`) build CPython's API on top.
//!
//! A blocking call is an attempt: it either completes or answers `PyErr::Block(Wait::Word)`
//! naming the shared word to wait on, and the VM retries the same call after the executor
//! has waited. A timeout's deadline survives retries in `vm.retry_deadline`. What a call
//! must remember between attempts (a semaphore's waiter registration) is kept per green
//! thread in the process's host.

use crate::channel::{Channel, Transfer};
use crate::host::{NewThread, ProcHost};
use crate::kernel::{exit, Kernel, Life};
use crate::primitives::{Attempt, Event as EventWord, Lock, Semaphore};
use crate::shm::SharedWords;
use crate::trace::Event;
use mpplay_python::value::{Args, Builtin, NativeFn, PyStr, Value};
use mpplay_python::vm::{PyErr, PyResult};
use mpplay_python::{Stream, Vm, Wait};
use std::sync::Arc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("spawn", spawn),
    ("process_limit", process_limit),
    ("importing_main", importing_main),
    ("proc_state", proc_state),
    ("exit_word", exit_word),
    ("join", join),
    ("reap", reap),
    ("terminate", terminate),
    ("parent_alive", parent_alive),
    ("task_id", task_id),
    ("alloc", alloc),
    ("hold", hold),
    ("hold_shared", hold_shared),
    ("load", load),
    ("store", store),
    ("add", add),
    ("wait_word", wait_word),
    ("wait_any", wait_any),
    ("wake", wake),
    ("lock_new", lock_new),
    ("lock_acquire", lock_acquire),
    ("lock_release", lock_release),
    ("rlock_acquire", rlock_acquire),
    ("rlock_release", rlock_release),
    ("lock_owner", lock_owner),
    ("sem_new", sem_new),
    ("sem_acquire", sem_acquire),
    ("sem_release", sem_release),
    ("sem_value", sem_value),
    ("event_new", event_new),
    ("event_set", event_set),
    ("event_clear", event_clear),
    ("event_is_set", event_is_set),
    ("event_wait", event_wait),
    ("chan_new", chan_new),
    ("chan_put", chan_put),
    ("chan_get", chan_get),
    ("chan_len", chan_len),
    ("chan_close", chan_close),
    ("chan_closed", chan_closed),
    ("request", request),
    ("shared_get", shared_get),
    ("shm_find", shm_find),
    ("shm_add", shm_add),
    ("shm_remove", shm_remove),
    ("shm_read", shm_read),
    ("shm_write", shm_write),
    ("shared_set", shared_set),
    ("synced_get", synced_get),
    ("synced_set", synced_set),
    ("dumps", dumps),
    ("loads", loads),
    ("thread_start", thread_start),
    ("thread_id", thread_id),
    ("print_exc", print_exc),
    ("write_stderr", write_stderr),
    ("trace_op", trace_op),
    ("tracing", tracing),
];

/// Methods for `multiprocessing.Lock`'s and `RLock`'s classes: a `with` block enters and
/// leaves the lock without a Python frame.
const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("lock_enter", lock_enter),
    ("lock_exit", lock_exit),
    ("rlock_enter", rlock_enter),
    ("rlock_exit", rlock_exit),
];

/// Builds the `_mp` module.
pub fn make(vm: &mut Vm) -> Value {
    let module = mpplay_python::modules::new_native_module(vm, "_mp", FUNCTIONS);
    for &(name, func) in LOCK_METHODS {
        let method = Builtin {
            name,
            func,
            this: None,
            data: None,
            method: true,
        };
        module
            .dict
            .set_str_key(name, Value::Builtin(std::rc::Rc::new(method)));
    }
    Value::Module(module)
}

// ----- access to the process -----

fn host(vm: &mut Vm) -> &mut ProcHost {
    ProcHost::of(vm)
}

fn kernel(vm: &mut Vm) -> Arc<Kernel> {
    host(vm).kernel.clone()
}

/// This green thread's identity as stored in a lock's owner word.
fn me(vm: &mut Vm) -> i32 {
    let tid = vm.current_thread as i32;
    let pid = host(vm).pid as i32;
    pid * 4096 + (tid % 4096)
}

// ----- arguments -----

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn int(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let v = arg(args, i);
    vm.index_value(&v)
}

fn word(vm: &mut Vm, args: &Args, i: usize) -> PyResult<u32> {
    let v = int(vm, args, i)?;
    u32::try_from(v).map_err(|_| vm.value_error("bad shared word".into()))
}

fn flag(vm: &mut Vm, args: &Args, i: usize) -> PyResult<bool> {
    let v = arg(args, i);
    vm.truthy(&v)
}

fn text(vm: &mut Vm, args: &Args, i: usize) -> String {
    let v = arg(args, i);
    vm.str_lossy(&v)
}

/// The name an operation on the object whose handle is argument 0 is traced and reported
/// under: its kind (argument `i`) and its handle, so views can tell two locks apart.
fn what(vm: &mut Vm, args: &Args, i: usize) -> String {
    let kind = text(vm, args, i);
    match arg(args, 0) {
        Value::Int(h) => format!("{kind} #{h}"),
        _ => kind,
    }
}

/// Traces the creation of a primitive or queue (`new`, with its permits or capacity) when
/// the creator names it (argument `i`).
fn traced_new(vm: &mut Vm, args: &Args, i: usize, handle: u32, count: i64) {
    if matches!(arg(args, i), Value::None) || !kernel(vm).tracing() {
        return;
    }
    let kind = text(vm, args, i);
    op(vm, format!("{kind} #{handle}"), "new", None, Some(count));
}

/// A timeout argument: None waits forever; negative counts as zero.
fn timeout(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Option<f64>> {
    match arg(args, i) {
        Value::None => Ok(None),
        v => Ok(Some(mpplay_python::builtins::as_f64(vm, &v)?.max(0.0))),
    }
}

// ----- blocking -----

/// The deadline of a blocking call with `timeout`, kept across retries.
fn deadline(vm: &mut Vm, timeout: Option<f64>) -> Option<f64> {
    let t = timeout?;
    Some(match vm.retry_deadline {
        Some(d) => d,
        None => {
            let d = vm.host.monotonic() + t.min(1e9);
            vm.retry_deadline = Some(d);
            d
        }
    })
}

/// Whether a deadline has passed.
fn expired(vm: &mut Vm, deadline: Option<f64>) -> bool {
    deadline.is_some_and(|d| vm.host.monotonic() >= d)
}

/// The answer of an attempt that cannot complete: the wait to block on, or `None` when the
/// caller gives up because its deadline has passed (a non-blocking call's is now).
fn wait_or_give_up(
    vm: &mut Vm,
    deadline: Option<f64>,
    word: u32,
    expected: i32,
    what: String,
) -> Option<PyErr> {
    if expired(vm, deadline) {
        vm.retry_deadline = None;
        return None;
    }
    Some(block(word, expected, deadline, what))
}

fn block(word: u32, expected: i32, deadline: Option<f64>, what: String) -> PyErr {
    PyErr::Block(Box::new(Wait::Word {
        word,
        expected,
        deadline,
        what,
        also: Vec::new(),
    }))
}

/// `wait_any([(word, value), ...], timeout, what) -> bool`: waits until one of the words
/// no longer holds its value (True) or the timeout passes (False).
fn wait_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pairs = vm.collect_iterable(&arg(&args, 0))?;
    let mut words = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let pair = vm.collect_iterable(&pair)?;
        let (w, v) = match pair.as_slice() {
            [w, v] => (vm.index_value(w)?, vm.index_value(v)?),
            _ => return Err(vm.value_error("wait_any needs (word, value) pairs".into())),
        };
        words.push((w as u32, v as i32));
    }
    let t = timeout(vm, &args, 1)?;
    let d = deadline(vm, t);
    let k = kernel(vm);
    if words.iter().any(|(w, v)| k.words.load(*w) != *v) {
        vm.retry_deadline = None;
        return Ok(Value::Bool(true));
    }
    if expired(vm, d) || words.is_empty() && d.is_none() {
        vm.retry_deadline = None;
        return Ok(Value::Bool(false));
    }
    let what = what(vm, &args, 2);
    let (word, expected) = words.first().copied().unwrap_or((0, 0));
    let also = words.get(1..).unwrap_or_default().to_vec();
    Err(PyErr::Block(Box::new(Wait::Word {
        word,
        expected,
        deadline: d,
        what,
        also,
    })))
}

fn op(vm: &mut Vm, what: String, verb: &'static str, item: Option<String>, count: Option<i64>) {
    let k = kernel(vm);
    if !k.tracing() {
        return;
    }
    let pid = host(vm).pid;
    k.lock().emit(
        pid,
        Event::Op {
            what,
            op: verb,
            item,
            count,
        },
    );
}

// ----- processes -----

/// `spawn(payload: bytes, name, daemon) -> pid`, or None when the process limit is reached
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !kernel(vm).may_spawn() {
        return Ok(Value::None);
    }
    let payload = match arg(&args, 0) {
        Value::Bytes(b) => b.data.clone(),
        _ => return Err(vm.type_error("spawn needs bytes".into())),
    };
    let name = text(vm, &args, 1);
    let daemon = flag(vm, &args, 2)?;
    let k = kernel(vm);
    let parent = host(vm).pid;
    Ok(Value::Int(k.spawn(parent, name, daemon, payload) as i64))
}

/// `process_limit() -> the most processes alive at once, or None`
fn process_limit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match kernel(vm).max_processes() {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

/// `importing_main() -> bool`: whether this is a child still running its main module's code.
fn importing_main(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(host(vm).importing_main))
}

/// `exit_word(pid=this process) -> the first of that process's exit words` (0 if none)
fn exit_word(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = match arg(&args, 0) {
        Value::None => host(vm).pid,
        _ => int(vm, &args, 0)? as u32,
    };
    let word = kernel(vm).lock().procs.get(&pid).map_or(0, |p| p.exit_word);
    Ok(Value::Int(word as i64))
}

/// `proc_state(pid) -> None while running, else the exit code`
fn proc_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int(vm, &args, 0)? as u32;
    Ok(match kernel(vm).life(pid) {
        Some(Life::Zombie(c)) | Some(Life::Reaped(c)) => Value::Int(c as i64),
        _ => Value::None,
    })
}

/// `join(pid, timeout) -> exit code, or None on timeout`; reaps the child.
fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int(vm, &args, 0)? as u32;
    let t = timeout(vm, &args, 1)?;
    let d = deadline(vm, t);
    let k = kernel(vm);
    let (word, name) = {
        let st = k.lock();
        match st.procs.get(&pid) {
            Some(p) => (p.exit_word, p.name.clone()),
            None => return Ok(Value::None),
        }
    };
    let state = k.words.load(word + exit::STATE);
    if state != exit::EXITED {
        let what = format!("join {name} (pid {pid})");
        return match wait_or_give_up(vm, d, word, state, what) {
            Some(wait) => Err(wait),
            None => Ok(Value::None),
        };
    }
    vm.retry_deadline = None;
    reap_child(vm, pid);
    proc_state(vm, Args::new(vec![Value::Int(pid as i64)]))
}

fn reap_child(vm: &mut Vm, pid: u32) {
    let k = kernel(vm);
    let me = host(vm).pid;
    k.life(pid);
    let mut st = k.lock();
    if let Some(p) = st.procs.get_mut(&pid) {
        if let Life::Zombie(c) = p.life {
            p.life = Life::Reaped(c);
            st.emit(me, Event::Reap { child: pid });
        }
    }
}

/// `reap(pid)`: reaps a child known to have exited (is_alive, active_children).
fn reap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int(vm, &args, 0)? as u32;
    reap_child(vm, pid);
    Ok(Value::None)
}

/// `terminate(pid, exitcode)`: asks a process to end abruptly (-15 terminate, -9 kill), as
/// a signal does: it ends at its next look (unless it handles SIGTERM), and `join` waits
/// for that. A child that has not begun to run (its worker not up yet) never does, and
/// has ended at once.
fn terminate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int(vm, &args, 0)? as u32;
    let code = int(vm, &args, 1)? as i32;
    kernel(vm).signal(pid, code);
    Ok(Value::None)
}

/// `parent_alive() -> bool`
fn parent_alive(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ppid = host(vm).ppid;
    Ok(Value::Bool(matches!(
        kernel(vm).life(ppid),
        Some(Life::Running)
    )))
}

fn task_id(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(me(vm) as i64))
}

// ----- raw words -----

/// `alloc(n) -> first word`
fn alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = word(vm, &args, 0)?;
    match kernel(vm).alloc_words(n) {
        Some(at) => Ok(Value::Int(at as i64)),
        None => {
            let cls = vm.types.exc.memory_error.clone();
            Err(vm.new_error(&cls, "shared memory of the run is full".into()))
        }
    }
}

/// A process's hold on blocks of shared words, kept by the Python object that owns them:
/// the blocks are given back when the object goes (`heap`) — unless the process was
/// terminated or killed, when children it started may still use them (as orphans do).
/// A hold that shares its blocks with holds in other processes (`users`: a word counting
/// them) gives them back only as the last of them goes.
struct Holds {
    kernel: Arc<Kernel>,
    pid: u32,
    blocks: Vec<u32>,
    users: Option<u32>,
}

impl Drop for Holds {
    fn drop(&mut self) {
        let killed = self
            .kernel
            .lock()
            .procs
            .get(&self.pid)
            .is_some_and(|p| p.kill.is_some());
        if killed {
            return;
        }
        if let Some(users) = self.users {
            if self.kernel.words.add(users, -1) != 1 {
                return;
            }
            self.kernel.release_words(users);
        }
        for b in &self.blocks {
            self.kernel.release_words(*b);
        }
    }
}

fn blocks(vm: &mut Vm, v: &Value) -> PyResult<Vec<u32>> {
    let items = Args::new(vm.collect_iterable(v)?);
    (0..items.pos.len()).map(|i| word(vm, &items, i)).collect()
}

fn set_hold(vm: &mut Vm, owner: Value, blocks: Vec<u32>, users: Option<u32>) -> PyResult<Value> {
    let Value::Instance(owner) = owner else {
        return Err(vm.type_error("hold() needs an instance".into()));
    };
    let holds = Holds {
        kernel: kernel(vm),
        pid: host(vm).pid,
        blocks,
        users,
    };
    *owner.native.borrow_mut() = Some(Box::new(holds));
    Ok(Value::None)
}

/// `hold(obj, blocks)`: `obj` holds `blocks` (the one hold a new block comes with) until
/// it is dropped.
fn hold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let blocks = blocks(vm, &arg(&args, 1))?;
    set_hold(vm, arg(&args, 0), blocks, None)
}

/// `hold_shared(obj, users, blocks)`: `obj` is one of the holds counted by the word
/// `users`; the last of them to be dropped gives back `blocks` and `users`.
fn hold_shared(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let users = word(vm, &args, 1)?;
    let blocks = blocks(vm, &arg(&args, 2))?;
    set_hold(vm, arg(&args, 0), blocks, Some(users))
}

fn load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    Ok(Value::Int(kernel(vm).words.load(w) as i64))
}

fn store(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    let v = int(vm, &args, 1)? as i32;
    kernel(vm).words.store(w, v);
    Ok(Value::None)
}

/// `add(word, delta) -> previous value`
fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    let d = int(vm, &args, 1)? as i32;
    Ok(Value::Int(kernel(vm).words.add(w, d) as i64))
}

/// `wait_word(word, expected, timeout, what) -> False when it timed out`
fn wait_word(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    let expected = int(vm, &args, 1)? as i32;
    let t = timeout(vm, &args, 2)?;
    let d = deadline(vm, t);
    if kernel(vm).words.load(w) != expected {
        vm.retry_deadline = None;
        return Ok(Value::Bool(true));
    }
    let what = what(vm, &args, 3);
    match wait_or_give_up(vm, d, w, expected, what) {
        Some(wait) => Err(wait),
        None => Ok(Value::Bool(false)),
    }
}

fn wake(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    kernel(vm).wake(w);
    Ok(Value::None)
}

// ----- locks -----

fn new_words(vm: &mut Vm, n: u32) -> PyResult<u32> {
    match alloc(vm, Args::new(vec![Value::Int(n as i64)]))? {
        Value::Int(w) => Ok(w as u32),
        _ => unreachable!("alloc answers an int"),
    }
}

/// `lock_new(name=None) -> h`
fn lock_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = new_words(vm, 2)?;
    kernel(vm).lock().locks.insert(base);
    traced_new(vm, &args, 0, base, 1);
    Ok(Value::Int(base as i64))
}

/// `lock_acquire(h, block, timeout, what) -> bool`
fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    Ok(Value::Bool(acquire_lock(vm, &args, base, 1, Kind::Arg(3))?))
}

/// The kind a lock is traced and waited on as: named by the caller's argument at that
/// index, or fixed. Read only when needed: most acquires neither wait nor trace.
#[derive(Clone, Copy)]
enum Kind {
    Arg(usize),
    Named(&'static str),
}

impl Kind {
    fn of(self, vm: &mut Vm, args: &Args, base: u32) -> String {
        match self {
            Kind::Arg(i) => format!("{} #{base}", text(vm, args, i)),
            Kind::Named(kind) => format!("{kind} #{base}"),
        }
    }
}

/// Acquires the lock at `base` for this thread, as asked by arguments `block` and
/// `timeout` at `at` and `at + 1`: whether it was acquired, or the wait to retry after.
fn acquire_lock(vm: &mut Vm, args: &Args, base: u32, at: usize, kind: Kind) -> PyResult<bool> {
    let blocking = flag(vm, args, at)?;
    let t = if blocking {
        timeout(vm, args, at + 1)?
    } else {
        Some(0.0)
    };
    let d = deadline(vm, t);
    let who = me(vm);
    let k = kernel(vm);
    match Lock::at(base).try_acquire(&k.words, who) {
        Attempt::Acquired => {
            vm.retry_deadline = None;
            if k.tracing() {
                let what = kind.of(vm, args, base);
                op(vm, what, "acquire", None, None);
            }
            Ok(true)
        }
        Attempt::Wait { word, expected } => {
            let what = kind.of(vm, args, base);
            match wait_or_give_up(vm, d, word, expected, what) {
                Some(wait) => Err(wait),
                None => Ok(false),
            }
        }
    }
}

/// `lock_release(h, what) -> False when it was not locked`
fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    Ok(Value::Bool(release_lock(vm, &args, base, Kind::Arg(1))))
}

/// Releases the lock at `base`, waking a waiter; false when it was not locked.
fn release_lock(vm: &mut Vm, args: &Args, base: u32, kind: Kind) -> bool {
    let k = kernel(vm);
    let lock = Lock::at(base);
    // Traced before it happens, as for semaphores: the next holder's acquire comes after.
    if k.tracing() && lock.holder(&k.words).is_some() {
        let what = kind.of(vm, args, base);
        op(vm, what, "release", None, None);
    }
    match lock.release(&k.words) {
        Ok(w) => {
            if let Some(w) = w {
                k.wake(w);
            }
            true
        }
        Err(_) => false,
    }
}

/// `rlock_acquire(h, state, block, timeout) -> bool`: an RLock's acquire in one call. The
/// words at `state` hold its owner and how many times the owner has acquired it.
fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let state = word(vm, &args, 1)?;
    let who = me(vm);
    let k = kernel(vm);
    if k.words.load(state) == who {
        k.words.add(state + 1, 1);
        return Ok(Value::Bool(true));
    }
    let acquired = acquire_lock(vm, &args, base, 2, Kind::Named("RLock"))?;
    if acquired {
        k.words.store(state, who);
        k.words.store(state + 1, 1);
    }
    Ok(Value::Bool(acquired))
}

/// `rlock_release(h, state) -> False when this thread does not own it`
fn rlock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let state = word(vm, &args, 1)?;
    let who = me(vm);
    let k = kernel(vm);
    if k.words.load(state) != who {
        return Ok(Value::Bool(false));
    }
    if k.words.add(state + 1, -1) == 1 {
        k.words.store(state, 0);
        release_lock(vm, &args, base, Kind::Named("RLock"));
    }
    Ok(Value::Bool(true))
}

/// `lock_owner(h) -> task id or 0`
fn lock_owner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let k = kernel(vm);
    Ok(Value::Int(
        Lock::at(base).holder(&k.words).unwrap_or(0) as i64
    ))
}

// ----- semaphores -----

fn sem_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = int(vm, &args, 0)? as i32;
    let base = new_words(vm, 2)?;
    Semaphore::at(base).init(&kernel(vm).words, value);
    traced_new(vm, &args, 1, base, value as i64);
    Ok(Value::Int(base as i64))
}

/// `sem_acquire(h, block, timeout, what) -> bool`
fn sem_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let blocking = flag(vm, &args, 1)?;
    let t = if blocking {
        timeout(vm, &args, 2)?
    } else {
        Some(0.0)
    };
    let d = deadline(vm, t);
    let tid = vm.current_thread;
    let k = kernel(vm);
    let sem = Semaphore::at(base);
    let registered = host(vm).registered.contains(&(tid, base));
    let (attempt, still) = sem.try_acquire(&k.words, registered);
    let set = &mut host(vm).registered;
    if still {
        set.insert((tid, base));
    } else {
        set.remove(&(tid, base));
    }
    match attempt {
        Attempt::Acquired => {
            vm.retry_deadline = None;
            let what = what(vm, &args, 3);
            let left = sem.value(&k.words) as i64;
            op(vm, what, "acquire", None, Some(left));
            Ok(Value::Bool(true))
        }
        Attempt::Wait { word, expected } => {
            let what = what(vm, &args, 3);
            if let Some(wait) = wait_or_give_up(vm, d, word, expected, what) {
                return Err(wait);
            }
            if still {
                sem.cancel_wait(&k.words);
                host(vm).registered.remove(&(tid, base));
            }
            Ok(Value::Bool(false))
        }
    }
}

/// `sem_release(h, bound or None, what) -> False when a bounded semaphore is full`
fn sem_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let bound = match arg(&args, 1) {
        Value::None => None,
        v => Some(vm.index_value(&v)? as i32),
    };
    let k = kernel(vm);
    let sem = Semaphore::at(base);
    // Traced before it happens: a waiter that gets the permit traces its acquire after
    // this, so the stream never shows more holders than permits.
    let value = sem.value(&k.words);
    if bound.is_none_or(|b| value < b) {
        let what = what(vm, &args, 2);
        op(vm, what, "release", None, Some(value as i64 + 1));
    }
    match sem.release(&k.words, bound) {
        Ok(w) => {
            if let Some(w) = w {
                k.wake(w);
            }
            Ok(Value::Bool(true))
        }
        Err(_) => Ok(Value::Bool(false)),
    }
}

fn sem_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    Ok(Value::Int(
        Semaphore::at(base).value(&kernel(vm).words) as i64
    ))
}

// ----- events -----

/// `event_new(name=None) -> h`
fn event_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = new_words(vm, 1)?;
    traced_new(vm, &args, 0, w, 0);
    Ok(Value::Int(w as i64))
}

fn event_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    let k = kernel(vm);
    if let Some(w) = EventWord::at(w).set(&k.words) {
        k.wake(w);
    }
    let what = what(vm, &args, 1);
    op(vm, what, "set", None, None);
    Ok(Value::None)
}

fn event_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    EventWord::at(w).clear(&kernel(vm).words);
    let what = what(vm, &args, 1);
    op(vm, what, "clear", None, None);
    Ok(Value::None)
}

fn event_is_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    Ok(Value::Bool(EventWord::at(w).is_set(&kernel(vm).words)))
}

/// `event_wait(h, timeout, what) -> the flag`
fn event_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = word(vm, &args, 0)?;
    let t = timeout(vm, &args, 1)?;
    let d = deadline(vm, t);
    let k = kernel(vm);
    match EventWord::at(w).try_wait(&k.words) {
        Attempt::Acquired => {
            vm.retry_deadline = None;
            Ok(Value::Bool(true))
        }
        Attempt::Wait { word, expected } => {
            let what = what(vm, &args, 2);
            match wait_or_give_up(vm, d, word, expected, what) {
                Some(wait) => Err(wait),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

// ----- channels (queues and pipes) -----
//
// A channel handle is its base word; the word before it is the closed flag.

/// `chan_new(capacity_bytes, name=None, maxsize=0) -> h` (maxsize 0: unbounded)
fn chan_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cap = word(vm, &args, 0)?.max(64);
    let base = new_words(vm, Channel::words_needed(cap))?;
    Channel::at(base).init(&kernel(vm).words, cap);
    let maxsize = match arg(&args, 2) {
        Value::Int(n) if n < i32::MAX as i64 => n,
        _ => 0,
    };
    traced_new(vm, &args, 1, base, maxsize);
    Ok(Value::Int(base as i64))
}

/// `chan_put(h, obj, block, timeout, max_items or None, what) -> bool` (False: full)
fn chan_put(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let item = arg(&args, 1);
    let blocking = flag(vm, &args, 2)?;
    let t = if blocking {
        timeout(vm, &args, 3)?
    } else {
        Some(0.0)
    };
    let max_items = match arg(&args, 4) {
        Value::None => None,
        v => Some(vm.index_value(&v)? as u32),
    };
    let data = match &item {
        Value::Bytes(b) if matches!(arg(&args, 6), Value::Bool(true)) => b.data.clone(),
        _ => mpplay_python::pickle::dumps(vm, &item)?,
    };
    let d = deadline(vm, t);
    let who = me(vm);
    let k = kernel(vm);
    let mut wakes = Vec::new();
    let r = Channel::at(base).try_put(&k.words, who, &data, max_items, &mut wakes);
    k.wake_all(&wakes);
    match r {
        Err(_) => Err(vm.value_error(format!(
            "message of {} bytes is larger than the queue's buffer",
            data.len()
        ))),
        Ok(Transfer::Done(())) => {
            vm.retry_deadline = None;
            if k.tracing() {
                let what = what(vm, &args, 5);
                let shown = vm.repr(&item).map(|s| s.as_str().to_string()).ok();
                let n = Channel::at(base).len(&k.words) as i64;
                op(vm, what, "put", shown, Some(n));
            }
            Ok(Value::Bool(true))
        }
        Ok(Transfer::Busy { word, expected }) => {
            Err(block(word, expected, None, what(vm, &args, 5)))
        }
        Ok(Transfer::Wait { word, expected }) => {
            let what = what(vm, &args, 5);
            match wait_or_give_up(vm, d, word, expected, what) {
                Some(wait) => Err(wait),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

/// `chan_get(h, block, timeout, what, raw, writer_exit) -> (status, obj)`: status 0 got an
/// item, 1 empty (or timed out), 2 the channel is empty and closed, or empty and its
/// writer (whose exit word is `writer_exit`) has ended.
fn chan_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let blocking = flag(vm, &args, 1)?;
    let t = if blocking {
        timeout(vm, &args, 2)?
    } else {
        Some(0.0)
    };
    let raw = matches!(arg(&args, 4), Value::Bool(true));
    // The one process that writes here, when it is known: its end is an EOF too, as a
    // socket's is when the process at its other end dies.
    let writer_exit = match arg(&args, 5) {
        Value::None => None,
        _ => Some(word(vm, &args, 5)?),
    };
    let d = deadline(vm, t);
    let who = me(vm);
    let k = kernel(vm);
    let mut wakes = Vec::new();
    let r = Channel::at(base).try_get(&k.words, who, &mut wakes);
    k.wake_all(&wakes);
    match r {
        Transfer::Done(bytes) => {
            vm.retry_deadline = None;
            let item = if raw {
                Value::bytes(bytes)
            } else {
                mpplay_python::pickle::loads(vm, &bytes)?
            };
            if k.tracing() {
                let what = what(vm, &args, 3);
                let shown = vm.repr(&item).map(|s| s.as_str().to_string()).ok();
                let n = Channel::at(base).len(&k.words) as i64;
                op(vm, what, "get", shown, Some(n));
            }
            Ok(Value::tuple(vec![Value::Int(0), item]))
        }
        Transfer::Wait { word, expected } | Transfer::Busy { word, expected } => {
            let busy = matches!(r, Transfer::Busy { .. });
            let chan = Channel::at(base);
            // The writer's exit state, watched while waiting: it is gone once it ends (and
            // its end is an EOF even if it died holding the ring's lock).
            let writer_state = writer_exit.map(|w| (w, k.words.load(w + exit::STATE)));
            let writer_gone =
                writer_state.is_some_and(|(_, s)| matches!(s, exit::ENDING | exit::EXITED));
            if chan.is_empty(&k.words) && (chan.is_closed(&k.words) || writer_gone) {
                vm.retry_deadline = None;
                return Ok(Value::tuple(vec![Value::Int(2), Value::None]));
            }
            if !busy && expired(vm, d) {
                vm.retry_deadline = None;
                return Ok(Value::tuple(vec![Value::Int(1), Value::None]));
            }
            Err(PyErr::Block(Box::new(Wait::Word {
                word,
                expected,
                deadline: if busy { None } else { d },
                what: what(vm, &args, 3),
                also: writer_state.into_iter().collect(),
            })))
        }
    }
}

fn chan_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    Ok(Value::Int(Channel::at(base).len(&kernel(vm).words) as i64))
}

/// `chan_closed(h) -> bool`
fn chan_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    Ok(Value::Bool(Channel::at(base).is_closed(&kernel(vm).words)))
}

/// `chan_close(h)`: no more messages will come; getters of an empty channel get EOF.
fn chan_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let k = kernel(vm);
    let chan = Channel::at(base);
    chan.close(&k.words);
    let w = chan.wake_getters(&k.words);
    k.wake(w);
    Ok(Value::None)
}

// ----- ctypes-like values in shared words (two words per element) -----

/// `shared_get(base, typecode, index)`
fn shared_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let code = text(vm, &args, 1);
    let i = word(vm, &args, 2)?;
    let k = kernel(vm);
    let at = base + 2 * i;
    let bits = (k.words.load(at) as u32 as u64) | ((k.words.load(at + 1) as u32 as u64) << 32);
    Ok(match code.as_str() {
        "d" => Value::Float(f64::from_bits(bits)),
        "f" => Value::Float(f32::from_bits(bits as u32) as f64),
        "c" => Value::bytes(vec![bits as u8]),
        "?" => Value::Bool(bits != 0),
        "u" => Value::string(char::from_u32(bits as u32).unwrap_or('\0').to_string()),
        _ => Value::Int(bits as i64),
    })
}

// ----- named shared memory blocks (`shm_names`) -----

/// `shm_find(name)`: `(first word, size)` of the block named `name`, or None.
fn shm_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text(vm, &args, 0);
    Ok(match crate::shm_names::find(&kernel(vm), &name) {
        Some(b) => Value::tuple(vec![Value::Int(b.at as i64), Value::Int(b.size as i64)]),
        None => Value::None,
    })
}

/// `shm_add(name, size)`: a new zeroed block's first word; None when the name is taken.
fn shm_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::shm_names::AddError;
    let name = text(vm, &args, 0);
    let size = word(vm, &args, 1)?;
    match crate::shm_names::add(&kernel(vm), &name, size) {
        Ok(b) => Ok(Value::Int(b.at as i64)),
        Err(AddError::Exists) => Ok(Value::None),
        Err(AddError::DirectoryFull) => {
            let cls = vm.types.exc.os_error.clone();
            Err(vm.new_error(
                &cls,
                "[Errno 24] Too many named shared memory blocks".into(),
            ))
        }
        Err(AddError::RegionFull) => {
            let cls = vm.types.exc.memory_error.clone();
            Err(vm.new_error(&cls, "shared memory of the run is full".into()))
        }
    }
}

/// `shm_remove(name)`: forgets the name and frees its block; whether it existed.
fn shm_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text(vm, &args, 0);
    Ok(Value::Bool(crate::shm_names::remove(&kernel(vm), &name)))
}

/// `shm_read(first_word, offset, n)`: bytes of a block.
fn shm_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let at = word(vm, &args, 0)?;
    let offset = word(vm, &args, 1)?;
    let n = word(vm, &args, 2)?;
    Ok(Value::bytes(crate::shm_names::read(
        &kernel(vm),
        at,
        offset,
        n,
    )))
}

/// `shm_write(first_word, offset, data)`: writes bytes into a block.
fn shm_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let at = word(vm, &args, 0)?;
    let offset = word(vm, &args, 1)?;
    let data = match arg(&args, 2) {
        Value::Bytes(b) => b.data.clone(),
        _ => return Err(vm.type_error("shm_write() needs bytes".into())),
    };
    crate::shm_names::write(&kernel(vm), at, offset, &data);
    Ok(Value::None)
}

/// `shared_set(base, typecode, index, value)`: stores with C's wrap-around for ints.
fn shared_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = word(vm, &args, 0)?;
    let code = text(vm, &args, 1);
    let i = word(vm, &args, 2)?;
    let v = arg(&args, 3);
    let bits: u64 = match code.as_str() {
        "d" | "f" => {
            let f = mpplay_python::builtins::as_f64(vm, &v)?;
            if code == "d" {
                f.to_bits()
            } else {
                (f as f32).to_bits() as u64
            }
        }
        "?" => vm.truthy(&v)? as u64,
        "c" => match vm.base_value(&v) {
            Value::Bytes(b) if b.data.len() == 1 => b.data[0] as u64,
            Value::Int(i) if (0..=255).contains(&i) => i as u64,
            _ => {
                return Err(
                    vm.type_error("one character bytes, bytearray or integer expected".into())
                );
            }
        },
        "u" => match &v {
            Value::Str(s) if s.as_str().chars().count() == 1 => {
                s.as_str().chars().next().map(|c| c as u64).unwrap_or(0)
            }
            _ => {
                return Err(vm.type_error("unicode string expected instead of int instance".into()))
            }
        },
        _ => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("int expected instead of float".into()));
            }
            let n = vm.index_value(&v)?;
            let width = match code.as_str() {
                "b" | "B" => 8,
                "h" | "H" => 16,
                "i" | "I" => 32,
                _ => 64,
            };
            let signed = code.chars().all(|c| c.is_ascii_lowercase());
            let raw = (n as u64)
                & if width == 64 {
                    u64::MAX
                } else {
                    (1u64 << width) - 1
                };
            if signed && width < 64 && raw >> (width - 1) & 1 == 1 {
                raw | !((1u64 << width) - 1)
            } else {
                raw
            }
        }
    };
    let k = kernel(vm);
    let at = base + 2 * i;
    k.words.store(at, bits as u32 as i32);
    k.words.store(at + 1, (bits >> 32) as u32 as i32);
    // The views show the value as a reader gets it (wrapped to the type's width).
    if k.tracing() {
        let cell = vec![
            Value::Int(base as i64),
            Value::str(&code),
            Value::Int(i as i64),
        ];
        let now = shared_get(vm, Args::new(cell))?;
        let shown = vm.repr(&now)?.as_str().to_string();
        op(
            vm,
            format!("Shared #{base}"),
            "set",
            Some(shown),
            Some(i as i64),
        );
    }
    Ok(Value::None)
}

thread_local! {
    /// The names of a lock's attributes `_h` and `_state` (an RLock's), made once per
    /// thread rather than at every `with`.
    static LOCK_FIELDS: [PyStr; 2] = ["_h", "_state"].map(|name| PyStr::new(name.to_string()));
}

/// The first `n` of a lock's words `_h` and `_state`, from its attributes.
fn lock_words(vm: &mut Vm, args: &Args, n: usize) -> PyResult<Vec<Value>> {
    let lock = arg(args, 0);
    LOCK_FIELDS.with(|names| {
        names[..n]
            .iter()
            .map(|name| vm.getattr(&lock, name))
            .collect()
    })
}

/// `Lock.__enter__(self)`: acquires it, blocking.
fn lock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut words = lock_words(vm, &args, 1)?;
    words.extend([Value::Bool(true), Value::None]);
    let args = Args::new(words);
    let base = word(vm, &args, 0)?;
    Ok(Value::Bool(acquire_lock(
        vm,
        &args,
        base,
        1,
        Kind::Named("Lock"),
    )?))
}

/// `Lock.__exit__(self, *exc_info)`: releases it; lets any exception go on.
fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = Args::new(lock_words(vm, &args, 1)?);
    let base = word(vm, &args, 0)?;
    if release_lock(vm, &args, base, Kind::Named("Lock")) {
        return Ok(Value::None);
    }
    let cls = vm.types.exc.value_error.clone();
    let msg = "semaphore or lock released too many times";
    Err(vm.new_error(&cls, msg.into()))
}

/// `RLock.__enter__(self)`: acquires it, blocking.
fn rlock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut words = lock_words(vm, &args, 2)?;
    words.extend([Value::Bool(true), Value::None]);
    rlock_acquire(vm, Args::new(words))
}

/// `RLock.__exit__(self, *exc_info)`: releases it; lets any exception go on.
fn rlock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let words = lock_words(vm, &args, 2)?;
    match rlock_release(vm, Args::new(words))? {
        Value::Bool(false) => {
            let cls = vm.types.exc.assertion_error.clone();
            let msg = "attempt to release recursive lock not owned by thread";
            Err(vm.new_error(&cls, msg.into()))
        }
        _ => Ok(Value::None),
    }
}

/// `synced_get(h, state, base, typecode)`: a synchronized Value's read under its RLock (at
/// `h`, with `state`), in one call; when this thread holds the lock already, just the read.
fn synced_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    under_rlock(vm, &args, |vm| {
        shared_get(
            vm,
            Args::new(vec![arg(&args, 2), arg(&args, 3), Value::Int(0)]),
        )
    })
}

/// `synced_set(h, state, base, typecode, value)`: the store, as `synced_get` reads.
fn synced_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    under_rlock(vm, &args, |vm| {
        let cell = vec![arg(&args, 2), arg(&args, 3), Value::Int(0), arg(&args, 4)];
        shared_set(vm, Args::new(cell))
    })
}

/// Runs `body` holding the RLock of arguments 0 and 1 (a blocked acquire is retried
/// whole, having changed nothing), and releases it even when `body` fails.
fn under_rlock(
    vm: &mut Vm,
    args: &Args,
    body: impl FnOnce(&mut Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    let lock = vec![arg(args, 0), arg(args, 1), Value::Bool(true), Value::None];
    rlock_acquire(vm, Args::new(lock))?;
    let done = body(vm);
    rlock_release(vm, Args::new(vec![arg(args, 0), arg(args, 1)]))?;
    done
}

/// `tracing() -> bool`: whether the run records events, so that what only the views need
/// is worked out only then.
fn tracing(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(kernel(vm).tracing()))
}

/// `request(req_h, reply_h, msg, what) -> reply`: sends a request and waits for its reply,
/// one call. A retry after a wait for the reply does not send again: the host remembers
/// which green thread has a request in flight.
fn request(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let req = word(vm, &args, 0)?;
    let reply = word(vm, &args, 1)?;
    let tid = vm.current_thread;
    let who = me(vm);
    let k = kernel(vm);
    let what = what(vm, &args, 3);
    let mut wakes = Vec::new();
    if !host(vm).in_flight.contains(&(tid, reply)) {
        let msg = arg(&args, 2);
        let data = mpplay_python::pickle::dumps(vm, &msg)?;
        match Channel::at(req).try_put(&k.words, who, &data, None, &mut wakes) {
            Err(_) => return Err(vm.value_error("request too large".into())),
            Ok(Transfer::Wait { word, expected } | Transfer::Busy { word, expected }) => {
                k.wake_all(&wakes);
                return Err(block(word, expected, None, what));
            }
            Ok(Transfer::Done(())) => {
                k.wake_all(&wakes);
                wakes.clear();
                host(vm).in_flight.insert((tid, reply));
            }
        }
    }
    let r = Channel::at(reply).try_get(&k.words, who, &mut wakes);
    k.wake_all(&wakes);
    match r {
        Transfer::Done(bytes) => {
            host(vm).in_flight.remove(&(tid, reply));
            mpplay_python::pickle::loads(vm, &bytes)
        }
        Transfer::Wait { word, expected } | Transfer::Busy { word, expected } => {
            Err(block(word, expected, None, what))
        }
    }
}

// ----- values across processes -----

fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    Ok(Value::bytes(mpplay_python::pickle::dumps(vm, &v)?))
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Bytes(b) => {
            let data = b.data.clone();
            mpplay_python::pickle::loads(vm, &data)
        }
        _ => Err(vm.type_error("loads needs bytes".into())),
    }
}

// ----- green threads -----

/// `thread_start(callable, args, name, daemon) -> tid`
fn thread_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let callable = arg(&args, 0);
    let call_args = match arg(&args, 1) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let name = text(vm, &args, 2);
    let daemon = flag(vm, &args, 3)?;
    let tid = vm.new_thread(callable, Args::new(call_args));
    host(vm).new_threads.push(NewThread { tid, name, daemon });
    Ok(Value::Int(tid as i64))
}

fn thread_id(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.current_thread as i64))
}

// ----- output -----

/// `print_exc(exc)`: the traceback of `exc` to stderr, as CPython's default hook writes it.
fn print_exc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = arg(&args, 0);
    let text = vm.format_exception(&exc);
    vm.host.write(Stream::Stderr, &text);
    Ok(Value::None)
}

fn write_stderr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args, 0);
    vm.host.write(Stream::Stderr, &t);
    Ok(Value::None)
}

/// `trace_op(what, op, item_repr)`: an event from library code (manager, pool).
fn trace_op(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = text(vm, &args, 0);
    let verb: &'static str = match text(vm, &args, 1).as_str() {
        "request" => "request",
        "reply" => "reply",
        "task" => "task",
        "result" => "result",
        "callback" => "callback",
        "notify" => "notify",
        "wait" => "wait",
        "task_done" => "task_done",
        "new" => "new",
        "value" => "value",
        _ => "other",
    };
    let item = match arg(&args, 2) {
        Value::None => None,
        _ => Some(text(vm, &args, 2)),
    };
    let count = match arg(&args, 3) {
        Value::Int(n) => Some(n),
        _ => None,
    };
    op(vm, what, verb, item, count);
    Ok(Value::None)
}
