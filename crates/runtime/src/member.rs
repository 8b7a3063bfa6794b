//! The workers executor's process side: one process of a run on the calling thread (a
//! browser worker), while the run's other processes run elsewhere on the same shared
//! region. What only the embedder can do — start a child somewhere, stop a terminated
//! process, report progress — goes through `Neighbours`.
//!
//! The loop is the threads executor's: run whichever green thread is ready, and when all
//! wait, block on the one word they wait on, or on the process's doorbell when they wait
//! on several (a process with helper threads): the watch slots live in the shared region,
//! so whichever worker wakes one of the words rings it.
//!
//! Between slices, and whenever it is woken from a wait, the process looks whether it was
//! asked to end (another process's `terminate`, which wakes it) or the embedder stopped the
//! run, and returns if so: Chromium does not end a nested worker that never returns to its
//! event loop, whatever its parent asks.

use crate::kernel::{header, Kernel, Life, Pid};
use crate::process::{Process, Slice};
use crate::shm::SharedWords;
use std::sync::Arc;

/// Instructions between looks at the other threads, the pause switch and the embedder.
const SLICE: u64 = 20_000;
/// Longest single wait before the embedder hears from this process again (seconds).
const CHECK_EVERY: f64 = 0.25;
/// What a process ends with when the embedder stops the whole run (as terminated).
const STOPPED_CODE: i32 = -15;

/// A child to start elsewhere: its kernel entry is already in this process's table.
#[derive(Clone, Debug)]
pub struct ChildStart {
    pub pid: Pid,
    pub ppid: Pid,
    pub name: String,
    pub daemon: bool,
    pub exit_word: u32,
    /// The parent's own exit words, so the child can tell when its parent is gone.
    pub parent_exit_word: u32,
    pub parent_name: String,
    pub payload: Vec<u8>,
}

/// What the embedder does for a process run by `drive`.
pub trait Neighbours {
    /// Starts a child this process spawned.
    fn start(&self, child: ChildStart);
    /// Called between slices and before waits: report events and where the process is.
    /// `waiting` says the process is about to block.
    fn progress(&self, proc: &mut Process, waiting: bool);
}

/// Runs process `pid` to its end on this thread and publishes its exit; its exit code.
pub fn drive(kernel: &Arc<Kernel>, pid: Pid, neighbours: &dyn Neighbours) -> i32 {
    if let Err(code) = kernel.begin(pid) {
        return code;
    }
    if let Some(code) = kernel.ended_before_start(pid) {
        kernel.exited(pid, code);
        return code;
    }
    let mut proc = Process::new(kernel, pid);
    run_to_end(kernel, pid, &mut proc, neighbours)
}

/// The process's scheduling loop, out of line: in the browser, each pass through a loop
/// counts towards optimizing the function that holds it, and inlined into the worker's
/// start this loop had that whole start optimized at great cost (see `types::interned`).
#[inline(never)]
fn run_to_end(kernel: &Kernel, pid: Pid, proc: &mut Process, neighbours: &dyn Neighbours) -> i32 {
    let mut next = 0usize;
    let mut steps_seen = kernel.words.load(header::STEPS);
    let code = loop {
        if let Some(code) = proc.end_requested(kernel) {
            break code;
        }
        if kernel.words.load(header::STOPPED) != 0 {
            return STOPPED_CODE;
        }
        if kernel.words.load(header::PAUSED) == 1 {
            let steps = kernel.words.load(header::STEPS);
            if steps == steps_seen {
                neighbours.progress(proc, true);
                kernel.words.wait(header::STEPS, steps, Some(CHECK_EVERY));
                continue;
            }
            steps_seen = steps;
            let only = kernel.words.load(header::STEP_ONLY);
            if only != 0 && only as Pid != pid {
                continue;
            }
            if only as Pid == pid {
                wake_for_step(kernel, proc, next);
            }
        } else {
            steps_seen = kernel.words.load(header::STEPS);
        }
        let now = kernel.now();
        let Some(tid) = proc.pick_ready(kernel, next, now) else {
            neighbours.progress(proc, true);
            park(kernel, proc, now);
            continue;
        };
        next = tid + 1;
        let slice = proc.run_task(kernel, tid, SLICE);
        hand_over(kernel, pid, neighbours);
        if let Slice::ProcessEnded(code) = slice {
            break code;
        }
        neighbours.progress(proc, false);
    };
    kernel.exited(pid, code);
    neighbours.progress(proc, false);
    code
}

/// A step of this process alone, while the paused clock stands still: when none of its
/// threads is ready but one sleeps (or waits with a timeout), the clock goes to that
/// wake-up first, as the simulator's does, so the step runs it.
fn wake_for_step(kernel: &Kernel, proc: &mut Process, next: usize) {
    if proc.pick_ready(kernel, next, kernel.now()).is_some() {
        return;
    }
    let (soonest, _) = proc.waits();
    if soonest.is_finite() {
        kernel.advance_clock(soonest);
    }
}

/// Gives the embedder the children started since last time.
fn hand_over(kernel: &Kernel, me: Pid, neighbours: &dyn Neighbours) {
    let spawned = std::mem::take(&mut kernel.lock().spawned);
    for pid in spawned {
        let start = {
            let mut st = kernel.lock();
            let parent = st.procs.get(&me).map(|p| (p.exit_word, p.name.clone()));
            let Some(p) = st.procs.get_mut(&pid) else {
                continue;
            };
            if p.life != Life::Starting {
                continue;
            }
            p.life = Life::Running;
            let (parent_exit_word, parent_name) = parent.unwrap_or_default();
            ChildStart {
                pid,
                ppid: p.ppid,
                name: p.name.clone(),
                daemon: p.daemon,
                exit_word: p.exit_word,
                parent_exit_word,
                parent_name,
                payload: p.payload.clone().unwrap_or_default(),
            }
        };
        neighbours.start(start);
    }
}

/// Blocks until something a thread of `proc` waits for may have happened.
fn park(kernel: &Kernel, proc: &Process, now: f64) {
    let (soonest, words) = proc.waits();
    let limit = kernel.real_seconds(soonest - now).clamp(0.0, CHECK_EVERY);
    match words.as_slice() {
        [(word, expected)] => proc.park_on(kernel, *word, *expected, limit),
        // Only sleeps: wait on a word nobody changes.
        [] => proc.park_on(kernel, header::QUIET, 0, limit),
        _ => proc.wait_on_several(kernel, &words, limit),
    }
}
