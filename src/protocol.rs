//! What the page and its workers say to each other. Messages travel as JSON strings through
//! `postMessage`; the event stream itself travels as the trace's JSON lines (docs/trace.md).

use serde::{Deserialize, Serialize};

/// How a run's processes are executed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Every process in one worker on the deterministic simulator (a seed, a virtual clock).
    Sim,
    /// One worker per process over a SharedArrayBuffer (needs cross-origin isolation).
    Workers,
}

/// What a run is started with.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunOptions {
    pub source: String,
    pub seed: u64,
    /// How fast time runs: sleeps take `1 / speed` of their real length.
    pub speed: f64,
    /// Start paused (Step advances it).
    #[serde(default)]
    pub paused: bool,
    /// The most processes that may be alive at once; `start()` beyond it raises.
    pub max_processes: u32,
}

/// The page to a simulator worker.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Control {
    Run(RunOptions),
    Pause,
    Resume,
    /// One scheduling step of every runnable process, or of `pid`'s.
    Step {
        pid: Option<u32>,
    },
    Speed {
        speed: f64,
    },
}

/// A worker to the page.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Report {
    /// The worker has its wasm and listens.
    Ready,
    /// Events as trace lines, in order; `skipped`: ranges of `seq` dropped (output beyond
    /// the cap), which will never come.
    Events {
        lines: String,
        #[serde(default)]
        skipped: Vec<(u64, u64)>,
    },
    /// Where the run is: the clock, and the line of the program each live process is on.
    Status { t: f64, lines: Vec<(u32, u32)> },
    /// The run's files, by name (contents as text, lossy).
    Files { files: Vec<(String, String)> },
    /// The run is over with the main process's exit code.
    Ended { code: i32 },
    /// (workers executor) This process has asked the spawner for child `pid`'s worker.
    Spawn { pid: u32 },
    /// (workers executor) This process has ended and published its exit.
    Exited { pid: u32, code: i32 },
    /// (workers executor) A file operation for the page's filesystem; the answer goes to
    /// the mailbox words (see `world::PageFs`). `data` is bytes as U+0000..U+00FF.
    Fs {
        op: String,
        path: String,
        data: String,
        mailbox: u32,
    },
}

/// (workers executor) What a process's worker is started with, beside the shared buffer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProcessStart {
    /// None for the main process (it takes the first pid itself).
    pub pid: Option<u32>,
    pub ppid: u32,
    pub name: String,
    pub daemon: bool,
    pub exit_word: u32,
    pub parent_exit_word: u32,
    pub parent_name: String,
    /// The pickled process object. It travels beside the JSON, as bytes, not as a JSON
    /// array of hundreds of numbers for each child to parse.
    #[serde(skip)]
    pub payload: Vec<u8>,
}

/// (workers executor) What a new process's worker is given (by the page for the main
/// process, by the parent for a child), with the shared buffer beside it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemberInit {
    pub process: ProcessStart,
    pub options: RunOptions,
    /// When the run began (epoch milliseconds): every worker's clock counts from it.
    pub started_ms: f64,
}

#[cfg(target_arch = "wasm32")]
impl MemberInit {
    /// The spawner's request for this process's worker (`static/spawner.js`): `{pid, init}`,
    /// `init` as JSON, with `payload` (the process's bytes) and `code` (compiled code in
    /// shared memory) when there are some.
    pub fn spawn_request(&self, pid: u32, code: Option<&wasm_bindgen::JsValue>) -> js_sys::Object {
        let request = js_sys::Object::new();
        let set = |k: &str, v: &wasm_bindgen::JsValue| js_sys::Reflect::set(&request, &k.into(), v);
        let _ = set("pid", &pid.into());
        let _ = set("exitWord", &self.process.exit_word.into());
        let _ = set(
            "init",
            &serde_json::to_string(self).unwrap_or_default().into(),
        );
        if !self.process.payload.is_empty() {
            let _ = set(
                "payload",
                &js_sys::Uint8Array::from(&self.process.payload[..]),
            );
        }
        if let Some(code) = code {
            let _ = set("code", code);
        }
        request
    }
}
