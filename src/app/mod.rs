//! The playground page: a toolbar, the editor, and the views of the current run. The app
//! keeps the run's `RunModel`, folded from the reports its runner receives, and redraws at
//! most ten times a second however fast events arrive.

pub mod api;
pub mod editor;
pub mod lessons;
pub mod runner;
pub mod views;

use editor::{Editor, Marker};
use mpplay_web::model::RunModel;
use mpplay_web::protocol::{Control, Mode, Report, RunOptions};
use runner::{Runner, SimRunner, WorkersRunner};
use std::collections::BTreeMap;
use std::rc::Rc;
use views::{ConsoleView, FilesView, PrimitivesView, ProcessView, QueuesView, SharedView};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The most processes a run may have alive at once.
pub const MAX_PROCESSES: u32 = 256;
/// Events kept for the automation API's result.
const EVENTS_KEPT: usize = 200_000;
/// The views are drawn at most this often (ms).
const REDRAW_MS: f64 = 100.0;
/// How long a missing event may hold back later ones (ms).
const GAP_MS: f64 = 500.0;
/// Output kept per process and stream for the automation API's result.
const OUTPUT_KEPT: usize = 1 << 20;

/// What holds a place in the `seq` order.
enum Pending {
    /// An event, with its trace line.
    Event(Box<mpplay_web::model::Event>, String),
    /// Events up to `last` that were dropped (output beyond the cap).
    Skipped { last: u64 },
}

/// Where the run is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    Idle,
    Running,
    Paused,
    Ended(i32),
    Stopped,
    Failed,
}

pub enum Msg {
    KitReady(runner::WorkerKit),
    ModuleFailed(String),
    CodeChanged(String),
    SetCode(String),
    Lesson(String),
    Run(Option<api::RunRequest>),
    Stop,
    Pause,
    Resume,
    Step,
    Speed(f64),
    Seed(u64),
    Mode(Mode),
    Select(Option<u32>),
    ShowPids(bool),
    Report(Report),
    WorkerFailed(String),
    Redraw,
    WarmedUp,
}

pub struct App {
    code: String,
    doc_version: u32,
    /// What workers start from, once compiled.
    kit: Option<runner::WorkerKit>,
    load_error: Option<String>,
    isolated: bool,
    mode: Mode,
    seed: u64,
    speed: f64,
    phase: Phase,
    runner: Option<Runner>,
    model: Rc<RunModel>,
    dirty: bool,
    markers: Vec<(u32, u32)>,
    error: Option<(u32, String)>,
    files: Vec<(String, String)>,
    selected: Option<u32>,
    show_pids: bool,
    /// Everything the automation API returns at the end of a run.
    events: Vec<(u64, String)>,
    output: BTreeMap<(u32, bool), String>,
    run_options: Option<RunOptions>,
    waiting: Vec<js_sys::Function>,
    /// Events received and not yet folded in, by `seq`: workers report concurrently, so
    /// events are applied in `seq` order, and one still on its way holds back the later ones
    /// (for at most `GAP_MS`: a stopped run's workers or a failed worker's last events
    /// never come).
    pending: BTreeMap<u64, Pending>,
    next_seq: u64,
    /// Since when the next event has been missing while later ones wait (ms).
    gap_since: Option<f64>,
    /// Runs asked for before the module was compiled.
    queued_run: Option<Option<api::RunRequest>>,
    /// When the views were last drawn (ms).
    last_drawn: f64,
    /// The warm-up run, while it runs (see `warm_up`).
    warming: Option<Runner>,
    /// The next workers run's spawner, with its standby workers (made while idle).
    spare: Option<runner::SpareSpawner>,
    /// Ticks every `REDRAW_MS` while a run goes (an idle page wakes for nothing).
    redraw_timer: Option<gloo::timers::callback::Interval>,
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            link.send_message(match runner::WorkerKit::prepare().await {
                Ok(kit) => Msg::KitReady(kit),
                Err(e) => Msg::ModuleFailed(e),
            });
        });
        api::install(ctx.link().clone());
        let isolated = api::cross_origin_isolated();
        let start = api::lesson_from_location().unwrap_or(lessons::LESSONS[0].source.to_string());
        api::set_code(&start);
        App {
            code: start,
            doc_version: 0,
            kit: None,
            load_error: None,
            isolated,
            mode: if isolated { Mode::Workers } else { Mode::Sim },
            seed: 0,
            speed: 1.0,
            phase: Phase::Idle,
            runner: None,
            model: Rc::new(RunModel::default()),
            dirty: false,
            markers: Vec::new(),
            error: None,
            files: Vec::new(),
            selected: None,
            show_pids: false,
            events: Vec::new(),
            output: BTreeMap::new(),
            run_options: None,
            waiting: Vec::new(),
            pending: BTreeMap::new(),
            next_seq: 0,
            gap_since: None,
            queued_run: None,
            last_drawn: 0.0,
            warming: None,
            spare: None,
            redraw_timer: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let draw = self.handle(ctx, msg);
        match (&self.runner, &self.redraw_timer) {
            (Some(_), None) => {
                let link = ctx.link().clone();
                self.redraw_timer = Some(gloo::timers::callback::Interval::new(
                    REDRAW_MS as u32,
                    move || link.send_message(Msg::Redraw),
                ));
            }
            (None, Some(_)) => self.redraw_timer = None,
            _ => {}
        }
        draw
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let running = matches!(self.phase, Phase::Running | Phase::Paused);
        let lesson_options = lessons::LESSONS.iter().map(|l| {
            html! { <option value={l.id} selected={self.code == l.source}>{l.title}</option> }
        });
        let on_lesson = link.callback(|e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            Msg::Lesson(select.value())
        });
        let on_speed = link.callback(|e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Msg::Speed(10f64.powf(input.value().parse::<f64>().unwrap_or(0.0)))
        });
        let on_seed = link.callback(|e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Msg::Seed(input.value().parse().unwrap_or(0))
        });
        let on_mode = link.callback(|e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            Msg::Mode(if select.value() == "workers" {
                Mode::Workers
            } else {
                Mode::Sim
            })
        });
        let on_pids = link.callback(|e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Msg::ShowPids(input.checked())
        });
        let markers: Vec<Marker> = self
            .markers
            .iter()
            .map(|(pid, line)| Marker {
                line: *line,
                color: views::color_of(&self.model, *pid).to_string(),
                label: pid.to_string(),
            })
            .collect();
        let status = match self.phase {
            Phase::Idle => "ready".to_string(),
            Phase::Running => "running".into(),
            Phase::Paused => "paused".into(),
            Phase::Ended(code) => format!("ended, exit code {code}"),
            Phase::Stopped => "stopped".into(),
            Phase::Failed => "failed".into(),
        };
        let warm_up = match (&self.kit, &self.warming) {
            (None, _) => "pending",
            (Some(_), Some(_)) => "running",
            (Some(_), None) => "done",
        };
        html! {
            <div class="app" data-warm-up={warm_up}>
                <header class="toolbar" data-testid="toolbar">
                    <span class="brand">{"mpplay"}</span>
                    <select data-testid="lesson" onchange={on_lesson} title="Lessons">{ for lesson_options }</select>
                    <button data-testid="run" onclick={link.callback(|_| Msg::Run(None))} disabled={self.kit.is_none()}>{"▶ Run"}</button>
                    <button data-testid="stop" onclick={link.callback(|_| Msg::Stop)} disabled={!running}>{"■ Stop"}</button>
                    if self.phase == Phase::Paused {
                        <button data-testid="pause" onclick={link.callback(|_| Msg::Resume)}>{"⏵ Resume"}</button>
                    } else {
                        <button data-testid="pause" onclick={link.callback(|_| Msg::Pause)} disabled={!running}>{"⏸ Pause"}</button>
                    }
                    <button data-testid="step" onclick={link.callback(|_| Msg::Step)} disabled={!running}
                        title="One scheduling step of every runnable process (or of the selected lane's)">{"Step"}</button>
                    <label class="speed">{"speed "}
                        <input data-testid="speed" type="range" min="-1" max="2" step="0.1"
                            value={self.speed.log10().to_string()} oninput={on_speed}/>
                        <span data-testid="speed-value">{format!("{}×", trim(self.speed))}</span>
                    </label>
                    <label>{"mode "}
                        <select data-testid="mode" onchange={on_mode}>
                            <option value="sim" selected={self.mode == Mode::Sim}>{"sim (deterministic)"}</option>
                            <option value="workers" selected={self.mode == Mode::Workers} disabled={!self.isolated}>{"workers"}</option>
                        </select>
                    </label>
                    if self.mode == Mode::Sim {
                        <label>{"seed "}<input data-testid="seed" type="number" min="0" value={self.seed.to_string()} onchange={on_seed}/></label>
                    }
                    <span class="status" data-testid="status" data-phase={format!("{:?}", self.phase).to_lowercase()}>{status}</span>
                </header>
                { self.banner() }
                <main class="panes">
                    <div class="left">
                        <Editor doc={AttrValue::from(self.code.clone())} doc_version={self.doc_version}
                            markers={markers} error={self.error.clone()} on_change={link.callback(Msg::CodeChanged)}/>
                        <div class="console-pane">
                            <div class="console-head">{"Console"}
                                <label><input type="checkbox" checked={self.show_pids} onchange={on_pids}/>{" pid prefix"}</label>
                            </div>
                            <ConsoleView model={self.model.clone()} show_pids={self.show_pids}/>
                        </div>
                    </div>
                    <div class="right">
                        <ProcessView model={self.model.clone()} selected={self.selected} on_select={link.callback(Msg::Select)}/>
                        <PrimitivesView model={self.model.clone()}/>
                        <QueuesView model={self.model.clone()}/>
                        <SharedView model={self.model.clone()}/>
                        <FilesView files={self.files.clone()}/>
                    </div>
                </main>
            </div>
        }
    }
}

fn trim(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

impl App {
    /// Handles a message; whether to draw.
    fn handle(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::KitReady(kit) => {
                self.kit = Some(kit);
                api::set_ready(true);
                // Before the warm-up, so that a Run pressed during it finds them loading.
                self.prepare_next_run();
                match self.queued_run.take() {
                    Some(req) => self.start(ctx, req),
                    None => self.warm_up(ctx),
                }
            }
            // Drawn as the root's `data-warm-up`, which benchmarks wait for.
            Msg::WarmedUp => {
                self.warming = None;
                self.prepare_next_run();
            }
            Msg::ModuleFailed(e) => {
                self.load_error = Some(format!("the interpreter did not load: {e}"))
            }
            Msg::CodeChanged(text) => {
                api::set_code(&text);
                self.code = text;
                return false;
            }
            Msg::SetCode(text) => {
                self.code = text;
                self.doc_version += 1;
            }
            Msg::Lesson(id) => {
                if let Some(l) = lessons::find(&id) {
                    api::set_code(l.source);
                    self.code = l.source.to_string();
                    self.doc_version += 1;
                }
            }
            Msg::Run(req) => {
                if self.kit.is_none() {
                    self.queued_run = Some(req);
                    return false;
                }
                self.start(ctx, req);
            }
            Msg::Stop => {
                if self.runner.take().is_some() {
                    self.prepare_next_run();
                    self.phase = Phase::Stopped;
                    self.markers.clear();
                    self.resolve_waiting();
                }
            }
            Msg::Pause => {
                if let Some(r) = &self.runner {
                    r.send(&Control::Pause);
                    self.phase = Phase::Paused;
                }
            }
            Msg::Resume => {
                if let Some(r) = &self.runner {
                    r.send(&Control::Resume);
                    self.phase = Phase::Running;
                }
            }
            Msg::Step => {
                if let Some(r) = &self.runner {
                    if self.phase == Phase::Running {
                        r.send(&Control::Pause);
                        self.phase = Phase::Paused;
                    }
                    // Under workers the paused clock stands still: when the process to
                    // step sleeps, the clock goes to its wake-up first (sim does the same).
                    if let (Runner::Workers(w), Some(t)) =
                        (r, self.model.wake_for_step(self.selected))
                    {
                        w.advance_clock(t);
                    }
                    r.send(&Control::Step { pid: self.selected });
                }
            }
            Msg::Speed(s) => {
                self.speed = s;
                if let Some(r) = &self.runner {
                    r.send(&Control::Speed { speed: s });
                }
            }
            Msg::Seed(s) => self.seed = s,
            Msg::Mode(m) => {
                self.mode = m;
                match m {
                    Mode::Workers => self.prepare_next_run(),
                    Mode::Sim => self.spare = None,
                }
            }
            Msg::Select(pid) => self.selected = pid,
            Msg::ShowPids(on) => self.show_pids = on,
            Msg::Report(r) => return self.report(r),
            Msg::WorkerFailed(e) => {
                self.runner = None;
                self.phase = Phase::Failed;
                Rc::make_mut(&mut self.model).apply_line(&format!(
                    "{{\"seq\":0,\"t\":null,\"pid\":0,\"kind\":\"print\",\"target\":null,\"detail\":{{\"stream\":\"stderr\",\"text\":{}}}}}",
                    serde_json::Value::String(format!("mpplay: the run failed: {e}\n"))
                ));
                self.resolve_waiting();
            }
            Msg::Redraw => return self.redraw(),
        }
        true
    }

    fn banner(&self) -> Html {
        if let Some(e) = &self.load_error {
            return html! { <div class="banner error" data-testid="banner">{e}</div> };
        }
        let (class, text) = match (self.mode, self.isolated) {
            (Mode::Sim, false) => ("fallback", "Simulator mode: this page is not cross-origin isolated (no SharedArrayBuffer here, e.g. inside a course page's frame), so every process runs in one worker on the deterministic simulator."),
            (Mode::Sim, true) => ("sim", "Simulator mode: every process runs in one worker on a deterministic schedule; the seed replays it exactly."),
            (Mode::Workers, _) => ("workers", "Workers mode: each process runs on its own Web Worker over one SharedArrayBuffer."),
        };
        html! { <div class={classes!("banner", class)} data-testid="banner" data-mode={format!("{:?}", self.mode).to_lowercase()}>{text}</div> }
    }

    /// Makes the next workers run's spawner and standby workers, while no run goes on.
    fn prepare_next_run(&mut self) {
        let (Some(kit), None, Mode::Workers) = (&self.kit, &self.runner, self.mode) else {
            return;
        };
        if self.isolated && self.spare.is_none() {
            let standby = api::standby_from_location().unwrap_or(runner::STANDBY_WORKERS);
            self.spare = runner::SpareSpawner::new(kit, standby).ok();
        }
    }

    /// Runs `warm_up.py` where nobody sees it: the first run of a page otherwise spends
    /// about a second of CPU (a hundred processes' worth on two cores) having the engine's
    /// wasm compiled function by function and then optimized, as it first runs them.
    fn warm_up(&mut self, ctx: &Context<Self>) {
        let Some(kit) = &self.kit else { return };
        let options = RunOptions {
            source: include_str!("warm_up.py").to_string(),
            seed: 0,
            speed: 100.0,
            paused: false,
            max_processes: MAX_PROCESSES,
        };
        let done = ctx.link().callback(|_: String| Msg::WarmedUp);
        let ended = ctx
            .link()
            .batch_callback(|r: Report| matches!(r, Report::Ended { .. }).then_some(Msg::WarmedUp));
        // On the executor runs will use: each has its own paths through the engine.
        self.warming = if self.isolated {
            WorkersRunner::start(kit, None, options, ended, done)
                .ok()
                .map(Runner::Workers)
        } else {
            SimRunner::start(kit, options, ended, done)
                .ok()
                .map(Runner::Sim)
        };
    }

    fn start(&mut self, ctx: &Context<Self>, mut req: Option<api::RunRequest>) {
        // A run that is replaced answers its callers as stopped.
        if self.runner.take().is_some() {
            self.phase = Phase::Stopped;
        }
        self.resolve_waiting();
        if let Some(f) = req.as_mut().and_then(|r| r.resolve.take()) {
            self.waiting.push(f);
        }
        if let Some(req) = &req {
            if let Some(s) = req.seed {
                self.seed = s;
            }
            if let Some(s) = req.speed {
                self.speed = s;
            }
            if let Some(m) = req.executor {
                self.mode = m;
            }
        }
        let Some(kit) = &self.kit else { return };
        self.runner = None;
        // The run needs the cores more than the warm-up does.
        self.warming = None;
        self.model = Rc::new(RunModel::default());
        self.markers.clear();
        self.error = None;
        self.files.clear();
        self.events.clear();
        self.pending.clear();
        // A lane chosen in the last run names a process of that run.
        self.selected = None;
        self.next_seq = 0;
        self.gap_since = None;
        self.output.clear();
        let options = RunOptions {
            source: self.code.clone(),
            seed: self.seed,
            speed: self.speed,
            paused: req.as_ref().is_some_and(|r| r.paused),
            max_processes: req
                .as_ref()
                .and_then(|r| r.max_processes)
                .unwrap_or(MAX_PROCESSES),
        };
        self.run_options = Some(options.clone());
        let on_report = ctx.link().callback(Msg::Report);
        let on_failure = ctx.link().callback(Msg::WorkerFailed);
        let started = match self.mode {
            Mode::Workers if self.isolated => WorkersRunner::start(
                kit,
                self.spare.take(),
                options.clone(),
                on_report,
                on_failure,
            )
            .map(Runner::Workers),
            _ => {
                self.mode = Mode::Sim;
                SimRunner::start(kit, options.clone(), on_report, on_failure).map(Runner::Sim)
            }
        };
        match started {
            Ok(r) => {
                self.runner = Some(r);
                self.phase = if options.paused {
                    Phase::Paused
                } else {
                    Phase::Running
                };
            }
            Err(e) => ctx.link().send_message(Msg::WorkerFailed(e)),
        }
    }

    fn report(&mut self, r: Report) -> bool {
        if self.runner.is_none() {
            return false;
        }
        match r {
            Report::Ready | Report::Spawn { .. } | Report::Exited { .. } | Report::Fs { .. } => {}
            Report::Events { lines, skipped } => {
                for line in lines.lines() {
                    if let Ok(e) = serde_json::from_str::<mpplay_web::model::Event>(line) {
                        self.pending
                            .insert(e.seq, Pending::Event(Box::new(e), line.to_string()));
                    }
                }
                for (first, last) in skipped {
                    self.pending.insert(first, Pending::Skipped { last });
                }
                // After a quiet spell, draw at once (the first output of a run shows now).
                return self.redraw();
            }
            Report::Status { t, lines } => {
                if t > self.model.now {
                    Rc::make_mut(&mut self.model).now = t;
                    self.dirty = true;
                }
                if self.markers != lines {
                    self.markers = lines;
                    self.dirty = true;
                }
            }
            Report::Files { files } => self.files = files,
            Report::Ended { code } => {
                self.apply_pending(true);
                self.phase = Phase::Ended(code);
                self.markers.clear();
                self.error = self.error_line();
                self.resolve_waiting();
                self.runner = None;
                self.prepare_next_run();
                return true;
            }
        }
        false
    }

    /// Folds the events received so far into the model, in `seq` order; `all` also skips
    /// over events that never came (the run is over).
    fn apply_pending(&mut self, all: bool) {
        let now = js_sys::Date::now();
        // Events that come after their place was given up are applied as they come.
        let late: Vec<u64> = self
            .pending
            .range(..self.next_seq)
            .map(|(k, _)| *k)
            .collect();
        for seq in late {
            if let Some(Pending::Event(e, line)) = self.pending.remove(&seq) {
                self.fold(*e, line);
            }
        }
        if let Some((&first, _)) = self.pending.first_key_value() {
            if first != self.next_seq {
                let since = *self.gap_since.get_or_insert(now);
                if all || now - since > GAP_MS {
                    self.next_seq = first;
                }
            }
        }
        while let Some(pending) = self.pending.remove(&self.next_seq) {
            match pending {
                Pending::Event(e, line) => {
                    self.next_seq += 1;
                    self.fold(*e, line);
                }
                Pending::Skipped { last } => self.next_seq = last + 1,
            }
            self.gap_since = None;
            if all && !self.pending.contains_key(&self.next_seq) {
                if let Some((&next, _)) = self.pending.first_key_value() {
                    self.next_seq = next;
                }
            }
        }
    }

    /// Folds in what arrived and says whether to draw: at most every `REDRAW_MS`.
    fn redraw(&mut self) -> bool {
        let now = js_sys::Date::now();
        if now - self.last_drawn < REDRAW_MS * 0.9 {
            return false;
        }
        self.apply_pending(false);
        self.tick_clock();
        let dirty = std::mem::take(&mut self.dirty);
        if dirty {
            self.last_drawn = now;
        }
        dirty
    }

    /// Moves the views' clock with the run's (it stands still while the run is paused), so
    /// the timeline and the countdowns run even when no process reports; the sim executor
    /// reports at every tick of its clock.
    fn tick_clock(&mut self) {
        let Some(Runner::Workers(runner)) = &self.runner else {
            return;
        };
        let now = runner.clock_now();
        if now > self.model.now {
            Rc::make_mut(&mut self.model).now = now;
            self.dirty = true;
        }
    }

    /// Applies one event to the model and keeps it for the automation API.
    fn fold(&mut self, e: mpplay_web::model::Event, line: String) {
        if e.kind == "print" {
            let buf = self
                .output
                .entry((e.pid, e.detail["stream"] == "stderr"))
                .or_default();
            if buf.len() < OUTPUT_KEPT {
                buf.push_str(e.detail["text"].as_str().unwrap_or(""));
            }
        }
        Rc::make_mut(&mut self.model).apply(&e);
        if self.events.len() < EVENTS_KEPT {
            self.events.push((e.seq, line));
        }
        self.dirty = true;
    }

    /// The line of the program a traceback (or a syntax error) points at last, and its message.
    fn error_line(&self) -> Option<(u32, String)> {
        let needle = format!("File \"{}\", line ", mpplay_web::world::SCRIPT_PATH);
        self.output
            .iter()
            .filter(|((_, stderr), _)| *stderr)
            .filter_map(|(_, text)| {
                let at = text.rfind(&needle)?;
                let digits: String = text[at + needle.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                let message = text.trim_end().lines().last().unwrap_or("").to_string();
                Some((digits.parse().ok()?, message))
            })
            .next_back()
    }

    fn resolve_waiting(&mut self) {
        self.apply_pending(true);
        let result = api::result_of(self);
        for f in self.waiting.drain(..) {
            let _ = f.call1(&JsValue::NULL, &result);
        }
    }
}
