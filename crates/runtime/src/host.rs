//! The engine's `Host` for one process of a run: time from the kernel's clock, output and
//! files through the world every process shares, and this process's identity. It also
//! carries what the natives keep per process between a blocking call and its retry.

use crate::kernel::{header, Clock, Kernel, Pid};
use crate::shm::SharedWords;
use mpplay_python::value::Value;
use mpplay_python::{FsError, Host, Stream};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A green thread started by the program, waiting for the executor to schedule it.
pub struct NewThread {
    pub tid: usize,
    pub name: String,
    pub daemon: bool,
}

pub struct ProcHost {
    pub kernel: Arc<Kernel>,
    pub pid: Pid,
    pub ppid: Pid,
    /// The first of the process's exit words (`kernel::exit`).
    exit_word: u32,
    /// Threads started since the executor last looked.
    pub new_threads: Vec<NewThread>,
    /// (thread, semaphore word) pairs counted among the semaphore's waiters.
    pub registered: HashSet<(usize, u32)>,
    /// (thread, reply channel) pairs whose request was sent and whose reply is awaited.
    pub in_flight: HashSet<(usize, u32)>,
    /// The signal handlers the program set, by signal number (`signals`).
    pub signal_handlers: HashMap<i32, Value>,
    /// A child still running its main module's code (as `__mp_main__`), before its
    /// bootstrap: as under CPython's spawn, it may not start processes yet.
    pub importing_main: bool,
}

impl ProcHost {
    /// The host of the process `vm` runs.
    pub fn of(vm: &mut mpplay_python::Vm) -> &mut ProcHost {
        vm.host
            .as_any_mut()
            .downcast_mut::<ProcHost>()
            .expect("the runtime's processes run on a ProcHost")
    }

    pub fn new(kernel: Arc<Kernel>, pid: Pid, ppid: Pid, exit_word: u32) -> ProcHost {
        ProcHost {
            kernel,
            pid,
            ppid,
            exit_word,
            new_threads: Vec::new(),
            registered: HashSet::new(),
            in_flight: HashSet::new(),
            signal_handlers: HashMap::new(),
            importing_main: false,
        }
    }
}

impl Host for ProcHost {
    fn interrupted(&mut self) -> bool {
        self.kernel.end_request(self.exit_word).is_some()
            || self.kernel.words.load(header::STOPPED) != 0
    }

    fn exit_now(&mut self, code: i32) -> bool {
        self.kernel.exit_now(self.exit_word, code)
    }

    fn write(&mut self, stream: Stream, text: &str) {
        self.kernel.lock().write(self.pid, stream, text);
    }

    fn time(&mut self) -> f64 {
        let mut st = self.kernel.lock();
        match st.clock {
            // Wall time under the virtual clock: when the run began plus virtual seconds.
            Clock::Virtual(t) => st.wall_start + t,
            Clock::Real(_) => st.world.time(),
            Clock::External { .. } => st.wall_start + st.now(),
        }
    }

    fn monotonic(&mut self) -> f64 {
        self.kernel.now()
    }

    fn sleep_until(&mut self, deadline: f64) {
        let mut st = self.kernel.lock();
        match &mut st.clock {
            Clock::Virtual(t) => *t = t.max(deadline),
            // The executor waits out sleeps as waits; nothing to do here.
            Clock::External { .. } => {}
            Clock::Real(start) => {
                let now = start.elapsed().as_secs_f64();
                drop(st);
                if deadline > now {
                    std::thread::sleep(std::time::Duration::from_secs_f64(deadline - now));
                }
            }
        }
    }

    fn utc_offset(&mut self, t: f64) -> i32 {
        self.kernel.lock().world.utc_offset(t)
    }

    fn tz_name(&mut self) -> String {
        self.kernel.lock().world.tz_name()
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.kernel.lock().world.read_file(path)
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.kernel.lock().world.write_file(path, data)
    }

    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.kernel.lock().world.append_file(path, data)
    }

    fn remove_file(&mut self, path: &str) -> Result<(), FsError> {
        self.kernel.lock().world.remove_file(path)
    }

    fn exists(&mut self, path: &str) -> bool {
        self.kernel.lock().world.exists(path)
    }

    fn is_dir(&mut self, path: &str) -> bool {
        self.kernel.lock().world.is_dir(path)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        self.kernel.lock().world.list_dir(path)
    }

    fn cwd(&mut self) -> String {
        self.kernel.lock().world.cwd()
    }

    fn urlopen(&mut self, url: &str) -> Result<Vec<u8>, String> {
        self.kernel.lock().world.urlopen(url)
    }

    fn pid(&mut self) -> u32 {
        self.pid
    }

    fn ppid(&mut self) -> u32 {
        self.ppid
    }

    fn cpu_count(&mut self) -> u32 {
        self.kernel.lock().world.cpu_count()
    }

    fn entropy(&mut self) -> Vec<u32> {
        let mut words = self.kernel.lock().world.entropy();
        // Each process draws its own seed, as separate CPython processes would.
        if let Some(w) = words.first_mut() {
            *w ^= self.pid.wrapping_mul(0x9E37_79B9);
        }
        words
    }

    fn argv(&mut self) -> Vec<String> {
        self.kernel.lock().world.argv()
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
