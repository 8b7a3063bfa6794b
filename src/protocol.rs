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
    /// Events as trace lines, in order.
    Events { lines: String },
    /// Where the run is: the clock, and the line of the program each live process is on.
    Status { t: f64, lines: Vec<(u32, u32)> },
    /// The run's files, by name (contents as text, lossy).
    Files { files: Vec<(String, String)> },
    /// The run is over with the main process's exit code.
    Ended { code: i32 },
}
