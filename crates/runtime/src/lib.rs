//! The multiprocessing runtime of mpplay: processes, their primitives and queues, and the
//! executors that run them.
//!
//! - `shm`: a run's shared region of 32-bit words behind a tiny trait (load, store,
//!   compare-exchange, add, wait, wake), with one backend per executor — atomics with parked
//!   waits for the simulator and native threads, and (wasm32 only) a SharedArrayBuffer
//!   through `Atomics` for Web Workers.
//! - `primitives`, `channel`: Lock, Semaphore, Event and the bounded message ring, each one
//!   algorithm written as non-blocking attempts over shared words.
//! - `heap`: the region's words handed out as blocks, freed by their last holder.
//! - `kernel`: the process table, lifecycle, clock and the world processes share.
//! - `process`, `host`: one process — its VM, green threads, and its `Host`.
//! - `natives` (`_mp`) and `pymodules` (`multiprocessing`, `threading`, `queue` in Python):
//!   the modules Python programs import.
//! - `signals` (`_signal`): signals between processes, as end requests a handler may take.
//! - `sim` and `threads`: the native executors; `member`: one process of a run whose
//!   siblings run elsewhere (the browser's workers executor). `trace`: the event stream.
//!
//! Boundary: nothing here knows about the DOM, yew or web-sys.

pub mod channel;
pub mod heap;
pub mod host;
pub mod kernel;
pub mod member;
pub mod natives;
pub mod primitives;
pub mod process;
pub mod pymodules;
pub mod shm;
pub mod shm_names;
pub mod signals;
pub mod sim;
pub mod threads;
pub mod trace;
