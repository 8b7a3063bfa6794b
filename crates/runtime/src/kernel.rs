//! The kernel of a run: the process table with its lifecycle (created, running, exited,
//! zombie, reaped), the shared words and who owns which, the clock, and the world every
//! process shares (output, files, urlopen) — one instance per run, shared by every process
//! and executor thread.
//!
//! Executors (`sim`, `threads`) create processes' VMs and drive them; the Python-facing
//! natives (`natives`) reach the kernel through their process's host.

use crate::shm::native::NativeWords;
use crate::shm::{SharedWords, WaitResult};
use crate::trace::{Event, Trace};
use mpplay_python::{Host, Stream};
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

pub type Pid = u32;

/// Words in a run's shared region.
pub const REGION_WORDS: usize = 1 << 22;

/// A process's exit words, from the first.
pub mod exit {
    /// One of the states below.
    pub const STATE: u32 = 0;
    /// STATE until the process begins to run (`Kernel::begin`): a request to end it then
    /// ends it at once, as it never runs.
    pub const NOT_BEGUN: i32 = 0;
    /// STATE once it has exited.
    pub const EXITED: i32 = 1;
    /// STATE while its exit code is being written.
    pub const ENDING: i32 = 2;
    /// STATE while it runs.
    pub const RUNNING: i32 = 3;
    /// The exit code, once STATE is EXITED.
    pub const CODE: u32 = 1;
    /// The exit code another process asked it to end with (terminate, kill: minus a
    /// signal's number), or EXIT_NOW plus the code it ends itself with (`os._exit`, whose
    /// code may be 0); 0 if none.
    pub const REQUEST: u32 = 2;
    pub const EXIT_NOW: i32 = 0x10000;
    /// The word it is parked on, plus one; 0 if it never parked.
    pub const PARKED: u32 = 3;
    /// Its doorbell, rung when a word it watches is woken (`Kernel::watch`). It lives as
    /// long as the exit words, so a late ring never lands in another object's words.
    pub const BELL: u32 = 4;
    pub const WORDS: u32 = 5;
}

/// The first words of every region: counters all processes of a run share, wherever they
/// run (one kernel per run natively, one per worker in the browser).
pub mod header {
    /// The next word never handed out (the heap's bump pointer, `heap`).
    pub const NEXT_WORD: u32 = 0;
    /// The next pid.
    pub const NEXT_PID: u32 = 1;
    /// Processes started and not yet ended.
    pub const LIVE: u32 = 2;
    /// The next event's `seq`.
    pub const SEQ: u32 = 3;
    /// 1 while the run is paused (the browser's workers wait on it).
    pub const PAUSED: u32 = 4;
    /// Bumped by each step of a paused run.
    pub const STEPS: u32 = 5;
    /// The pid the latest step is for; 0: every process.
    pub const STEP_ONLY: u32 = 6;
    /// Never written: a process with only sleeps to wait for waits on it (woken when the
    /// clock's speed changes).
    pub const QUIET: u32 = 7;
    /// Words 8..15: the clock an embedder keeps for its processes (`Clock::External`).
    pub const CLOCK: u32 = 8;
    /// 1 once the embedder has stopped the run: its processes end at their next look
    /// (a browser worker cannot always be ended from outside, see `member`).
    pub const STOPPED: u32 = 15;
    /// The spin lock of the heap's free list (`heap`).
    pub const FREE_LOCK: u32 = 16;
    /// The first free block, 0 when none.
    pub const FREE_LIST: u32 = 17;
    /// Watch slots in use (`Kernel::watch`): a waker looks through them only when some are.
    pub const WATCHING: u32 = 18;
    /// The watch slots, each a (word, doorbell) pair; a free slot's doorbell is 0.
    pub const WATCHES: u32 = 19;
    pub const WATCH_SLOTS: u32 = 64;
    /// The spin lock of the directory of named shared memory blocks (`shm_names`).
    pub const NAMES_LOCK: u32 = WATCHES + 2 * WATCH_SLOTS;
    /// The directory's slots, each (name hash low, name hash high, first word, size in
    /// bytes); a free slot's first word is 0.
    pub const NAMES: u32 = NAMES_LOCK + 1;
    pub const NAME_SLOTS: u32 = 64;
    /// Where allocation starts.
    pub const FIRST_FREE: i32 = (NAMES + 4 * NAME_SLOTS) as i32;
    /// The main process's pid.
    pub const FIRST_PID: i32 = 1000;

    /// Sets up the header of a fresh (zeroed) region.
    pub fn init(words: &impl super::SharedWords) {
        words.store(NEXT_WORD, FIRST_FREE);
        words.store(NEXT_PID, FIRST_PID);
    }
}

/// How often a process that found no free watch slot looks again (seconds).
pub const POLL_EVERY: f64 = 0.002;

/// The first word of each watch slot.
fn watch_slots() -> impl Iterator<Item = u32> {
    (0..header::WATCH_SLOTS).map(|i| header::WATCHES + 2 * i)
}

/// The shared region behind a kernel: atomics in this process's memory, or (in a browser
/// worker) a SharedArrayBuffer every worker of the run sees.
pub enum Region {
    Native(NativeWords),
    #[cfg(target_arch = "wasm32")]
    Browser(crate::shm::browser::BrowserWords),
}

impl Region {
    pub fn len(&self) -> usize {
        match self {
            Region::Native(w) => w.len(),
            #[cfg(target_arch = "wasm32")]
            Region::Browser(w) => w.len() as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

macro_rules! each_region {
    ($self:ident, $w:ident => $e:expr) => {
        match $self {
            Region::Native($w) => $e,
            #[cfg(target_arch = "wasm32")]
            Region::Browser($w) => $e,
        }
    };
}

impl SharedWords for Region {
    fn load(&self, i: u32) -> i32 {
        each_region!(self, w => w.load(i))
    }
    fn store(&self, i: u32, v: i32) {
        each_region!(self, w => w.store(i, v))
    }
    fn compare_exchange(&self, i: u32, current: i32, new: i32) -> Result<i32, i32> {
        each_region!(self, w => w.compare_exchange(i, current, new))
    }
    fn add(&self, i: u32, delta: i32) -> i32 {
        each_region!(self, w => w.add(i, delta))
    }
    fn wait(&self, i: u32, expected: i32, timeout: Option<f64>) -> WaitResult {
        each_region!(self, w => w.wait(i, expected, timeout))
    }
    fn wake(&self, i: u32, count: u32) -> u32 {
        each_region!(self, w => w.wake(i, count))
    }
}

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
    /// The first of the process's exit words (`exit`): join waits on them.
    pub exit_word: u32,
    /// The pickled process object a child starts from (None for the main process).
    pub payload: Option<Vec<u8>>,
    /// Set once the process ends by terminate()/kill(), with that exit code: what it holds
    /// stays held (children it started may still use it).
    pub kill: Option<i32>,
}

/// How the clock runs.
pub enum Clock {
    /// Virtual seconds, advanced by the simulator when everyone sleeps.
    Virtual(f64),
    Real(Instant),
    /// Seconds since the run began, from the embedder (a browser worker's clock), running
    /// `speed` times as fast as real time.
    External {
        now: Box<dyn Fn() -> f64 + Send>,
        /// Clock seconds per real second, now (it may change during the run).
        speed: Box<dyn Fn() -> f64 + Send>,
        /// Moves the clock forward to the given reading (a paused run's step).
        advance: Box<dyn Fn(f64) + Send>,
    },
}

/// What a run shares between its processes, behind one mutex.
pub struct KernelState {
    pub procs: BTreeMap<Pid, ProcEntry>,
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
    pub words: Region,
    pub state: Mutex<KernelState>,
    pub config: RunConfig,
    /// Whether the simulator runs this kernel (it collects wakes in `woken`).
    simulated: bool,
    /// Whether events are traced (fixed for the run), readable without the mutex.
    tracing: bool,
    /// The most processes alive at once (0: no limit); `start()` beyond it raises.
    max_processes: std::sync::atomic::AtomicU32,
    /// Called before a wake: a browser worker posts its output first, so whatever the woken
    /// process does next (a parent terminating a child that printed) comes after it.
    before_wake: std::sync::OnceLock<Box<dyn Fn() + Send + Sync>>,
}

impl Kernel {
    /// A run's kernel with a fresh region of its own.
    pub fn new(
        config: RunConfig,
        world: Box<dyn Host + Send>,
        clock: Clock,
        trace: Trace,
    ) -> Kernel {
        let words = NativeWords::new(REGION_WORDS);
        header::init(&words);
        Kernel::on_region(config, world, clock, trace, Region::Native(words))
    }

    /// A kernel over a region whose header is already set up (a browser worker's: the page
    /// made the region, and every worker of the run has a kernel over it).
    pub fn on_region(
        config: RunConfig,
        mut world: Box<dyn Host + Send>,
        clock: Clock,
        trace: Trace,
        words: Region,
    ) -> Kernel {
        let wall_start = world.time();
        let simulated = matches!(clock, Clock::Virtual(_));
        let tracing = trace.enabled();
        Kernel {
            words,
            state: Mutex::new(KernelState {
                procs: BTreeMap::new(),
                clock,
                wall_start,
                world,
                trace,
                spawned: Vec::new(),
                woken: Vec::new(),
                locks: Default::default(),
            }),
            config,
            max_processes: Default::default(),
            before_wake: std::sync::OnceLock::new(),
            simulated,
            tracing,
        }
    }

    /// Whether this run's events are traced.
    pub fn tracing(&self) -> bool {
        self.tracing
    }

    /// Sets what runs before every wake (once per kernel).
    pub fn set_before_wake(&self, hook: Box<dyn Fn() + Send + Sync>) {
        let _ = self.before_wake.set(hook);
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
        (self.words.load(header::LIVE) as u32) < max
    }

    pub fn lock(&self) -> MutexGuard<'_, KernelState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wakes waiters on `word` (futex waiters natively; the simulator reads `woken`).
    pub fn wake(&self, word: u32) {
        if self.simulated {
            self.lock().woken.push(word);
        }
        if let Some(hook) = self.before_wake.get() {
            hook();
        }
        self.words.wake(word, u32::MAX);
        // After the word changed: a watcher that registers later sees the change itself.
        if self.words.load(header::WATCHING) > 0 {
            for slot in watch_slots() {
                if self.words.load(slot) == word as i32 {
                    let bell = self.words.load(slot + 1);
                    if bell != 0 {
                        self.words.add(bell as u32, 1);
                        self.words.wake(bell as u32, u32::MAX);
                    }
                }
            }
        }
    }

    /// Rings `bell` whenever one of `words` is woken, in whichever process wakes it, until
    /// `unwatch`. False when the shared slots ran out (then none is taken: the caller
    /// polls instead).
    pub fn watch(&self, words: &[u32], bell: u32) -> bool {
        for &word in words {
            let Some(slot) = watch_slots().find(|&slot| {
                self.words
                    .compare_exchange(slot + 1, 0, bell as i32)
                    .is_ok()
            }) else {
                self.unwatch(bell);
                return false;
            };
            // Counted before the slot names its word, so a waker that misses the count
            // woke before this watch and the watcher's look afterwards sees the change.
            self.words.add(header::WATCHING, 1);
            self.words.store(slot, word as i32);
        }
        true
    }

    /// Gives back the slots `watch` took for `bell`.
    pub fn unwatch(&self, bell: u32) {
        for slot in watch_slots() {
            if self.words.load(slot + 1) == bell as i32 {
                self.words.store(slot, 0);
                self.words.store(slot + 1, 0);
                self.words.add(header::WATCHING, -1);
            }
        }
    }

    pub fn wake_all(&self, words: &[u32]) {
        for w in words {
            self.wake(*w);
        }
    }

    /// Reserves `n` zeroed words of the shared region (`heap`); their index, or None when
    /// full.
    pub fn alloc_words(&self, n: u32) -> Option<u32> {
        crate::heap::alloc(&self.words, self.words.len(), n)
    }

    /// Gives a block of words back to the heap.
    pub fn release_words(&self, block: u32) {
        if crate::heap::release(&self.words, block) {
            self.lock().locks.remove(&block);
        }
    }

    /// A process's exit words, or 0 when the region is full (then it cannot be joined).
    fn exit_words(&self) -> u32 {
        self.alloc_words(exit::WORDS).unwrap_or(0)
    }

    /// Asks the process whose exit words are at `exit_word` to end with `code`, as a
    /// signal does: it ends itself at its next look and publishes its end (join waits for
    /// that). The first request counts. A parked process is woken to look.
    pub fn ask_to_end(&self, exit_word: u32, code: i32) {
        if exit_word == 0 || code == 0 {
            return;
        }
        // SIGKILL overrides a request a handler would take (it cannot be caught).
        if code == -crate::signals::SIGKILL {
            self.words.store(exit_word + exit::REQUEST, code);
        } else {
            let _ = self
                .words
                .compare_exchange(exit_word + exit::REQUEST, 0, code);
        }
        // One waiting on several words waits on its doorbell: a ring changes the bell's
        // value, so it is not missed even if the wait begins only after the wake below.
        self.words.add(exit_word + exit::BELL, 1);
        let parked = self.words.load(exit_word + exit::PARKED);
        if parked > 0 {
            self.words.wake(parked as u32 - 1, u32::MAX);
        }
    }

    /// The code the process whose exit words are at `exit_word` was asked to end with.
    pub fn end_request(&self, exit_word: u32) -> Option<i32> {
        if exit_word == 0 {
            return None;
        }
        match self.words.load(exit_word + exit::REQUEST) {
            0 => None,
            code if code >= exit::EXIT_NOW => Some(code - exit::EXIT_NOW),
            code => Some(code),
        }
    }

    /// Ends the process whose exit words are at `exit_word` with `code` at its executor's
    /// next look, whatever else was asked of it (`os._exit`). False when it cannot be
    /// (a process whose exit cannot be published).
    pub fn exit_now(&self, exit_word: u32, code: i32) -> bool {
        if exit_word == 0 {
            return false;
        }
        self.words
            .store(exit_word + exit::REQUEST, exit::EXIT_NOW + code);
        true
    }

    /// Takes back a request to end with `code` that a signal handler answered (or that
    /// the process ignores), so a later one counts.
    pub fn withdraw_end_request(&self, exit_word: u32, code: i32) {
        if exit_word != 0 {
            let _ = self
                .words
                .compare_exchange(exit_word + exit::REQUEST, code, 0);
        }
    }

    /// Ends process `pid` with `code` as a signal does (minus its number): at once if it
    /// has not begun to run (it has set no handler yet), else by asking it (`ask_to_end`).
    pub fn signal(&self, pid: Pid, code: i32) {
        match self.life(pid) {
            Some(Life::Starting) => {
                if let Some(p) = self.lock().procs.get_mut(&pid) {
                    p.kill = Some(code);
                }
                self.exited(pid, code);
            }
            Some(Life::Running) if !self.end_before_begin(pid, code) => {
                let word = self.lock().procs.get(&pid).map_or(0, |p| p.exit_word);
                self.ask_to_end(word, code);
            }
            _ => {}
        }
    }

    /// The code process `pid` was asked to end with, if it was; it then counts as killed.
    pub fn end_requested(&self, pid: Pid, exit_word: u32) -> Option<i32> {
        let code = self.end_request(exit_word)?;
        if let Some(p) = self.lock().procs.get_mut(&pid) {
            p.kill = Some(code);
        }
        Some(code)
    }

    /// The code process `pid` was asked to end with before it started, if it was: it
    /// then never starts (its interpreter is not even created).
    pub fn ended_before_start(&self, pid: Pid) -> Option<i32> {
        let exit_word = self.lock().procs.get(&pid).map_or(0, |p| p.exit_word);
        self.end_requested(pid, exit_word)
    }

    /// Waits on `word` while it holds `expected`, for at most `limit` seconds, as the
    /// process whose exit words are at `exit_word`: it says where it waits first, so that
    /// a request to end wakes it (`ask_to_end`).
    pub fn park(&self, exit_word: u32, word: u32, expected: i32, limit: f64) {
        if exit_word != 0 {
            self.words.store(exit_word + exit::PARKED, word as i32 + 1);
        }
        if self.end_request(exit_word).is_none() {
            self.words.wait(word, expected, Some(limit));
        }
    }

    /// Adds the main process to the table.
    pub fn add_main(&self) -> Pid {
        let pid = self.words.add(header::NEXT_PID, 1) as Pid;
        let exit_word = self.exit_words();
        self.add_member(pid, 1, "MainProcess".into(), false, exit_word, None);
        pid
    }

    /// Adds a process that already has its pid and exit words (a browser worker's own
    /// process, started by another worker) and counts it among the live ones.
    pub fn add_member(
        &self,
        pid: Pid,
        ppid: Pid,
        name: String,
        daemon: bool,
        exit_word: u32,
        payload: Option<Vec<u8>>,
    ) {
        let mut st = self.lock();
        st.procs.insert(
            pid,
            ProcEntry {
                pid,
                ppid,
                name: name.clone(),
                daemon,
                life: Life::Running,
                exit_word,
                payload,
                kill: None,
            },
        );
        if ppid == 1 {
            self.words.add(header::LIVE, 1);
            st.emit(pid, Event::Spawn { ppid, name, daemon });
        }
    }

    /// Adds a process this one only watches (a browser worker's parent): its liveness is
    /// read from its exit words.
    pub fn add_watched(&self, pid: Pid, name: String, exit_word: u32) {
        self.lock().procs.insert(
            pid,
            ProcEntry {
                pid,
                ppid: 0,
                name,
                daemon: false,
                life: Life::Running,
                exit_word,
                payload: None,
                kill: None,
            },
        );
    }

    /// Where `pid` is in its life, as far as this kernel knows; a process that ended in
    /// another worker is seen through its exit words.
    pub fn life(&self, pid: Pid) -> Option<Life> {
        let mut st = self.lock();
        let p = st.procs.get_mut(&pid)?;
        if matches!(p.life, Life::Running | Life::Starting)
            && p.exit_word != 0
            && self.words.load(p.exit_word + exit::STATE) == exit::EXITED
        {
            p.life = Life::Zombie(self.words.load(p.exit_word + exit::CODE));
        }
        Some(p.life.clone())
    }

    /// Records a child started by `parent`; the executor picks it up from `spawned`.
    pub fn spawn(&self, parent: Pid, name: String, daemon: bool, payload: Vec<u8>) -> Pid {
        let pid = self.words.add(header::NEXT_PID, 1) as Pid;
        let exit_word = self.exit_words();
        self.words.add(header::LIVE, 1);
        let mut st = self.lock();
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
        // Only the first ending counts (a process may end itself as it is ended).
        if self.claim_exit(word, exit::RUNNING) || self.claim_exit(word, exit::NOT_BEGUN) {
            self.publish_exit(word, code);
        }
    }

    /// Process `pid` begins to run; Err with its exit code if it was ended before it
    /// began (`end_before_begin`): it must then not run at all.
    pub fn begin(&self, pid: Pid) -> Result<(), i32> {
        let word = self.lock().procs.get(&pid).map_or(0, |p| p.exit_word);
        if word == 0 {
            return Ok(());
        }
        match self
            .words
            .compare_exchange(word + exit::STATE, exit::NOT_BEGUN, exit::RUNNING)
        {
            Ok(_) => Ok(()),
            Err(_) => {
                // Its end is published: the code, then EXITED.
                while self.words.load(word + exit::STATE) == exit::ENDING {
                    self.words
                        .wait(word + exit::STATE, exit::ENDING, Some(0.01));
                }
                Err(self.words.load(word + exit::CODE))
            }
        }
    }

    /// Ends process `pid` with `code` if it has not begun to run (its worker is not up
    /// yet): its end is published at once, so `join` need not wait for it to come up
    /// only to end. False if it runs already (it must then be asked: `ask_to_end`).
    pub fn end_before_begin(&self, pid: Pid, code: i32) -> bool {
        let word = self.lock().procs.get(&pid).map_or(0, |p| p.exit_word);
        if !self.claim_exit(word, exit::NOT_BEGUN) {
            return false;
        }
        {
            let mut st = self.lock();
            if let Some(p) = st.procs.get_mut(&pid) {
                p.kill = Some(code);
                p.life = Life::Zombie(code);
            }
            st.emit(pid, Event::Exit { code });
        }
        self.publish_exit(word, code);
        true
    }

    /// Claims the right to publish the exit of the process whose exit words are at
    /// `word`, if it is in state `from`.
    fn claim_exit(&self, word: u32, from: i32) -> bool {
        word != 0
            && self
                .words
                .compare_exchange(word + exit::STATE, from, exit::ENDING)
                .is_ok()
    }

    /// Publishes a claimed exit: the code, then EXITED, so a reader that sees EXITED reads
    /// the right code; then wakes its joiners.
    fn publish_exit(&self, word: u32, code: i32) {
        self.words.store(word + exit::CODE, code);
        self.words.store(word + exit::STATE, exit::EXITED);
        self.words.add(header::LIVE, -1);
        self.wake(word);
    }

    /// The task holding the lock whose state word is `word`, if it is a held lock.
    pub fn holder_of(&self, word: u32) -> Option<i32> {
        if !self.lock().locks.contains(&word) {
            return None;
        }
        crate::primitives::Lock::at(word).holder(&self.words)
    }

    /// Real seconds that `clock_seconds` of this run's clock take.
    pub fn real_seconds(&self, clock_seconds: f64) -> f64 {
        match &self.lock().clock {
            Clock::External { speed, .. } => clock_seconds / speed(),
            _ => clock_seconds,
        }
    }

    /// Monotonic seconds since the run began.
    pub fn now(&self) -> f64 {
        self.lock().now()
    }

    /// Moves a stopped clock forward to `seconds`, so a stepped process that only sleeps
    /// wakes (an embedder's clock, which stands still while the run is paused).
    pub fn advance_clock(&self, seconds: f64) {
        if let Clock::External { advance, .. } = &self.lock().clock {
            advance(seconds);
        }
    }
}

impl KernelState {
    pub fn now(&self) -> f64 {
        match &self.clock {
            Clock::Virtual(t) => *t,
            Clock::Real(start) => start.elapsed().as_secs_f64(),
            Clock::External { now, .. } => now(),
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::Duration;

    /// A kernel for unit tests: real clock, no trace, an empty program.
    pub(crate) fn kernel() -> Kernel {
        let config = RunConfig {
            script_path: "main.py".into(),
            source: String::new(),
            slice: 100,
            seed: 0,
        };
        let world = Box::new(mpplay_python::MemoryHost::new());
        Kernel::new(
            config,
            world,
            Clock::Real(Instant::now()),
            Trace::disabled(),
        )
    }

    fn word(k: &Kernel) -> u32 {
        k.alloc_words(1).expect("room")
    }

    /// A child as a browser worker's parent sees it once its start is handed over: running
    /// as far as this kernel knows, its worker maybe not up yet.
    fn handed_over_child(k: &Kernel) -> Pid {
        let main = k.add_main();
        let child = k.spawn(main, "Process-1".into(), false, Vec::new());
        k.lock().procs.get_mut(&child).expect("spawned").life = Life::Running;
        child
    }

    #[test]
    fn a_child_ended_before_it_begins_never_runs_and_its_end_is_published_once() {
        let k = kernel();
        let child = handed_over_child(&k);
        let live = k.words.load(header::LIVE);
        assert!(k.end_before_begin(child, -15));
        assert_eq!(k.life(child), Some(Life::Zombie(-15)));
        assert_eq!(k.words.load(header::LIVE), live - 1);
        assert_eq!(
            k.begin(child),
            Err(-15),
            "its worker, once up, must not run it"
        );
        assert!(
            !k.end_before_begin(child, -9),
            "only the first ending counts"
        );
        k.exited(child, 0);
        assert_eq!(k.words.load(header::LIVE), live - 1);
        assert_eq!(k.life(child), Some(Life::Zombie(-15)));
    }

    #[test]
    fn a_child_that_has_begun_must_be_asked_to_end() {
        let k = kernel();
        let child = handed_over_child(&k);
        assert_eq!(k.begin(child), Ok(()));
        assert!(!k.end_before_begin(child, -15));
        assert_eq!(k.life(child), Some(Life::Running));
        let live = k.words.load(header::LIVE);
        k.exited(child, -15);
        assert_eq!(k.life(child), Some(Life::Zombie(-15)));
        assert_eq!(k.words.load(header::LIVE), live - 1);
    }

    #[test]
    fn a_wake_rings_the_doorbells_watching_the_word_until_unwatched() {
        let k = kernel();
        let (a, b, other, bell) = (word(&k), word(&k), word(&k), word(&k));
        assert!(k.watch(&[a, b], bell));
        k.wake(other);
        assert_eq!(k.words.load(bell), 0, "another word does not ring it");
        k.wake(b);
        assert_eq!(k.words.load(bell), 1);
        k.wake(a);
        assert_eq!(k.words.load(bell), 2);
        k.unwatch(bell);
        assert_eq!(k.words.load(header::WATCHING), 0);
        k.wake(a);
        assert_eq!(k.words.load(bell), 2, "unwatched: no longer rung");
    }

    #[test]
    fn a_watch_beyond_the_free_slots_takes_none() {
        let k = kernel();
        let (first, bell, second) = (word(&k), word(&k), word(&k));
        let words: Vec<u32> = (0..=header::WATCH_SLOTS).map(|_| word(&k)).collect();
        assert!(k.watch(&[first], bell));
        assert!(!k.watch(&words[1..], second), "one slot short");
        assert_eq!(
            k.words.load(header::WATCHING),
            1,
            "the first watch's slot only"
        );
        k.unwatch(bell);
        assert!(k.watch(&words[1..], second), "every slot free again");
    }

    #[test]
    fn a_watcher_on_another_thread_wakes_when_a_word_is_woken() {
        let k = Arc::new(kernel());
        let (a, b, bell) = (word(&k), word(&k), word(&k));
        let watcher = {
            let k = k.clone();
            std::thread::spawn(move || {
                let rung = k.words.load(bell);
                assert!(k.watch(&[a, b], bell));
                let t = Instant::now();
                k.words.wait(bell, rung, Some(30.0));
                k.unwatch(bell);
                t.elapsed()
            })
        };
        while k.words.load(header::WATCHING) < 2 {
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_millis(20));
        k.words.store(b, 1);
        k.wake(b);
        let waited = watcher.join().expect("the watcher");
        assert!(
            waited < Duration::from_secs(20),
            "woken, not timed out: {waited:?}"
        );
    }
}
