//! The multiprocessing runtime of mpplay (being built; see issue 3).
//!
//! This first part is the shared-memory layer and the synchronization algorithms over it:
//!
//! - `shm`: a run's shared region of 32-bit words behind a tiny trait (load, store,
//!   compare-exchange, add, wait, wake), with one backend per executor — plain cells for the
//!   deterministic simulator, atomics with parked waits for native threads, and (wasm32 only)
//!   a SharedArrayBuffer through `Atomics` for Web Workers.
//! - `primitives`: Lock, Semaphore and Event written once as non-blocking attempts that answer
//!   *acquired* or *wait on word W while it still holds V*; each executor waits its own way
//!   and tries again.
//! - `channel`: a bounded ring buffer of messages (serialized bytes) in shared words, the
//!   transport of queues and pipes.
//!
//! Boundary: nothing here knows about the DOM, yew or web-sys, nor about the Python engine.

pub mod channel;
pub mod primitives;
pub mod shm;
