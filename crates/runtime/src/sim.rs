//! The simulator: every process of a run in one thread, deterministic for a given program
//! and seed. It picks the next green thread to run and the length of its slice from a seeded
//! generator, so races between processes really happen and `--seed` replays them exactly.
//! Threads of one process take turns as CPython's GIL has them do: the one running keeps
//! going until it waits or its switch interval is over. Sleeps and timeouts run on a
//! virtual clock that computing moves on (by the instructions run) and that jumps to the
//! next deadline when everyone waits. When every thread waits
//! with no deadline pending, the run is deadlocked: the report names each process, what it
//! waits on and who holds it.

use crate::kernel::{Clock, Kernel, Life, Pid};
use crate::process::{wait_over, Process, Slice, TaskState};
use crate::trace::Event;
use mpplay_python::Wait;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The virtual time one instruction takes (CPython runs some 50 million a second).
const SECONDS_PER_INSTRUCTION: f64 = 20e-9;

/// How long a thread keeps its process's GIL while others of the process are ready:
/// CPython's switch interval, 5 ms, in instructions of virtual time.
const SWITCH_INTERVAL: u64 = (0.005 / SECONDS_PER_INSTRUCTION) as u64;

/// Exit code of a deadlocked run (CPython would hang).
pub const DEADLOCK_EXIT: i32 = 3;

/// xorshift64*: the schedule's coin.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// What one scheduling round did.
#[derive(Debug, PartialEq)]
pub enum Progress {
    /// A thread ran a slice.
    Ran,
    /// Every thread waits and the earliest deadline is this virtual time: the caller advances
    /// the clock (at once natively; after a real pause in the browser, to make it watchable).
    Idle { until: f64 },
    /// The run is over with this exit code (the main process's, or `DEADLOCK_EXIT`).
    Ended(i32),
}

/// A run under the simulator, driven one round at a time.
pub struct Simulator {
    kernel: Arc<Kernel>,
    pub procs: BTreeMap<Pid, Process>,
    rng: Rng,
    main_pid: Pid,
    main_code: Option<i32>,
    ended: Option<i32>,
    /// Each process's GIL: the thread that last ran and its instruction count then.
    gil: BTreeMap<Pid, (usize, u64)>,
}

impl Simulator {
    /// Starts the main process of `kernel`'s program.
    pub fn new(kernel: Arc<Kernel>) -> Simulator {
        let main_pid = kernel.add_main();
        let mut procs = BTreeMap::new();
        let _ = kernel.begin(main_pid);
        procs.insert(main_pid, Process::new(&kernel, main_pid));
        let rng = Rng::new(kernel.config.seed);
        Simulator {
            kernel,
            procs,
            rng,
            main_pid,
            main_code: None,
            ended: None,
            gil: BTreeMap::new(),
        }
    }

    /// Green threads that can run now, after waking those whose wait is over.
    fn ready(&mut self) -> Result<Vec<(Pid, usize)>, Option<f64>> {
        let kernel = &self.kernel;
        adopt_spawned(kernel, &mut self.procs);
        if let Some(code) = end_the_terminated(kernel, &mut self.procs, self.main_pid) {
            self.main_code = Some(code);
        }
        let woken = std::mem::take(&mut kernel.lock().woken);
        let now = kernel.now();
        let mut ready = Vec::new();
        let mut next_deadline: Option<f64> = None;
        for (pid, p) in self.procs.iter_mut() {
            for (tid, t) in p.tasks.iter_mut().enumerate() {
                if let TaskState::Waiting(w) = &t.state {
                    match wait_over(kernel, w, now, &woken) {
                        Ok(()) => t.state = TaskState::Ready,
                        Err(Some(d)) => {
                            next_deadline = Some(next_deadline.map_or(d, |n: f64| n.min(d)))
                        }
                        Err(None) => {}
                    }
                }
                if t.state == TaskState::Ready {
                    ready.push((*pid, tid));
                }
            }
        }
        if ready.is_empty() {
            return Err(next_deadline);
        }
        // A thread holding its process's GIL is the only one of the process that may run,
        // until its switch interval is over; then it lets the others go first.
        let holder_runs = |pid: &Pid, tid: usize, gil: &BTreeMap<Pid, (usize, u64)>| {
            let &(holder, since) = gil.get(pid)?;
            let held = self.procs.get(pid).map_or(0, |p| p.vm.instructions - since);
            let others_ready = ready.iter().any(|(q, t)| q == pid && *t != holder);
            let holder_ready = ready.contains(&(*pid, holder));
            if !holder_ready || !others_ready {
                return None;
            }
            Some((tid == holder) == (held < SWITCH_INTERVAL))
        };
        let eligible: Vec<_> = ready
            .iter()
            .copied()
            .filter(|(pid, tid)| holder_runs(pid, *tid, &self.gil).unwrap_or(true))
            .collect();
        Ok(eligible)
    }

    /// One round: a seeded pick among the ready threads runs a seeded slice.
    pub fn round(&mut self) -> Progress {
        if let Some(code) = self.ended {
            return Progress::Ended(code);
        }
        match self.ready() {
            Ok(ready) => {
                let (pid, tid) = ready[self.rng.below(ready.len())];
                let budget = 1 + self.rng.below(self.kernel.config.slice as usize) as u64;
                self.run_slice(pid, tid, budget);
                Progress::Ran
            }
            Err(waiting) => self.idle(waiting),
        }
    }

    /// One step for a debugger: every ready thread (or only `only`'s) runs one full slice.
    pub fn step(&mut self, only: Option<Pid>) -> Progress {
        if let Some(code) = self.ended {
            return Progress::Ended(code);
        }
        match self.ready() {
            Ok(ready) => {
                let slice = self.kernel.config.slice;
                let chosen: Vec<_> = ready
                    .into_iter()
                    .filter(|(pid, _)| only.is_none_or(|p| p == *pid))
                    .collect();
                if let (Some(pid), true) = (only, chosen.is_empty()) {
                    // The chosen process sleeps: the clock goes to its wake-up (others that
                    // are ready wait for their own steps).
                    let until = self.procs.get(&pid).map_or(f64::INFINITY, |p| p.waits().0);
                    if until.is_finite() {
                        return Progress::Idle { until };
                    }
                }
                for (pid, tid) in chosen {
                    self.run_slice(pid, tid, slice);
                }
                Progress::Ran
            }
            Err(waiting) => self.idle(waiting),
        }
    }

    /// Moves the virtual clock forward to `t` (never back).
    pub fn advance_clock(&self, t: f64) {
        if let Clock::Virtual(now) = &mut self.kernel.lock().clock {
            *now = now.max(t);
        }
    }

    fn run_slice(&mut self, pid: Pid, tid: usize, budget: u64) {
        let Some(p) = self.procs.get_mut(&pid) else {
            return;
        };
        if tid >= p.tasks.len() {
            return;
        }
        let before = p.vm.instructions;
        if self.gil.get(&pid).is_none_or(|(holder, _)| *holder != tid) {
            self.gil.insert(pid, (tid, before));
        }
        let slice = p.run_task(&self.kernel, tid, budget);
        // Computing takes time too: a sleeper wakes while another process computes, as
        // it would in CPython, instead of waiting for everyone to wait.
        let ran = p.vm.instructions - before;
        if let Clock::Virtual(now) = &mut self.kernel.lock().clock {
            *now += ran as f64 * SECONDS_PER_INSTRUCTION;
        }
        if let Slice::ProcessEnded(code) = slice {
            self.procs.remove(&pid);
            self.gil.remove(&pid);
            self.kernel.exited(pid, code);
            if pid == self.main_pid {
                self.main_code = Some(code);
            }
        }
    }

    /// Nothing can run: the run is over, everyone sleeps until a deadline, or deadlock.
    fn idle(&mut self, next_deadline: Option<f64>) -> Progress {
        let code = if self.procs.is_empty() {
            self.main_code.unwrap_or(0)
        } else if let Some(until) = next_deadline {
            return Progress::Idle { until };
        } else {
            report_deadlock(&self.kernel, &self.procs);
            DEADLOCK_EXIT
        };
        self.kernel.lock().trace.flush();
        self.ended = Some(code);
        Progress::Ended(code)
    }
}

/// Runs the program to its end, or until `timeout` seconds of real time pass (exit code
/// `threads::TIMEOUT_EXIT`); the main process's exit code.
pub fn run(kernel: Arc<Kernel>, timeout: f64) -> i32 {
    let started = std::time::Instant::now();
    let mut sim = Simulator::new(kernel.clone());
    let mut rounds: u64 = 0;
    loop {
        match sim.round() {
            Progress::Ran => {}
            Progress::Idle { until } => sim.advance_clock(until),
            Progress::Ended(code) => return code,
        }
        rounds += 1;
        if rounds.is_multiple_of(1024) && started.elapsed().as_secs_f64() > timeout {
            let mut st = kernel.lock();
            st.write(
                0,
                mpplay_python::Stream::Stderr,
                &format!("mpplay: the run took longer than {timeout} s (--timeout); stopped\n"),
            );
            st.trace.flush();
            return crate::threads::TIMEOUT_EXIT;
        }
    }
}

/// Creates the VMs of processes started since the last round.
fn adopt_spawned(kernel: &Arc<Kernel>, procs: &mut BTreeMap<Pid, Process>) {
    let spawned = std::mem::take(&mut kernel.lock().spawned);
    for pid in spawned {
        {
            let mut st = kernel.lock();
            match st.procs.get_mut(&pid) {
                Some(p) if p.life == Life::Starting => p.life = Life::Running,
                _ => continue,
            }
        }
        if kernel.begin(pid).is_err() {
            continue;
        }
        procs.insert(pid, Process::new(kernel, pid));
    }
}

/// Ends the processes asked to end (terminate, kill, os._exit) since the last round: a
/// signal takes effect once the slice that sent it is over. The main process's code, if
/// it was among them.
fn end_the_terminated(
    kernel: &Kernel,
    procs: &mut BTreeMap<Pid, Process>,
    main_pid: Pid,
) -> Option<i32> {
    let mut main_code = None;
    procs.retain(|pid, proc| match proc.end_requested(kernel) {
        Some(code) => {
            kernel.exited(*pid, code);
            if *pid == main_pid {
                main_code = Some(code);
            }
            false
        }
        None => true,
    });
    main_code
}

/// Writes the deadlock report to stderr and the trace.
fn report_deadlock(kernel: &Kernel, procs: &BTreeMap<Pid, Process>) {
    let mut report =
        String::from("mpplay: deadlock: every process is waiting and none can go on\n");
    let names: BTreeMap<Pid, String> = kernel
        .lock()
        .procs
        .values()
        .map(|p| (p.pid, p.name.clone()))
        .collect();
    let describe = |task_id: i32| -> String {
        let pid = (task_id / 4096) as Pid;
        let tid = task_id % 4096;
        let name = names.get(&pid).cloned().unwrap_or_else(|| "?".into());
        if tid == 0 {
            format!("{name} (pid {pid})")
        } else {
            format!("{name} (pid {pid}) thread {tid}")
        }
    };
    for (pid, p) in procs {
        for (tid, t) in p.tasks.iter().enumerate() {
            if let TaskState::Waiting(Wait::Word { word, what, .. }) = &t.state {
                let who = describe(*pid as i32 * 4096 + tid as i32);
                report.push_str(&format!("  {who} waits on {what}"));
                if let Some(holder) = kernel.holder_of(*word) {
                    report.push_str(&format!(", held by {}", describe(holder)));
                }
                report.push('\n');
            }
        }
    }
    let mut st = kernel.lock();
    st.write(0, mpplay_python::Stream::Stderr, &report);
    st.emit(
        0,
        Event::Deadlock {
            report: report.clone(),
        },
    );
    st.trace.flush();
}
