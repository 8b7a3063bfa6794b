//! mpplay in the browser: what the page (`src/main.rs`) and the Web Worker
//! (`src/bin/worker.rs`) share.
//!
//! - `protocol`: the messages between page and workers.
//! - `model`: the views' state, folded from the event stream (platform-free, tested natively).
//! - `ansi`: console colors.
//! - `world`, `sim_worker`, `member_worker`, `clock` and `outbox` (wasm32 only): the world a
//!   run's processes share, the simulator driven from a worker's event loop, one process of
//!   the workers executor, the clock the workers executor's processes share, and where a
//!   worker's messages go.

pub mod ansi;
pub mod model;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod member_worker;
#[cfg(target_arch = "wasm32")]
pub mod outbox;
#[cfg(target_arch = "wasm32")]
pub mod sim_worker;
#[cfg(target_arch = "wasm32")]
pub mod world;
