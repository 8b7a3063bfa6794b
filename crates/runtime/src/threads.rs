//! The threads executor: one OS thread per process, real time, and real waits on the
//! shared words (the atomics backend parks the thread until a wake or a timeout). The same
//! attempts as under the simulator, now under real parallelism.
//!
//! A process's green threads share its OS thread: it runs whichever is ready and, when all
//! wait, parks on the one word they wait on, or — when they wait on several — on the
//! process's doorbell, which the kernel rings when any of those words is woken.

use crate::kernel::{header, Kernel, Life, Pid};
use crate::process::{wait_over, Process, Slice, TaskState};
use mpplay_python::{Stream, Wait};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Exit code when a run exceeds its timeout.
pub const TIMEOUT_EXIT: i32 = 124;

/// Instructions a process runs between looks at its other threads and at kills.
const SLICE: u64 = 20_000;

/// Rounds of 64 spin hints before a waiting process parks (about 20 µs).
const SPINS: u32 = 40;

/// Longest a parked thread sleeps before it looks again (the clock, a missed wake).
const CHECK_EVERY: f64 = 0.05;

/// Processes still running, and the main process's exit code once known.
struct Live {
    running: Mutex<(usize, Option<i32>)>,
    changed: Condvar,
}

/// Runs the program to its end, or until `timeout` seconds pass; the main exit code.
pub fn run(kernel: Arc<Kernel>, timeout: f64) -> i32 {
    let main_pid = kernel.add_main();
    let live = Arc::new(Live {
        running: Mutex::new((0, None)),
        changed: Condvar::new(),
    });
    start(&kernel, &live, main_pid, true);
    let deadline = Instant::now() + Duration::from_secs_f64(timeout.max(0.0));
    let mut guard = live.running.lock().unwrap_or_else(|p| p.into_inner());
    while guard.0 > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            let mut st = kernel.lock();
            st.write(
                0,
                Stream::Stderr,
                &format!("mpplay: the run took longer than {timeout} s (--timeout); stopped\n"),
            );
            st.trace.flush();
            return TIMEOUT_EXIT;
        }
        guard = live
            .changed
            .wait_timeout(guard, left)
            .unwrap_or_else(|p| p.into_inner())
            .0;
    }
    guard.1.unwrap_or(0)
}

/// Starts the OS thread of process `pid`.
fn start(kernel: &Arc<Kernel>, live: &Arc<Live>, pid: Pid, is_main: bool) {
    live.running.lock().unwrap_or_else(|p| p.into_inner()).0 += 1;
    let (k, l) = (kernel.clone(), live.clone());
    // The child re-runs the program and imports what the parent did: hand it the parent's
    // compiled code, so it skips compiling (most of a process's start).
    let compiled = mpplay_python::compiler::compiled_bytes().to_vec();
    let spawned = std::thread::Builder::new()
        .name(format!("pid {pid}"))
        .stack_size(64 << 20)
        .spawn(move || {
            mpplay_python::compiler::add_compiled(compiled);
            let code = drive(&k, &l, pid);
            k.exited(pid, code);
            let mut g = l.running.lock().unwrap_or_else(|p| p.into_inner());
            g.0 -= 1;
            if is_main {
                g.1 = Some(code);
            }
            l.changed.notify_all();
        });
    if spawned.is_err() {
        let mut g = live.running.lock().unwrap_or_else(|p| p.into_inner());
        g.0 -= 1;
        live.changed.notify_all();
        kernel.exited(pid, 1);
    }
}

/// Starts the processes spawned since the last look.
fn adopt_spawned(kernel: &Arc<Kernel>, live: &Arc<Live>) {
    let spawned = std::mem::take(&mut kernel.lock().spawned);
    for pid in spawned {
        {
            let mut st = kernel.lock();
            match st.procs.get_mut(&pid) {
                Some(p) if p.life == Life::Starting => p.life = Life::Running,
                _ => continue,
            }
        }
        start(kernel, live, pid, false);
    }
}

/// Runs one process on this OS thread; its exit code.
fn drive(kernel: &Arc<Kernel>, live: &Arc<Live>, pid: Pid) -> i32 {
    if let Err(code) = kernel.begin(pid) {
        return code;
    }
    if let Some(code) = kernel.ended_before_start(pid) {
        return code;
    }
    let mut proc = Process::new(kernel, pid);
    let mut next = 0usize;
    loop {
        if let Some(code) = proc.end_requested(kernel) {
            return code;
        }
        let now = kernel.now();
        let Some(tid) = proc.pick_ready(kernel, next, now) else {
            if !spin(kernel, &proc) {
                park(kernel, &proc, now);
            }
            continue;
        };
        next = tid + 1;
        let slice = proc.run_task(kernel, tid, SLICE);
        adopt_spawned(kernel, live);
        if let Slice::ProcessEnded(code) = slice {
            return code;
        }
    }
}

/// Spins briefly before parking: a partner process on another core often answers within
/// microseconds, far sooner than a parked thread is woken. Whether a wait may be over.
fn spin(kernel: &Kernel, proc: &Process) -> bool {
    for _ in 0..SPINS {
        for _ in 0..64 {
            std::hint::spin_loop();
        }
        let over = proc.tasks.iter().any(|t| match &t.state {
            TaskState::Waiting(w @ Wait::Word { .. }) => wait_over(kernel, w, 0.0, &[]).is_ok(),
            _ => false,
        });
        if over {
            return true;
        }
    }
    false
}

/// Waits until something a thread of `proc` waits for may have happened.
fn park(kernel: &Kernel, proc: &Process, now: f64) {
    let (soonest, words) = proc.waits();
    let limit = (soonest - now).clamp(0.0, CHECK_EVERY);
    let waiting = proc
        .tasks
        .iter()
        .filter(|t| matches!(t.state, TaskState::Waiting(_)))
        .count();
    match (words.as_slice(), waiting) {
        ([(word, expected)], 1) => proc.park_on(kernel, *word, *expected, limit),
        // Only sleeps: wait on a word nobody changes.
        ([], _) => proc.park_on(kernel, header::QUIET, 0, limit),
        _ => proc.wait_on_several(kernel, &words, limit),
    }
}
