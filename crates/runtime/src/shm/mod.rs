//! The shared region of a run: an array of 32-bit words every process sees.
//!
//! Backends: `sim::SimWords` (one thread, no real waiting: the simulator parks processes
//! itself), `native::NativeWords` (atomics; `wait` blocks the calling thread until a wake
//! or a timeout) and, on wasm32 only, `browser::BrowserWords` (a SharedArrayBuffer through
//! `Atomics`; `wait` blocks a worker). Orderings are sequentially consistent: the algorithms
//! are small and the browser's `Atomics` offers nothing weaker.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod native;
pub mod sim;

/// How a `wait` ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitResult {
    /// The word did not hold the expected value: no wait happened.
    NotEqual,
    /// Woken by `wake` (or spuriously: callers re-check their condition).
    Woken,
    TimedOut,
}

/// The operations every backend offers on word `i` of the region.
pub trait SharedWords {
    fn load(&self, i: u32) -> i32;
    fn store(&self, i: u32, v: i32);
    /// Replaces `current` with `new`; `Err(actual)` when the word held something else.
    fn compare_exchange(&self, i: u32, current: i32, new: i32) -> Result<i32, i32>;
    /// Adds `delta`, returning the previous value.
    fn add(&self, i: u32, delta: i32) -> i32;
    /// Blocks while word `i` holds `expected`, until woken or `timeout` seconds pass.
    fn wait(&self, i: u32, expected: i32, timeout: Option<f64>) -> WaitResult;
    /// Wakes up to `count` waiters on word `i`; returns how many were waiting.
    fn wake(&self, i: u32, count: u32) -> u32;
}
