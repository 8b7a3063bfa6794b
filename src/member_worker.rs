//! The workers executor in a Web Worker: this worker runs one process of the run over the
//! shared buffer, blocking in `Atomics.wait` when the process waits. It asks the run's
//! spawner for its children's workers, and reports events, children started and its own
//! end to the page.

use crate::clock::SharedClock;
use crate::protocol::{MemberInit, ProcessStart, Report, RunOptions};
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
use wasm_bindgen::JsValue;

/// How often a running process reports (ms); a process about to wait reports at once.
const REPORT_EVERY_MS: f64 = 50.0;

struct WorkerNeighbours {
    pid: Pid,
    kernel: Arc<Kernel>,
    post: Rc<dyn Fn(Report)>,
    last_report: Cell<f64>,
    events: Rc<EventPoster>,
    /// What children are started with: the run's options, when it began.
    options: RunOptions,
    started_ms: f64,
    /// The compiled code last handed to a child, and its copy in shared memory.
    compiled: RefCell<Option<(Rc<[u8]>, js_sys::Uint8Array)>>,
    /// The line last reported (None before the first report).
    reported_line: Cell<Option<Option<u32>>>,
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
    /// Asks the spawner for the child's worker, then tells the page to expect it (before
    /// this process's own end, which the page may otherwise take for the run's).
    fn start(&self, child: ChildStart) {
        let pid = child.pid;
        let init = MemberInit {
            process: ProcessStart {
                pid: Some(child.pid),
                ppid: child.ppid,
                name: child.name,
                daemon: child.daemon,
                exit_word: child.exit_word,
                parent_exit_word: child.parent_exit_word,
                parent_name: child.parent_name,
                payload: child.payload,
            },
            options: self.options.clone(),
            started_ms: self.started_ms,
        };
        let request = init.spawn_request(pid, Some(&self.compiled()));
        if crate::outbox::post_to_spawner(&request) {
            (self.post)(Report::Spawn { pid });
        }
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
    /// This process's compiled code in shared memory, copied again only when it has
    /// changed: each child is handed it and then skips compiling the program and the
    /// library modules, and all share one copy for as long as they run.
    fn compiled(&self) -> JsValue {
        let bytes = mpplay_python::compiler::compiled_bytes();
        let mut shared = self.compiled.borrow_mut();
        match &*shared {
            Some((of, copy)) if Rc::ptr_eq(of, &bytes) => copy.clone().into(),
            _ => {
                let copy =
                    js_sys::Uint8Array::new(&js_sys::SharedArrayBuffer::new(bytes.len() as u32));
                copy.copy_from(&bytes);
                *shared = Some((bytes, copy.clone()));
                copy.into()
            }
        }
    }

    /// Posts the events written since the last report, and the process's line when it has
    /// moved: a waiting process looks in four times a second, and a hundred of them
    /// reporting each time kept the page drawing what had not changed.
    fn report(&self, line: Option<u32>) {
        self.events.post();
        if self.reported_line.replace(Some(line)) == Some(line) {
            return;
        }
        (self.post)(Report::Status {
            t: self.kernel.now(),
            lines: line.map(|l| vec![(self.pid, l)]).unwrap_or_default(),
        });
    }
}

/// Runs the process `init` describes to its end; its exit code.
#[inline(never)]
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
        // Output first: the page folds events in `seq` order, so what the woken process
        // prints next would wait on the page until this output came. Other events wait for
        // the next report (posting on every wake would swamp the page).
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
        options: init.options.clone(),
        started_ms: init.started_ms,
        compiled: RefCell::new(None),
        reported_line: Cell::new(None),
    };
    let code = member::drive(&kernel, pid, &neighbours);
    neighbours.report(None);
    post(Report::Exited { pid, code });
    code
}
