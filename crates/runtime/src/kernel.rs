//! The kernel of a run: the process table with its lifecycle (created, running, exited,
//! zombie, reaped), the shared words and who owns which, the clock, and the world every
//! process shares (output, files, urlopen) — one instance per run, shared by every process
//! and executor thread.
//!
//! Executors (`sim`, `threads`) create processes' VMs and drive them; the Python-facing
//! natives (`natives`) reach the kernel through their process's host.

use crate::shm::native::NativeWords;
use crate::shm::SharedWords;
use crate::trace::{Event, Trace};
use mpplay_python::{Host, Stream};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

pub type Pid = u32;

/// Words in a run's shared region.
pub const REGION_WORDS: usize = 1 << 22;

/// Where a process is in its life.
#[derive(Clone, Debug, PartialEq)]
pub enum Life {
    /// Created by `start()`; the executor has not picked it up yet.
    Starting,
    Running,
    /// Ended with this exit code and not yet reaped by its parent.
    Zombie(i32),
    /// Ended and reaped.
    Reaped(i32),
}

/// One row of the process table.
#[derive(Clone, Debug)]
pub struct ProcEntry {
    pub pid: Pid,
    pub ppid: Pid,
    pub name: String,
    pub daemon: bool,
    pub life: Life,
    /// A word that is 0 while the process runs and 1 once it has exited (join waits on it).
    pub exit_word: u32,
    /// The pickled process object a child starts from (None for the main process).
    pub payload: Option<Vec<u8>>,
    /// Set by terminate()/kill(): the exit code the executor must end the process with.
    pub kill: Option<i32>,
}

/// How the clock runs.
pub enum Clock {
    /// Virtual seconds, advanced by the simulator when everyone sleeps.
    Virtual(f64),
    Real(Instant),
}

/// What a run shares between its processes, behind one mutex.
pub struct KernelState {
    pub procs: BTreeMap<Pid, ProcEntry>,
    next_word: u32,
    pub clock: Clock,
    /// Wall-clock seconds when the run began.
    pub wall_start: f64,
    /// Output, files and urlopen: the embedder's host, shared by all processes.
    pub world: Box<dyn Host + Send>,
    pub trace: Trace,
    /// Processes started and not yet picked up by the executor.
    pub spawned: Vec<Pid>,
    /// Words written since the simulator last looked (it wakes their waiters).
    pub woken: Vec<u32>,
    /// State words of every lock, so a deadlock report can name holders.
    pub locks: std::collections::HashSet<u32>,
}

/// What a run is given.
pub struct RunConfig {
    pub script_path: String,
    pub source: String,
    /// Instructions per slice before the executor may switch (sim draws slices up to this).
    pub slice: u64,
    pub seed: u64,
}

/// A run: the shared region plus the shared state.
pub struct Kernel {
    pub words: NativeWords,
    pub state: Mutex<KernelState>,
    pub config: RunConfig,
    /// The pid the main process gets; children count up from it.
    pub first_pid: Pid,
    /// Whether the simulator runs this kernel (it collects wakes in `woken`).
    simulated: bool,
    /// The most processes alive at once (0: no limit); `start()` beyond it raises.
    max_processes: std::sync::atomic::AtomicU32,
    /// Doorbells rung when a word is woken: a process whose several green threads wait on
    /// different words parks on its doorbell (word → doorbell words).
    bells: Mutex<HashMap<u32, Vec<u32>>>,
}

impl Kernel {
    pub fn new(
        config: RunConfig,
        mut world: Box<dyn Host + Send>,
        clock: Clock,
        trace: Trace,
    ) -> Kernel {
        let wall_start = world.time();
        let simulated = matches!(clock, Clock::Virtual(_));
        Kernel {
            words: NativeWords::new(REGION_WORDS),
            state: Mutex::new(KernelState {
                procs: BTreeMap::new(),
                next_word: 1,
                clock,
                wall_start,
                world,
                trace,
                spawned: Vec::new(),
                woken: Vec::new(),
                locks: Default::default(),
            }),
            config,
            first_pid: 1000,
            max_processes: Default::default(),
            simulated,
            bells: Mutex::new(HashMap::new()),
        }
    }

    pub fn set_max_processes(&self, n: u32) {
        self.max_processes
            .store(n, std::sync::atomic::Ordering::Relaxed);
    }

    /// The most processes alive at once, if limited.
    pub fn max_processes(&self) -> Option<u32> {
        match self
            .max_processes
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            0 => None,
            n => Some(n),
        }
    }

    /// Whether another process may start without passing the limit.
    pub fn may_spawn(&self) -> bool {
        let Some(max) = self.max_processes() else {
            return true;
        };
        let alive = self
            .lock()
            .procs
            .values()
            .filter(|p| matches!(p.life, Life::Starting | Life::Running))
            .count();
        alive < max as usize
    }

    pub fn lock(&self) -> MutexGuard<'_, KernelState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wakes waiters on `word` (futex waiters natively; the simulator reads `woken`).
    pub fn wake(&self, word: u32) {
        if self.simulated {
            self.lock().woken.push(word);
        }
        self.words.wake(word, u32::MAX);
        let bells = self.bells.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(list) = bells.get(&word) {
            for bell in list {
                self.words.add(*bell, 1);
                self.words.wake(*bell, u32::MAX);
            }
        }
    }

    /// Rings `bell` whenever one of `words` is woken, until `unwatch`.
    pub fn watch(&self, words: &[u32], bell: u32) {
        let mut bells = self.bells.lock().unwrap_or_else(|p| p.into_inner());
        for w in words {
            bells.entry(*w).or_default().push(bell);
        }
    }

    pub fn unwatch(&self, words: &[u32], bell: u32) {
        let mut bells = self.bells.lock().unwrap_or_else(|p| p.into_inner());
        for w in words {
            if let Some(list) = bells.get_mut(w) {
                list.retain(|b| *b != bell);
                if list.is_empty() {
                    bells.remove(w);
                }
            }
        }
    }

    pub fn wake_all(&self, words: &[u32]) {
        for w in words {
            self.wake(*w);
        }
    }

    /// Adds the main process to the table.
    pub fn add_main(&self) -> Pid {
        let pid = self.first_pid;
        let mut st = self.lock();
        let exit_word = st.alloc_words(1);
        st.procs.insert(
            pid,
            ProcEntry {
                pid,
                ppid: 1,
                name: "MainProcess".into(),
                daemon: false,
                life: Life::Running,
                exit_word,
                payload: None,
                kill: None,
            },
        );
        st.emit(
            pid,
            Event::Spawn {
                ppid: 1,
                name: "MainProcess".into(),
                daemon: false,
            },
        );
        pid
    }

    /// Records a child started by `parent`; the executor picks it up from `spawned`.
    pub fn spawn(&self, parent: Pid, name: String, daemon: bool, payload: Vec<u8>) -> Pid {
        let mut st = self.lock();
        let pid = st
            .procs
            .keys()
            .next_back()
            .map(|p| p + 1)
            .unwrap_or(self.first_pid);
        let exit_word = st.alloc_words(1);
        st.procs.insert(
            pid,
            ProcEntry {
                pid,
                ppid: parent,
                name: name.clone(),
                daemon,
                life: Life::Starting,
                exit_word,
                payload: Some(payload),
                kill: None,
            },
        );
        st.spawned.push(pid);
        st.emit(
            pid,
            Event::Spawn {
                ppid: parent,
                name,
                daemon,
            },
        );
        pid
    }

    /// Marks a process exited (a zombie until reaped) and wakes its joiners.
    pub fn exited(&self, pid: Pid, code: i32) {
        let word = {
            let mut st = self.lock();
            let Some(p) = st.procs.get_mut(&pid) else {
                return;
            };
            if !matches!(p.life, Life::Running | Life::Starting) {
                return;
            }
            p.life = Life::Zombie(code);
            let w = p.exit_word;
            st.emit(pid, Event::Exit { code });
            w
        };
        self.words.store(word, 1);
        self.wake(word);
    }

    /// The task holding the lock whose state word is `word`, if it is a held lock.
    pub fn holder_of(&self, word: u32) -> Option<i32> {
        if !self.lock().locks.contains(&word) {
            return None;
        }
        crate::primitives::Lock::at(word).holder(&self.words)
    }

    /// Monotonic seconds since the run began.
    pub fn now(&self) -> f64 {
        self.lock().now()
    }
}

impl KernelState {
    /// Reserves `n` zeroed words of the shared region; their index.
    pub fn alloc_words(&mut self, n: u32) -> u32 {
        let at = self.next_word;
        self.next_word = self.next_word.saturating_add(n);
        at
    }

    /// Whether the region can hold `n` more words.
    pub fn has_room(&self, n: u32) -> bool {
        (self.next_word as usize).saturating_add(n as usize) <= REGION_WORDS
    }

    pub fn now(&self) -> f64 {
        match &self.clock {
            Clock::Virtual(t) => *t,
            Clock::Real(start) => start.elapsed().as_secs_f64(),
        }
    }

    /// Appends an event to the trace (if one is being written).
    pub fn emit(&mut self, pid: Pid, event: Event) {
        let t = self.now();
        self.trace.emit(t, pid, event);
    }

    pub fn write(&mut self, pid: Pid, stream: Stream, text: &str) {
        self.world.write(stream, text);
        if self.trace.enabled() {
            self.emit(
                pid,
                Event::Print {
                    stream: match stream {
                        Stream::Stdout => "stdout",
                        Stream::Stderr => "stderr",
                    },
                    text: text.to_string(),
                },
            );
        }
    }
}
