//! The Web Worker entry: the page's loader (`static/worker-loader.js`) instantiates this
//! module with the `WebAssembly.Module` the page compiled once, then calls `worker_start`.
//! The worker says "ready", then takes either a `run` message (the sim executor: the whole
//! run here) or `{init, buffer, payload, code, port, spawner}` (the workers executor: one
//! process over the shared buffer; sent at once, without waiting for "ready"), and answers
//! with reports (through `port` when it has one, see `outbox`).
//!
//! What every worker runs once to start stays in small functions. Chromium counts the code
//! that runs in a function, summed over all the workers that share the module, towards
//! optimizing it; a large function that each of a hundred children ran once was optimized
//! while they started, taking up to 0.3 s of a core each time it happened.

#[cfg(target_arch = "wasm32")]
mod entry {
    use mpplay_web::protocol::{Control, MemberInit, Report};
    use mpplay_web::sim_worker::{Shared, SimRun};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static RUN: RefCell<Option<Shared>> = const { RefCell::new(None) };
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn post(report: Report) {
        mpplay_web::outbox::post(&report);
    }

    fn later(ms: f64, f: Box<dyn FnOnce()>) {
        let cb = Closure::once_into_js(f);
        let _ = scope().set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.unchecked_ref(),
            ms.round().min(i32::MAX as f64) as i32,
        );
    }

    fn on_message(e: MessageEvent) {
        let data = e.data();
        let Some(text) = data.as_string() else {
            start_process(&data);
            return;
        };
        let Ok(control) = serde_json::from_str::<Control>(&text) else {
            return;
        };
        match control {
            Control::Run(options) => {
                let run = SimRun::start(options, Rc::new(post), Rc::new(later));
                RUN.with(|r| *r.borrow_mut() = Some(run));
            }
            other => {
                if let Some(run) = RUN.with(|r| r.borrow().clone()) {
                    SimRun::control(&run, other);
                }
            }
        }
    }

    /// The workers executor: `{init, buffer, payload, code, port, spawner}` starts this
    /// worker's one process. Out of line, with what it calls, so that the message handler
    /// stays small (see the top of this file).
    #[inline(never)]
    fn start_process(data: &JsValue) {
        // `payload`: its pickled process object, for a child; `code`: what its parent
        // compiled, when it has; `spawner`: where to ask for its children's workers.
        let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok();
        let init = field("init").and_then(|v| v.as_string());
        let buffer = field("buffer").and_then(|v| v.dyn_into::<js_sys::SharedArrayBuffer>().ok());
        let port = |name: &str| field(name).and_then(|v| v.dyn_into::<web_sys::MessagePort>().ok());
        if let Some(port) = port("port") {
            mpplay_web::outbox::set_port(port);
        }
        if let Some(spawner) = port("spawner") {
            mpplay_web::outbox::set_spawner(spawner);
        }
        if let Some(code) = field("code").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()) {
            mpplay_python::compiler::add_compiled(code.to_vec());
        }
        if let (Some(init), Some(buffer)) = (init, buffer) {
            if let Ok(mut init) = parse_init(&init) {
                if let Some(payload) =
                    field("payload").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
                {
                    init.process.payload = payload.to_vec();
                }
                mpplay_web::member_worker::run(init, buffer, Rc::new(post));
            }
        }
    }

    #[inline(never)]
    fn parse_init(text: &str) -> serde_json::Result<MemberInit> {
        serde_json::from_str(text)
    }

    /// The character names for `\N{...}`, fetched from the app the first time a program
    /// uses one.
    fn unicode_names() -> Option<String> {
        let bytes = mpplay_web::world::fetch_sync("unicode-names.txt").ok()?;
        String::from_utf8(bytes).ok()
    }

    #[wasm_bindgen]
    pub fn worker_start() {
        unicode_names2::set_loader(unicode_names);
        let handler = Closure::<dyn Fn(MessageEvent)>::new(on_message);
        scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        post(Report::Ready);
    }
}

/// Counts this worker's allocations, so a process that passes its memory cap gets
/// MemoryError instead of exhausting the worker's memory (which would end the worker).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: mpplay_python::alloc::CountingAlloc<std::alloc::System> =
    mpplay_python::alloc::CountingAlloc(std::alloc::System);

fn main() {}
