//! The page's side of a run: it has the workers started, hands each the compiled module,
//! and turns their messages into reports. It never blocks. Dropping a runner ends every
//! worker of its run at once.
//!
//! Under the sim executor one worker runs the whole run. Under the workers executor the
//! page is the run's process starter and file server: it makes the shared buffer, has a
//! worker started per process when a process asks and stopped when it was terminated (a
//! spawner worker does the creating, which is costly for the thread that does it), and
//! answers file requests through the asking process's mailbox.

use mpplay_python::MemoryHost;
use mpplay_runtime::kernel::{header, REGION_WORDS};
use mpplay_runtime::shm::browser::BrowserWords;
use mpplay_runtime::shm::SharedWords;
use mpplay_web::clock::SharedClock;
use mpplay_web::protocol::{Control, MemberInit, ProcessStart, Report, RunOptions};
use mpplay_web::world::{self, answer};
use std::cell::RefCell;
use std::collections::BTreeMap;
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
    module: JsValue,
    spawner: Spawner,
    words: BrowserWords,
    clock: SharedClock<BrowserWords>,
    options: RunOptions,
    started_ms: f64,
    workers: BTreeMap<u32, LiveWorker>,
    /// The newest compiled code a process posted (a `Uint8Array`), for the next to start.
    compiled: Option<JsValue>,
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
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Spawner {
    /// A spawner for the run over `words`, whose workers run the script at `worker_url`.
    fn new(
        words: &BrowserWords,
        worker_url: &str,
        on_failure: Callback<String>,
    ) -> Result<Spawner, String> {
        let worker = Worker::new(SPAWNER).map_err(|e| format!("cannot start a worker: {e:?}"))?;
        let fail = on_failure.clone();
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let message = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .unwrap_or_else(|| format!("{SPAWNER} did not load"));
            fail.emit(format!("the run's workers cannot start: {message}"));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let field = |name: &str| js_sys::Reflect::get(&e.data(), &name.into()).ok();
            let pid = field("pid").and_then(|v| v.as_f64()).unwrap_or(0.0);
            let error = field("error")
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            on_failure.emit(format!("process {pid}: {error}"));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let stopped = js_sys::Int32Array::new_with_byte_offset_and_length(
            words.buffer(),
            header::STOPPED * 4,
            1,
        );
        let init = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&init, &"stopWord".into(), &stopped);
        let _ = js_sys::Reflect::set(&init, &"workerUrl".into(), &worker_url.into());
        worker
            .post_message(&init)
            .map_err(|e| format!("cannot start a worker: {e:?}"))?;
        Ok(Spawner {
            worker,
            stopped,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for the worker of process `pid`: the module, then `start` (with `port` in it).
    fn start(
        &self,
        pid: u32,
        module: &JsValue,
        start: &js_sys::Object,
        port: &web_sys::MessagePort,
    ) -> Result<(), JsValue> {
        let message = js_sys::Object::new();
        js_sys::Reflect::set(&message, &"pid".into(), &pid.into())?;
        js_sys::Reflect::set(&message, &"module".into(), module)?;
        js_sys::Reflect::set(&message, &"start".into(), start)?;
        self.worker
            .post_message_with_transfer(&message, &js_sys::Array::of1(port))
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

/// A process's worker, as the page knows it: the port it reports on. Dropping it has the
/// spawner end the worker.
struct LiveWorker {
    pid: u32,
    port: web_sys::MessagePort,
    spawner: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
}

impl Drop for LiveWorker {
    fn drop(&mut self) {
        self.port.close();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"stop".into(), &self.pid.into());
        let _ = self.spawner.post_message(&message);
    }
}

impl WorkersRunner {
    pub fn start(
        kit: &WorkerKit,
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
        let spawner = Spawner::new(&words, &kit.url, on_failure.clone())?;
        let run = Rc::new(RefCell::new(WorkersRun {
            module: kit.module.clone(),
            spawner,
            words,
            clock,
            options,
            started_ms,
            workers: BTreeMap::new(),
            compiled: None,
            fs: MemoryHost::new(),
            lines: BTreeMap::new(),
            on_report,
            on_failure,
            main_code: None,
            grace: None,
            ended: false,
        }));
        let main = ProcessStart {
            pid: None,
            ppid: 1,
            name: "MainProcess".into(),
            daemon: false,
            exit_word: 0,
            parent_exit_word: 0,
            parent_name: String::new(),
            payload: Vec::new(),
        };
        start_process(&run, main)?;
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

/// Has the spawner start the worker of one process, which reports on a port of its own.
fn start_process(run: &Rc<RefCell<WorkersRun>>, process: ProcessStart) -> Result<(), String> {
    let pid = process.pid.unwrap_or(header::FIRST_PID as u32);
    let channel =
        web_sys::MessageChannel::new().map_err(|e| format!("cannot start a worker: {e:?}"))?;
    let weak = Rc::downgrade(run);
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(run) = weak.upgrade() else { return };
        let data = e.data();
        if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
            // Kept in shared memory: each worker it is posted to then shares one copy
            // instead of holding its own for as long as its process runs.
            let shared = js_sys::Uint8Array::new(&js_sys::SharedArrayBuffer::new(bytes.length()));
            shared.set(bytes, 0);
            run.borrow_mut().compiled = Some(shared.into());
            return;
        }
        let Some(text) = data.as_string() else {
            return;
        };
        match serde_json::from_str::<Report>(&text) {
            Ok(Report::Ready) | Err(_) => {}
            Ok(report) => on_process_report(&run, pid, report),
        }
    });
    let port = channel.port1();
    port.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let r = run.borrow();
    let init = MemberInit {
        process,
        options: r.options.clone(),
        started_ms: r.started_ms,
    };
    let start = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&start, &k.into(), v);
    let _ = set(
        "init",
        &serde_json::to_string(&init).unwrap_or_default().into(),
    );
    let _ = set("buffer", r.words.buffer());
    let worker_port = channel.port2();
    let _ = set("port", &worker_port);
    if let Some(code) = &r.compiled {
        let _ = set("code", code);
    }
    r.spawner
        .start(pid, &r.module, &start, &worker_port)
        .map_err(|e| format!("cannot start a process's worker: {e:?}"))?;
    let live = LiveWorker {
        pid,
        port,
        spawner: r.spawner.worker.clone(),
        _on_message: on_message,
    };
    drop(r);
    run.borrow_mut().workers.insert(pid, live);
    Ok(())
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
        Report::Spawn { child } => {
            if let Err(e) = start_process(run, child) {
                let fail = run.borrow().on_failure.clone();
                fail.emit(e);
            }
        }
        // The victim ends itself at its next look (`member`), posting the events it had
        // not reported yet and then its exit, when its worker goes: ending the worker now
        // would lose those events (a terminated consumer's last task_done, say).
        Report::Stop { pid: victim } => {
            run.borrow_mut().lines.remove(&victim);
        }
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
