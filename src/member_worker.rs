//! The workers executor in a Web Worker: this worker runs one process of the run over the
//! shared buffer, blocking in `Atomics.wait` when the process waits, and reports events,
//! children to start, processes to stop and its own end to the page.

use crate::clock::SharedClock;
use crate::protocol::{MemberInit, Report};
use crate::sim_worker::{cap_output, Lines};
use crate::world::{BrowserWorld, Files, PageFs, SCRIPT_PATH};
use mpplay_runtime::kernel::{header, Clock, Kernel, Pid, Region, RunConfig};
use mpplay_runtime::member::{self, ChildStart, Neighbours};
use mpplay_runtime::process::Process;
use mpplay_runtime::shm::browser::BrowserWords;
use mpplay_runtime::shm::SharedWords;
use mpplay_runtime::trace::Trace;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

/// How often a running process reports (ms); a process about to wait reports at once.
const REPORT_EVERY_MS: f64 = 50.0;

struct WorkerNeighbours {
    pid: Pid,
    kernel: Arc<Kernel>,
    post: Rc<dyn Fn(Report)>,
    last_report: Cell<f64>,
    events: Rc<EventPoster>,
    compiled_sent: RefCell<Option<Rc<[u8]>>>,
}

/// Posts the events written since the last post (output beyond the cap dropped).
struct EventPoster {
    lines: Lines,
    post: Rc<dyn Fn(Report)>,
    /// Bytes of output reported so far (see `cap_output`).
    printed: Cell<usize>,
}

impl EventPoster {
    fn post(&self) {
        let text = self.lines.take();
        if !text.is_empty() {
            let mut printed = self.printed.get();
            let (lines, skipped) = cap_output(&mut printed, &text);
            self.printed.set(printed);
            (self.post)(Report::Events { lines, skipped });
        }
    }
}

/// A value used only on this worker's one thread (wasm32 without threads), so it may sit
/// in the kernel, which must be `Send + Sync` for the native executors.
struct WorkerOnly<T>(T);
unsafe impl<T> Send for WorkerOnly<T> {}
unsafe impl<T> Sync for WorkerOnly<T> {}

impl<T> WorkerOnly<T> {
    fn get(&self) -> &T {
        &self.0
    }
}

impl Neighbours for WorkerNeighbours {
    fn start(&self, child: ChildStart) {
        self.share_compiled();
        (self.post)(Report::Spawn {
            child: crate::protocol::ProcessStart {
                pid: Some(child.pid),
                ppid: child.ppid,
                name: child.name,
                daemon: child.daemon,
                exit_word: child.exit_word,
                parent_exit_word: child.parent_exit_word,
                parent_name: child.parent_name,
                payload: child.payload,
            },
        });
    }

    fn stop(&self, pid: Pid) {
        self.report(None);
        (self.post)(Report::Stop { pid });
    }

    fn progress(&self, proc: &mut Process, waiting: bool) {
        let now = js_sys::Date::now();
        if !waiting && now - self.last_report.get() < REPORT_EVERY_MS {
            return;
        }
        self.last_report.set(now);
        self.report(proc.vm.line_in(SCRIPT_PATH));
    }
}

impl WorkerNeighbours {
    /// Posts this process's compiled code, when it has changed since last posted: the page
    /// hands the newest to every process it starts, which then skips compiling the
    /// program and the library modules.
    fn share_compiled(&self) {
        let bytes = mpplay_python::compiler::compiled_bytes();
        let sent = self.compiled_sent.replace(Some(bytes.clone()));
        if sent.is_some_and(|s| Rc::ptr_eq(&s, &bytes)) {
            return;
        }
        crate::outbox::post_value(&js_sys::Uint8Array::from(&bytes[..]));
    }

    fn report(&self, line: Option<u32>) {
        self.events.post();
        (self.post)(Report::Status {
            t: self.kernel.now(),
            lines: line.map(|l| vec![(self.pid, l)]).unwrap_or_default(),
        });
    }
}

/// Runs the process `init` describes to its end; its exit code.
pub fn run(init: MemberInit, buffer: js_sys::SharedArrayBuffer, post: Rc<dyn Fn(Report)>) -> i32 {
    let words = BrowserWords::from_buffer(buffer);
    let lines = Lines::default();
    let started = init.started_ms;
    let clock = Rc::new(SharedClock::new(words.clone(), started));
    let speed = WorkerOnly(clock.clone());
    let advance = WorkerOnly(clock.clone());
    let now = WorkerOnly(clock);
    let clock = Clock::External {
        now: Box::new(move || now.get().now()),
        speed: Box::new(move || speed.get().speed()),
        advance: Box::new(move |seconds| advance.get().advance_to(seconds)),
    };
    let seq = words.clone();
    let trace = Trace::to(Box::new(lines.clone()))
        .counted_by(Box::new(move || seq.add(header::SEQ, 1) as u64));
    let fs_post = post.clone();
    let world = BrowserWorld::new(
        Files::OnPage(PageFs::new(
            words.clone(),
            Box::new(move |request| fs_post(request)),
        )),
        started,
    );
    let config = RunConfig {
        script_path: SCRIPT_PATH.to_string(),
        source: init.options.source.clone(),
        slice: 400,
        seed: init.options.seed,
    };
    let kernel = Arc::new(Kernel::on_region(
        config,
        Box::new(world),
        clock,
        trace,
        Region::Browser(words),
    ));
    kernel.set_max_processes(init.options.max_processes);
    let p = init.process;
    let pid = match p.pid {
        None => kernel.add_main(),
        Some(pid) => {
            kernel.add_member(pid, p.ppid, p.name, p.daemon, p.exit_word, Some(p.payload));
            kernel.add_watched(p.ppid, p.parent_name, p.parent_exit_word);
            pid
        }
    };
    let events = Rc::new(EventPoster {
        lines,
        post: post.clone(),
        printed: Cell::new(0),
    });
    let before_wake = WorkerOnly(events.clone());
    kernel.set_before_wake(Box::new(move || {
        // Output first: a woken parent may terminate this process next. Other events wait
        // for the next report (posting on every wake would swamp the page).
        let events = before_wake.get();
        if events.lines.has_output() {
            events.post();
        }
    }));
    let neighbours = WorkerNeighbours {
        pid,
        kernel: kernel.clone(),
        post: post.clone(),
        last_report: Cell::new(0.0),
        events,
        compiled_sent: RefCell::new(None),
    };
    let code = member::drive(&kernel, pid, &neighbours);
    neighbours.report(None);
    post(Report::Exited { pid, code });
    code
}
