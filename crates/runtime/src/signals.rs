//! `_signal`: signals between the processes of a run, under Python's `signal` module
//! (`py/signal.py`) and `os.kill`.
//!
//! A signal travels as an end request on the receiver's exit words (`kernel::exit`), the
//! way `terminate()` and `kill()` always have: its code is minus the signal's number. The
//! receiver looks at its requests between slices (`Process::end_requested`) and asks
//! `action` what the signal does there: end the process, nothing, or run the handler
//! the program set, on its main thread between two instructions, as CPython does.

use crate::host::ProcHost;
use crate::kernel::Life;
use mpplay_python::modules::{builtin_function, new_native_module};
use mpplay_python::value::{Args, NativeFn, Value};
use mpplay_python::vm::PyResult;
use mpplay_python::Vm;

pub const SIGINT: i32 = 2;
pub const SIGKILL: i32 = 9;
const SIGPIPE: i32 = 13;
/// SIGSTOP, SIGTSTP, SIGTTIN and SIGTTOU stop a process, which cannot be done here.
const STOPPING: std::ops::RangeInclusive<i32> = 19..=22;
const SIGXFSZ: i32 = 25;
/// Signals are numbered 1 to NSIG - 1, as on Linux.
const NSIG: i64 = 65;

/// `signal.SIG_IGN` as the handler table holds it (SIG_DFL is 0).
const SIG_IGN: i64 = 1;

/// What a signal does to the process that receives it.
pub enum Action {
    End,
    Ignore,
    /// Calls the handler with the signal's number and the frame it interrupts.
    Call(Value),
}

/// What `signum` does in the process `vm` runs, by the handler its program set.
pub fn action(vm: &mut Vm, signum: i32) -> Action {
    match ProcHost::of(vm).signal_handlers.get(&signum).cloned() {
        Some(Value::Int(SIG_IGN)) => Action::Ignore,
        Some(Value::Int(_)) => default_action(signum),
        Some(handler) => Action::Call(handler),
        // The handlers the interpreter sets at its start.
        None => match signum {
            SIGINT => Action::Call(builtin_function("default_int_handler", default_int_handler)),
            SIGPIPE | SIGXFSZ => Action::Ignore,
            _ => default_action(signum),
        },
    }
}

/// What a signal does by default: most end the process; these four are ignored.
fn default_action(signum: i32) -> Action {
    match signum {
        17 | 18 | 23 | 28 => Action::Ignore, // SIGCHLD, SIGCONT, SIGURG, SIGWINCH
        _ => Action::End,
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("settable", settable),
    ("signal", signal),
    ("getsignal", getsignal),
    ("kill", kill),
    ("default_int_handler", default_int_handler),
];

/// Builds the `_signal` module.
pub fn make(vm: &mut Vm) -> Value {
    Value::Module(new_native_module(vm, "_signal", FUNCTIONS))
}

/// The signal number argument `i`, checked to be one.
fn signum(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let v = args.pos.get(i).cloned().unwrap_or(Value::None);
    let n = vm.index_value(&v)?;
    if !(1..NSIG).contains(&n) {
        return Err(vm.value_error("signal number out of range".into()));
    }
    Ok(n as i32)
}

/// `settable(signum) -> signum`: checks that this thread may set a handler for a signal
/// of that number, in CPython's order (`signal.py` checks the rest).
fn settable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if vm.current_thread != 0 {
        return Err(
            vm.value_error("signal only works in main thread of the main interpreter".into())
        );
    }
    Ok(Value::Int(signum(vm, &args, 0)? as i64))
}

/// `signal(signum, handler) -> the handler before, or None if the program never set one`:
/// `handler` is 0 (SIG_DFL), 1 (SIG_IGN) or a callable, as `signal.py` has checked.
fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = signum(vm, &args, 0)?;
    let handler = args.pos.get(1).cloned().unwrap_or(Value::None);
    let before = ProcHost::of(vm).signal_handlers.insert(n, handler);
    Ok(before.unwrap_or(Value::None))
}

/// `getsignal(signum) -> the handler the program set, or None`
fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = signum(vm, &args, 0)?;
    Ok(ProcHost::of(vm)
        .signal_handlers
        .get(&n)
        .cloned()
        .unwrap_or(Value::None))
}

/// `kill(pid, signum)`: sends `signum` to another process of the run (0 only checks that
/// it exists). Answers 0, or the errno os.kill raises: 3 when there is no such process, 22
/// for no such signal, 95 for the signals that would stop a process, which cannot be
/// done here.
fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = vm.index_value(&args.pos.first().cloned().unwrap_or(Value::None))?;
    let sig = vm.index_value(&args.pos.get(1).cloned().unwrap_or(Value::None))?;
    if !(0..NSIG).contains(&sig) || sig == 32 || sig == 33 {
        return Ok(Value::Int(22));
    }
    let kernel = ProcHost::of(vm).kernel.clone();
    let Ok(pid) = u32::try_from(pid) else {
        return Ok(Value::Int(3));
    };
    let life = kernel.life(pid);
    let errno = match life {
        None | Some(Life::Reaped(_)) => 3,
        _ if sig == 0 => 0,
        Some(Life::Zombie(_)) => 0,
        _ if STOPPING.contains(&(sig as i32)) => 95,
        _ => {
            let code = -(sig as i32);
            match (default_action(sig as i32), life) {
                (Action::End, _) => kernel.signal(pid, code),
                // Ignored unless the process set a handler, which it has not before it runs.
                (_, Some(Life::Starting)) => {}
                _ => {
                    let word = kernel.lock().procs.get(&pid).map_or(0, |p| p.exit_word);
                    kernel.ask_to_end(word, code);
                }
            }
            0
        }
    };
    Ok(Value::Int(errno))
}

/// `default_int_handler(signum, frame)`: Python's handler of SIGINT.
fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let cls = vm.types.exc.keyboard_interrupt.clone();
    Err(mpplay_python::vm::PyErr::Exception(
        vm.new_exception(&cls, Vec::new()),
    ))
}
