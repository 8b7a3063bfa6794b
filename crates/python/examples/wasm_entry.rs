//! A minimal wasm entry point over the engine, used to measure the engine's wasm size:
//! `mpplay_run(ptr, len)` runs UTF-8 Python source with an in-memory host and returns the
//! exit code. (The playground's real worker entry lives in the web app.)

use mpplay_python::{MemoryHost, RunOutcome, Vm};

/// Allocates `len` bytes for the caller to write source into.
#[no_mangle]
pub extern "C" fn mpplay_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// Runs the source at `ptr..ptr+len`; returns the exit code.
///
/// # Safety
/// `ptr` must come from `mpplay_alloc(len)` and hold `len` initialized bytes.
#[no_mangle]
pub unsafe extern "C" fn mpplay_run(ptr: *mut u8, len: usize) -> i32 {
    let bytes = Vec::from_raw_parts(ptr, len, len);
    let source = String::from_utf8_lossy(&bytes).to_string();
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    if let Err(exc) = vm.load_main(&source, "main.py", "__main__") {
        return vm.exit_code_for(&exc);
    }
    loop {
        match vm.run(100_000) {
            RunOutcome::Finished(code) => return code,
            RunOutcome::Yielded | RunOutcome::Blocked(_) => {}
        }
    }
}

#[allow(dead_code)]
fn main() {}
