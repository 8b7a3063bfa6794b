//! The Python engine of mpplay: real Python 3 source in, CPython's behaviour out, in a VM
//! that can stop between any two instructions.
//!
//! Pipeline: `syntax_error` (parse with the ruff parser, CPython-worded errors) →
//! `symtable` (scopes) → `compiler` (bytecode, `bytecode`) → `vm` (heap frames, run in
//! slices). The object model is `value` with `dict`/`set`; protocols are in `objects` and
//! `numeric`; the builtins are `builtins` and `methods`; standard modules are `modules`
//! (native) and `stdlib/*.py` (Python). Pure algorithms with no interpreter state live in
//! their own modules: `format` (number and string formatting), `pyhash` (CPython's hashes
//! and set order), `pyrandom` (CPython's random), `calendar` (dates), `regex` (Python's re).
//!
//! Boundary: the engine knows nothing of processes, threads, browsers or clocks; it asks its
//! `host::Host` for time, output, files and urlopen.

pub mod alloc;
pub mod builtins;
pub mod bytecode;
pub mod calendar;
pub mod compiler;
pub mod dict;
pub mod error;
pub mod exceptions;
pub mod fileio;
pub mod format;
pub mod host;
pub mod marshal;
pub mod memhost;
pub mod methods;
pub mod modules;
mod nested;
pub mod numeric;
pub mod objects;
pub mod pickle;
pub mod pyhash;
pub mod pyrandom;
pub mod regex;
pub mod set;
pub mod symtable;
pub mod syntax_error;
pub mod types;
pub mod unicode_data;
pub mod value;
pub mod vm;

pub use host::{FsError, Host, Stream};
pub use memhost::MemoryHost;
pub use vm::{Extension, RunOutcome, ThreadRun, Vm, Wait};
