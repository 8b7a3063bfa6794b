//! Where a worker's messages go: to the page through the port it was started with (the
//! workers executor, whose workers a spawner worker creates), else to whoever created this
//! worker (the sim executor's one worker, created by the page); and requests for children's
//! workers to the spawner, through the port it gave.

use crate::protocol::Report;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static PORT: RefCell<Option<web_sys::MessagePort>> = const { RefCell::new(None) };
    static SPAWNER: RefCell<Option<web_sys::MessagePort>> = const { RefCell::new(None) };
}

/// From now on, messages go through `port`.
pub fn set_port(port: web_sys::MessagePort) {
    PORT.with(|p| *p.borrow_mut() = Some(port));
}

/// From now on, requests for workers go through `port`.
pub fn set_spawner(port: web_sys::MessagePort) {
    SPAWNER.with(|p| *p.borrow_mut() = Some(port));
}

/// Posts a request to the spawner; false when this worker has none to post to.
pub fn post_to_spawner(value: &JsValue) -> bool {
    SPAWNER.with(|p| {
        p.borrow()
            .as_ref()
            .is_some_and(|port| port.post_message(value).is_ok())
    })
}

/// Posts a value to the page.
pub fn post_value(value: &JsValue) {
    PORT.with(|p| match &*p.borrow() {
        Some(port) => {
            let _ = port.post_message(value);
        }
        None => {
            let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let _ = scope.post_message(value);
        }
    });
}

/// Posts a report to the page (as JSON text).
pub fn post(report: &Report) {
    if let Ok(text) = serde_json::to_string(report) {
        post_value(&JsValue::from_str(&text));
    }
}
