//! The page's side of a run: it has the workers started, hands each the compiled module,
//! and turns their messages into reports. It never blocks. Dropping a runner ends every
//! worker of its run at once.
//!
//! Under the sim executor one worker runs the whole run. Under the workers executor the
//! page makes the shared buffer, keeps the run's processes and serves its files: a spawner
//! worker creates the process workers (the main one when the page asks, each child when
//! its parent asks, without the page in between), the page listens to each on the port the
//! spawner hands it, has a terminated process's worker ended, and answers file requests
//! through the asking process's mailbox. While no run goes on, the page keeps the next
//! run's spawner with standby workers already up (`SpareSpawner`).

use mpplay_python::MemoryHost;
use mpplay_runtime::kernel::{header, REGION_WORDS};
use mpplay_runtime::shm::browser::BrowserWords;
use mpplay_runtime::shm::SharedWords;
use mpplay_web::clock::SharedClock;
use mpplay_web::protocol::{Control, MemberInit, ProcessStart, Report, RunOptions};
use mpplay_web::world::{self, answer};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

#[wasm_bindgen(
    inline_js = r#"export async function prepare_worker(wasm, glue, loader) {
    const [module, glueText, loaderText] = await Promise.all([
        WebAssembly.compileStreaming(fetch(wasm)),
        fetch(glue).then((r) => r.text()),
        fetch(loader).then((r) => r.text()),
    ]);
    const base = `self.mpplayBase = ${JSON.stringify(new URL(".", location.href).href)};\n`;
    const script = new Blob([base, glueText, "\n", loaderText], { type: "text/javascript" });
    return { module, url: URL.createObjectURL(script) };
}"#
)]
extern "C" {
    /// Compiles the worker's wasm once and joins its script in one Blob:
    /// `{module, url}`, what every worker of the page starts from.
    pub fn prepare_worker(wasm: &str, glue: &str, loader: &str) -> js_sys::Promise;
}

/// What every worker starts from: the compiled module, and its whole script (the
/// wasm-bindgen glue and `static/worker-loader.js`) at a Blob URL, so that starting a
/// worker fetches nothing (it halves the time to start a hundred workers in Chromium).
#[derive(Clone)]
pub struct WorkerKit {
    pub module: JsValue,
    pub url: String,
}

impl WorkerKit {
    /// Compiles and fetches what the kit holds.
    pub async fn prepare() -> Result<WorkerKit, String> {
        let kit = wasm_bindgen_futures::JsFuture::from(prepare_worker(
            "worker_bg.wasm",
            "worker.js",
            "worker-loader.js",
        ))
        .await
        .map_err(|e| format!("{e:?}"))?;
        let field = |name: &str| js_sys::Reflect::get(&kit, &name.into()).unwrap_or_default();
        Ok(WorkerKit {
            module: field("module"),
            url: field("url").as_string().unwrap_or_default(),
        })
    }
}

/// The worker that creates the workers executor's process workers.
const SPAWNER: &str = "spawner.js";

/// How many standby workers the page keeps for the next workers run, unless its address
/// says `?standby=N`. Each costs about 3 MB of memory while it waits; a run's first
/// processes take them and start without waiting for a worker to be made, which is about
/// 10 ms of the browser's work per worker on two cores. Sixteen cover every course example
/// but KTV, and the first sixth of KTV's.
pub const STANDBY_WORKERS: u32 = 16;

/// The next workers run's spawner, made while no run goes on, with its standby workers
/// loading meanwhile. Dropped unused, it ends them and itself.
pub struct SpareSpawner(Option<Worker>);

impl SpareSpawner {
    pub fn new(kit: &WorkerKit, standby: u32) -> Result<SpareSpawner, String> {
        let worker = Worker::new(SPAWNER).map_err(|e| format!("cannot start a worker: {e:?}"))?;
        let order = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&order, &k.into(), v);
        let _ = set("workerUrl", &kit.url.as_str().into());
        let _ = set("module", &kit.module);
        let _ = set("count", &standby.into());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"standby".into(), &order);
        let spare = SpareSpawner(Some(worker.clone()));
        worker
            .post_message(&message)
            .map_err(|e| format!("cannot start a worker: {e:?}"))?;
        Ok(spare)
    }

    fn take(mut self) -> Option<Worker> {
        self.0.take()
    }
}

impl Drop for SpareSpawner {
    fn drop(&mut self) {
        if let Some(worker) = &self.0 {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"close".into(), &true.into());
            let _ = worker.post_message(&message);
        }
    }
}

/// A run on the simulator, in one worker.
pub struct SimRunner {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl SimRunner {
    pub fn start(
        kit: &WorkerKit,
        options: RunOptions,
        on_report: Callback<Report>,
        on_failure: Callback<String>,
    ) -> Result<SimRunner, String> {
        let worker = Worker::new(&kit.url).map_err(|e| format!("cannot start a worker: {e:?}"))?;
        let run = serde_json::to_string(&Control::Run(options)).unwrap_or_default();
        let w = worker.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(text) = e.data().as_string() else {
                return;
            };
            match serde_json::from_str::<Report>(&text) {
                Ok(Report::Ready) => {
                    let _ = w.post_message(&JsValue::from_str(&run));
                }
                Ok(report) => on_report.emit(report),
                Err(_) => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let message = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .unwrap_or_else(|| "the worker failed".into());
            on_failure.emit(message);
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker
            .post_message(&kit.module)
            .map_err(|e| format!("cannot hand the module to the worker: {e:?}"))?;
        Ok(SimRunner {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn send(&self, control: &Control) {
        if let Ok(text) = serde_json::to_string(control) {
            let _ = self.worker.post_message(&JsValue::from_str(&text));
        }
    }
}

impl Drop for SimRunner {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// A run on the workers executor: one worker per process over one SharedArrayBuffer.
pub struct WorkersRunner {
    run: Rc<RefCell<WorkersRun>>,
}

struct WorkersRun {
    spawner: Spawner,
    words: BrowserWords,
    clock: SharedClock<BrowserWords>,
    options: RunOptions,
    started_ms: f64,
    /// The run's processes whose workers have not ended, by pid.
    workers: BTreeMap<u32, LiveWorker>,
    /// Children ended before the spawner made their workers (it made none).
    never_started: BTreeSet<u32>,
    /// The run's files (every process's requests land here).
    fs: MemoryHost,
    /// The line each process was last seen on.
    lines: BTreeMap<u32, u32>,
    on_report: Callback<Report>,
    on_failure: Callback<String>,
    /// The main process's exit code, once it has ended.
    main_code: Option<i32>,
    /// Waits for the last reports of the other processes after the main one ended.
    grace: Option<gloo::timers::callback::Timeout>,
    ended: bool,
}

/// How long the run waits, after the main process ended, for others' last reports (ms).
const GRACE_MS: u32 = 1000;

/// The worker that creates and ends the run's process workers (`static/spawner.js`).
struct Spawner {
    worker: Worker,
    /// The run's `header::STOPPED` word: 1 once the run has stopped (the spawner looks at
    /// it before each message it handles, the processes between their slices).
    stopped: js_sys::Int32Array,
    _on_message: Option<Closure<dyn Fn(MessageEvent)>>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Spawner {
    /// A spawner for the run over `words`, whose workers start from `kit`: `spare`, if
    /// the page made one, or a new one.
    fn new(
        words: &BrowserWords,
        kit: &WorkerKit,
        spare: Option<SpareSpawner>,
        on_failure: Callback<String>,
    ) -> Result<Spawner, String> {
        let worker = match spare.and_then(SpareSpawner::take) {
            Some(worker) => worker,
            None => Worker::new(SPAWNER).map_err(|e| format!("cannot start a worker: {e:?}"))?,
        };
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let message = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .unwrap_or_else(|| format!("{SPAWNER} did not load"));
            on_failure.emit(format!("the run's workers cannot start: {message}"));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let stopped = js_sys::Int32Array::new_with_byte_offset_and_length(
            words.buffer(),
            header::STOPPED * 4,
            1,
        );
        let run = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&run, &k.into(), v);
        let _ = set("stopWord", &stopped);
        let _ = set("workerUrl", &kit.url.as_str().into());
        let _ = set("module", &kit.module);
        let _ = set("buffer", words.buffer());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"run".into(), &run);
        worker
            .post_message(&message)
            .map_err(|e| format!("cannot start a worker: {e:?}"))?;
        Ok(Spawner {
            worker,
            stopped,
            _on_message: None,
            _on_error: on_error,
        })
    }

    /// Has the spawner tell `run` of each worker it starts (or fails to).
    fn listen(run: &Rc<RefCell<WorkersRun>>) {
        let weak = Rc::downgrade(run);
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(run) = weak.upgrade() else { return };
            let field = |name: &str| js_sys::Reflect::get(&e.data(), &name.into()).ok();
            let pid = field("pid").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
            if field("ended").is_some_and(|v| v.is_truthy()) {
                // Its parent's report of it may come after this: it is not expected then.
                let gone = {
                    let mut r = run.borrow_mut();
                    r.never_started.insert(pid);
                    r.workers.remove(&pid)
                };
                drop(gone);
                maybe_finish(&run);
                return;
            }
            match field("port").and_then(|v| v.dyn_into::<web_sys::MessagePort>().ok()) {
                Some(port) => listen_to_process(&run, pid, port),
                None => {
                    let error = field("error")
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    let fail = run.borrow().on_failure.clone();
                    fail.emit(format!("process {pid}: {error}"));
                }
            }
        });
        let mut r = run.borrow_mut();
        let spawner = &mut r.spawner;
        spawner
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        spawner._on_message = Some(on_message);
    }
}

impl Spawner {
    /// Ends every worker of the run: the spawner, told by the shared word, skips what is
    /// queued and ends them at its next message; the processes, told by the same word,
    /// return to their workers' event loops, where being ended takes effect.
    fn end_all(&self) {
        js_sys::Atomics::store(&self.stopped, 0, 1).ok();
        let _ = self.worker.post_message(&js_sys::Object::new());
    }
}

impl Drop for Spawner {
    fn drop(&mut self) {
        self.end_all();
    }
}

/// A process's worker, as the page knows it: the port it reports on, once the spawner has
/// started it. Dropping it has the spawner end the worker.
struct LiveWorker {
    pid: u32,
    port: Option<Listening>,
    spawner: Worker,
}

/// A port and the handler of its messages.
type Listening = (web_sys::MessagePort, Closure<dyn Fn(MessageEvent)>);

impl Drop for LiveWorker {
    fn drop(&mut self) {
        if let Some((port, _)) = &self.port {
            port.close();
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"stop".into(), &self.pid.into());
        let _ = self.spawner.post_message(&message);
    }
}

impl WorkersRunner {
    pub fn start(
        kit: &WorkerKit,
        spare: Option<SpareSpawner>,
        options: RunOptions,
        on_report: Callback<Report>,
        on_failure: Callback<String>,
    ) -> Result<WorkersRunner, String> {
        let words = BrowserWords::new(REGION_WORDS as u32);
        header::init(&words);
        if options.paused {
            words.store(header::PAUSED, 1);
        }
        let started_ms = js_sys::Date::now();
        let clock = SharedClock::new(words.clone(), started_ms);
        clock.start(if options.paused {
            0.0
        } else {
            options.speed.max(0.01)
        });
        let spawner = Spawner::new(&words, kit, spare, on_failure.clone())?;
        let run = Rc::new(RefCell::new(WorkersRun {
            spawner,
            words,
            clock,
            options,
            started_ms,
            workers: BTreeMap::new(),
            never_started: BTreeSet::new(),
            fs: MemoryHost::new(),
            lines: BTreeMap::new(),
            on_report,
            on_failure,
            main_code: None,
            grace: None,
            ended: false,
        }));
        Spawner::listen(&run);
        start_main(&run)?;
        Ok(WorkersRunner { run })
    }

    /// Seconds on the run's clock now.
    pub fn clock_now(&self) -> f64 {
        self.run.borrow().clock.now()
    }

    /// (a paused run) Moves the clock to `seconds`, so a step finds a sleeper awake.
    pub fn advance_clock(&self, seconds: f64) {
        self.run.borrow().clock.advance_to(seconds);
    }

    pub fn send(&self, control: &Control) {
        let mut run = self.run.borrow_mut();
        let run = &mut *run;
        let words = &run.words;
        match control {
            // A paused run's clock stands still, as under sim: sleeps do not run out.
            Control::Pause => {
                words.store(header::PAUSED, 1);
                run.clock.set_speed(0.0);
            }
            Control::Resume => {
                run.clock.set_speed(run.options.speed.max(0.01));
                words.store(header::PAUSED, 0);
                words.add(header::STEPS, 1);
                words.wake(header::STEPS, u32::MAX);
            }
            Control::Step { pid } => {
                words.store(header::STEP_ONLY, pid.unwrap_or(0) as i32);
                words.add(header::STEPS, 1);
                words.wake(header::STEPS, u32::MAX);
            }
            Control::Speed { speed } => {
                run.options.speed = *speed;
                if words.load(header::PAUSED) == 0 {
                    run.clock.set_speed(speed.max(0.01));
                }
            }
            Control::Run(_) => {}
        }
    }
}

impl Drop for WorkersRunner {
    /// Ends the run at once, even while a report being handled still holds it.
    fn drop(&mut self) {
        self.run.borrow().spawner.end_all();
    }
}

/// Has the spawner start the main process's worker.
fn start_main(run: &Rc<RefCell<WorkersRun>>) -> Result<(), String> {
    let pid = header::FIRST_PID as u32;
    expect(run, pid);
    let r = run.borrow();
    let init = MemberInit {
        process: ProcessStart {
            pid: None,
            ppid: 1,
            name: "MainProcess".into(),
            daemon: false,
            exit_word: 0,
            parent_exit_word: 0,
            parent_name: String::new(),
            payload: Vec::new(),
        },
        options: r.options.clone(),
        started_ms: r.started_ms,
    };
    r.spawner
        .worker
        .post_message(&init.spawn_request(pid, None))
        .map_err(|e| format!("cannot start a process's worker: {e:?}"))
}

/// Counts process `pid` among the run's until its worker ends, its port or not yet.
fn expect(run: &Rc<RefCell<WorkersRun>>, pid: u32) {
    let mut r = run.borrow_mut();
    if r.never_started.contains(&pid) {
        return;
    }
    let spawner = r.spawner.worker.clone();
    // Built only when missing: a LiveWorker dropped ends its process's worker.
    r.workers.entry(pid).or_insert_with(|| LiveWorker {
        pid,
        port: None,
        spawner,
    });
}

/// Listens to process `pid` on `port`, which the spawner handed over as it started it.
fn listen_to_process(run: &Rc<RefCell<WorkersRun>>, pid: u32, port: web_sys::MessagePort) {
    if run.borrow().ended {
        port.close();
        return;
    }
    let weak = Rc::downgrade(run);
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(run) = weak.upgrade() else { return };
        let Some(text) = e.data().as_string() else {
            return;
        };
        match serde_json::from_str::<Report>(&text) {
            Ok(Report::Ready) | Err(_) => {}
            Ok(report) => on_process_report(&run, pid, report),
        }
    });
    port.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    expect(run, pid);
    if let Some(live) = run.borrow_mut().workers.get_mut(&pid) {
        live.port = Some((port, on_message));
    }
}

/// Handles what process `pid`'s worker reported.
fn on_process_report(run: &Rc<RefCell<WorkersRun>>, pid: u32, report: Report) {
    if run.borrow().ended {
        return;
    }
    let on_report = run.borrow().on_report.clone();
    match report {
        Report::Events { .. } => on_report.emit(report),
        Report::Status { t, lines } => {
            let all = {
                let mut r = run.borrow_mut();
                r.lines.remove(&pid);
                r.lines.extend(lines);
                r.lines.iter().map(|(p, l)| (*p, *l)).collect()
            };
            on_report.emit(Report::Status { t, lines: all });
        }
        Report::Spawn { pid: child } => expect(run, child),
        Report::Exited { code, .. } => {
            let gone = {
                let mut r = run.borrow_mut();
                r.lines.remove(&pid);
                if pid == header::FIRST_PID as u32 {
                    r.main_code = Some(code);
                }
                r.workers.remove(&pid)
            };
            // The worker is the one calling: let it return before it is terminated.
            gloo::timers::callback::Timeout::new(0, move || drop(gone)).forget();
            if pid == header::FIRST_PID as u32 {
                // Children have ended (the main process waited for them) but their last
                // reports may still be on the way: wait for them, a little.
                let weak = Rc::downgrade(run);
                let grace = gloo::timers::callback::Timeout::new(GRACE_MS, move || {
                    if let Some(run) = weak.upgrade() {
                        finish(&run);
                    }
                });
                run.borrow_mut().grace = Some(grace);
            }
            maybe_finish(run);
        }
        Report::Fs {
            op,
            path,
            data,
            mailbox,
        } => {
            let mut r = run.borrow_mut();
            let (status, bytes) = file_op(&mut r.fs, &op, &path, &world::from_latin1(&data));
            answer_mailbox(&r.words, mailbox, status, &bytes);
        }
        Report::Ready | Report::Files { .. } | Report::Ended { .. } => {}
    }
}

/// Ends the run once the main process has ended and every other worker has reported its end.
fn maybe_finish(run: &Rc<RefCell<WorkersRun>>) {
    let done = {
        let r = run.borrow();
        r.main_code.is_some() && r.workers.is_empty()
    };
    if done {
        finish(run);
    }
}

/// Ends the run: stops what is left and reports the files and the main exit code.
fn finish(run: &Rc<RefCell<WorkersRun>>) {
    let (files, rest, code, on_report) = {
        let mut r = run.borrow_mut();
        if r.ended {
            return;
        }
        r.ended = true;
        r.grace = None;
        (
            world::files_of(&r.fs),
            std::mem::take(&mut r.workers),
            r.main_code.unwrap_or(0),
            r.on_report.clone(),
        )
    };
    drop(rest);
    on_report.emit(Report::Files { files });
    on_report.emit(Report::Ended { code });
}

/// Performs a process's file request on the run's files: the mailbox status and bytes.
fn file_op(fs: &mut MemoryHost, op: &str, path: &str, data: &[u8]) -> (i32, Vec<u8>) {
    use mpplay_python::{FsError, Host};
    let status = |r: Result<Vec<u8>, FsError>| match r {
        Ok(bytes) => (answer::OK, bytes),
        Err(FsError::NotFound) => (answer::NOT_FOUND, Vec::new()),
        Err(FsError::IsADirectory) => (answer::IS_A_DIRECTORY, Vec::new()),
        Err(FsError::PermissionDenied) => (answer::DENIED, Vec::new()),
    };
    let yes = |b: bool| {
        if b {
            (answer::OK, Vec::new())
        } else {
            (answer::FALSE, Vec::new())
        }
    };
    match op {
        "read" => status(fs.read_file(path)),
        "write" => status(fs.write_file(path, data).map(|_| Vec::new())),
        "append" => status(fs.append_file(path, data).map(|_| Vec::new())),
        "remove" => status(fs.remove_file(path).map(|_| Vec::new())),
        "exists" => yes(fs.exists(path)),
        "is_dir" => yes(fs.is_dir(path)),
        "list" => status(fs.list_dir(path).map(|names| names.join("\n").into_bytes())),
        _ => (answer::DENIED, Vec::new()),
    }
}

/// Writes an answer into a process's mailbox and wakes the process.
fn answer_mailbox(words: &BrowserWords, mailbox: u32, status: i32, bytes: &[u8]) {
    let capacity = ((world::MAILBOX_WORDS - 2) * 4) as usize;
    let (status, bytes) = if bytes.len() > capacity {
        (answer::TOO_LARGE, &[][..])
    } else {
        (status, bytes)
    };
    let view = js_sys::Uint8Array::new_with_byte_offset_and_length(
        words.buffer(),
        (mailbox + 2) * 4,
        bytes.len() as u32,
    );
    view.copy_from(bytes);
    words.store(mailbox + 1, bytes.len() as i32);
    words.store(mailbox, status);
    words.wake(mailbox, u32::MAX);
}

/// The run of either executor.
pub enum Runner {
    Sim(SimRunner),
    Workers(WorkersRunner),
}

impl Runner {
    pub fn send(&self, control: &Control) {
        match self {
            Runner::Sim(r) => r.send(control),
            Runner::Workers(r) => r.send(control),
        }
    }
}
