//! The page's side of a run: it creates the workers, hands each the compiled module, and
//! turns their messages into reports. It never blocks. Dropping a runner terminates every
//! worker of its run at once.

use mpplay_web::protocol::{Control, Report, RunOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

#[wasm_bindgen(inline_js = "export function compile_worker(url) { \
    return WebAssembly.compileStreaming(fetch(url)); }")]
extern "C" {
    /// Compiles the worker's wasm once; every worker gets the resulting module.
    pub fn compile_worker(url: &str) -> js_sys::Promise;
}

/// The loader every worker starts from (it instantiates the module it is sent).
const LOADER: &str = "worker-loader.js";

/// A run on the simulator, in one worker.
pub struct SimRunner {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl SimRunner {
    pub fn start(
        module: &JsValue,
        options: RunOptions,
        on_report: Callback<Report>,
        on_failure: Callback<String>,
    ) -> Result<SimRunner, String> {
        let worker = Worker::new(LOADER).map_err(|e| format!("cannot start a worker: {e:?}"))?;
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
            .post_message(module)
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
