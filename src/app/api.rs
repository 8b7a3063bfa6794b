//! `window.mpplay`, the page's automation API, used by the end-to-end tests and by scripts:
//! set the code, run with options (executor, seed, speed), pause, step, stop, and a promise
//! that resolves when the run ends with each process's output and exit code and the whole
//! event stream.

use super::{lessons, App, Msg, Phase};
use mpplay_web::protocol::Mode;
use serde::Deserialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use yew::html::Scope;

/// What `mpplay.run(options)` may say; everything is optional.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunRequest {
    pub executor: Option<Mode>,
    pub seed: Option<u64>,
    pub speed: Option<f64>,
    #[serde(default)]
    pub paused: bool,
    pub max_processes: Option<u32>,
    #[serde(skip)]
    pub resolve: Option<js_sys::Function>,
}

thread_local! {
    static CODE: RefCell<String> = const { RefCell::new(String::new()) };
    static READY: RefCell<(bool, Vec<js_sys::Function>)> = const { RefCell::new((false, Vec::new())) };
}

/// Keeps the text `mpplay.getCode()` answers.
pub fn set_code(text: &str) {
    CODE.with(|c| *c.borrow_mut() = text.to_string());
}

/// Marks the interpreter loaded; resolves `mpplay.whenReady()`.
pub fn set_ready(ready: bool) {
    let waiting = READY.with(|r| {
        let mut r = r.borrow_mut();
        r.0 = ready;
        std::mem::take(&mut r.1)
    });
    for f in waiting {
        let _ = f.call0(&JsValue::NULL);
    }
}

/// `?lesson=ID` in the page's address.
pub fn lesson_from_location() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let id = params.get("lesson")?;
    lessons::find(&id).map(|l| l.source.to_string())
}

/// `?standby=N` in the page's address: how many standby workers to keep (at most 64).
pub fn standby_from_location() -> Option<u32> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params
        .get("standby")?
        .parse::<u32>()
        .ok()
        .map(|n| n.min(64))
}

fn method(obj: &js_sys::Object, name: &str, f: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &name.into(), f);
}

/// Whether the page may use SharedArrayBuffer (and so the workers executor).
pub fn cross_origin_isolated() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"crossOriginIsolated".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Installs `window.mpplay`.
pub fn install(link: Scope<App>) {
    let api = js_sys::Object::new();
    let l = link.clone();
    method(
        &api,
        "setCode",
        &Closure::<dyn Fn(String)>::new(move |code: String| {
            set_code(&code);
            l.send_message(Msg::SetCode(code));
        })
        .into_js_value(),
    );
    method(
        &api,
        "getCode",
        &Closure::<dyn Fn() -> String>::new(|| CODE.with(|c| c.borrow().clone())).into_js_value(),
    );
    let l = link.clone();
    method(
        &api,
        "loadLesson",
        &Closure::<dyn Fn(String)>::new(move |id: String| {
            if let Some(lesson) = lessons::find(&id) {
                set_code(lesson.source);
            }
            l.send_message(Msg::Lesson(id));
        })
        .into_js_value(),
    );
    method(
        &api,
        "lessons",
        &Closure::<dyn Fn() -> JsValue>::new(|| {
            let list: Vec<serde_json::Value> = lessons::LESSONS
                .iter()
                .map(|l| serde_json::json!({"id": l.id, "title": l.title}))
                .collect();
            js_sys::JSON::parse(&serde_json::Value::Array(list).to_string())
                .unwrap_or(JsValue::NULL)
        })
        .into_js_value(),
    );
    let l = link.clone();
    method(
        &api,
        "run",
        &Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(move |options: JsValue| {
            let text = js_sys::JSON::stringify(&options)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            let parsed: Result<RunRequest, _> = if options.is_undefined() || options.is_null() {
                Ok(RunRequest::default())
            } else {
                serde_json::from_str(&text)
            };
            let l = l.clone();
            js_sys::Promise::new(&mut |resolve, reject| match &parsed {
                Ok(req) => {
                    let req = RunRequest {
                        executor: req.executor,
                        seed: req.seed,
                        speed: req.speed,
                        paused: req.paused,
                        max_processes: req.max_processes,
                        resolve: Some(resolve),
                    };
                    l.send_message(Msg::Run(Some(req)));
                }
                Err(e) => {
                    let _ = reject.call1(
                        &JsValue::NULL,
                        &JsValue::from_str(&format!("bad run options: {e}")),
                    );
                }
            })
        })
        .into_js_value(),
    );
    for (name, msg) in [("stop", 0), ("pause", 1), ("resume", 2), ("step", 3)] {
        let l = link.clone();
        method(
            &api,
            name,
            &Closure::<dyn Fn()>::new(move || {
                l.send_message(match msg {
                    0 => Msg::Stop,
                    1 => Msg::Pause,
                    2 => Msg::Resume,
                    _ => Msg::Step,
                })
            })
            .into_js_value(),
        );
    }
    let l = link.clone();
    method(
        &api,
        "setSpeed",
        &Closure::<dyn Fn(f64)>::new(move |s: f64| l.send_message(Msg::Speed(s))).into_js_value(),
    );
    method(
        &api,
        "whenReady",
        &Closure::<dyn Fn() -> js_sys::Promise>::new(|| {
            js_sys::Promise::new(&mut |resolve, _| {
                READY.with(|r| {
                    let mut r = r.borrow_mut();
                    if r.0 {
                        let _ = resolve.call0(&JsValue::NULL);
                    } else {
                        r.1.push(resolve);
                    }
                })
            })
        })
        .into_js_value(),
    );
    let _ = js_sys::Reflect::set(&api, &"isolated".into(), &cross_origin_isolated().into());
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &"mpplay".into(), &api);
    }
}

/// The result a run's promise resolves with.
pub fn result_of(app: &App) -> JsValue {
    let processes: Vec<serde_json::Value> = app
        .model
        .lanes
        .values()
        .map(|lane| {
            let out = |stderr: bool| {
                app.output
                    .get(&(lane.pid, stderr))
                    .cloned()
                    .unwrap_or_default()
            };
            serde_json::json!({
                "pid": lane.pid, "ppid": lane.ppid, "name": lane.name, "daemon": lane.daemon,
                "state": lane.state.name(), "exitcode": lane.state.code(),
                "stdout": out(false), "stderr": out(true),
            })
        })
        .collect();
    let console: String = app.model.console.iter().map(|l| l.text.as_str()).collect();
    let files: serde_json::Map<String, serde_json::Value> = app
        .files
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
        .collect();
    let (exit, stopped) = match app.phase {
        Phase::Ended(code) => (Some(code), false),
        _ => (None, true),
    };
    let summary = serde_json::json!({
        "exitCode": exit, "stopped": stopped,
        "mode": app.mode, "seed": app.seed, "processes": processes, "console": console,
        "files": files, "peakInside": app.model.peak_inside, "deadlock": app.model.deadlock,
    });
    let mut events: Vec<&(u64, String)> = app.events.iter().collect();
    events.sort_by_key(|(seq, _)| *seq);
    let events: Vec<&str> = events.iter().map(|(_, line)| line.as_str()).collect();
    let text = format!(
        "{{\"events\":[{}],{}",
        events.join(","),
        &summary.to_string()[1..]
    );
    js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
}
