//! The browser's shared region: a `SharedArrayBuffer` viewed as an `Int32Array`, every
//! operation an `Atomics` call.
//!
//! The page creates the region (`BrowserWords::new`) and posts `buffer()` to each worker; a
//! worker wraps the buffer it receives (`BrowserWords::from_buffer`). Both views see the same
//! memory. The SharedArrayBuffer is a JS object, so the wasm module's own memory need not be
//! shared and no `atomics` target feature is needed; only the page must be cross-origin
//! isolated (COOP `same-origin` + COEP `require-corp`) for `SharedArrayBuffer` to exist.
//!
//! `Atomics` is sequentially consistent, matching the trait's contract.
//!
//! Every `Atomics` call below can throw only for an index outside the view or a view that is
//! not an `Int32Array` over shared memory. The second cannot happen (the constructors build
//! the view), so a throw means a word index past the end: the same bug that indexing out of
//! range is in the other backends, and it panics the same way.

use super::{SharedWords, WaitResult};
use js_sys::{Atomics, Int32Array, SharedArrayBuffer};

/// The words of a run in a `SharedArrayBuffer`.
///
/// `wait` blocks the calling thread with `Atomics.wait`, which browsers allow only in
/// workers: on the page's main thread it throws, and `wait` panics. Call `wait` from the
/// workers that run processes, never from the page.
#[derive(Clone, Debug)]
pub struct BrowserWords {
    buffer: SharedArrayBuffer,
    /// The whole buffer as 32-bit words (a trailing partial word is left out).
    view: Int32Array,
}

// wasm32-unknown-unknown without the `atomics` feature runs one thread per instance: a
// BrowserWords never crosses threads within one instance (other workers have their own
// instance and reach the buffer only through `Atomics`). The kernel needs `Send + Sync`
// because the native executors share it across OS threads.
unsafe impl Send for BrowserWords {}
unsafe impl Sync for BrowserWords {}

const IN_RANGE: &str = "word index within the shared region";

impl BrowserWords {
    /// A fresh region of `words` zeroed words.
    pub fn new(words: u32) -> BrowserWords {
        let bytes = words
            .checked_mul(4)
            .expect("a region of at most 1 G words (4 GiB)");
        BrowserWords::from_buffer(SharedArrayBuffer::new(bytes))
    }

    /// Wraps a region created elsewhere (another worker or the page posted its buffer).
    pub fn from_buffer(buffer: SharedArrayBuffer) -> BrowserWords {
        let words = buffer.byte_length() / 4;
        let view = Int32Array::new_with_byte_offset_and_length(&buffer, 0, words);
        BrowserWords { buffer, view }
    }

    /// The underlying buffer, to post to workers (`postMessage` shares it, not a copy).
    pub fn buffer(&self) -> &SharedArrayBuffer {
        &self.buffer
    }

    /// Number of words in the region.
    pub fn len(&self) -> u32 {
        self.view.length()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl SharedWords for BrowserWords {
    fn load(&self, i: u32) -> i32 {
        Atomics::load(&self.view, i).expect(IN_RANGE)
    }

    fn store(&self, i: u32, v: i32) {
        Atomics::store(&self.view, i, v).expect(IN_RANGE);
    }

    fn compare_exchange(&self, i: u32, current: i32, new: i32) -> Result<i32, i32> {
        // Atomics.compareExchange returns the value it found: equal to `current` on success.
        let found = Atomics::compare_exchange(&self.view, i, current, new).expect(IN_RANGE);
        if found == current {
            Ok(found)
        } else {
            Err(found)
        }
    }

    fn add(&self, i: u32, delta: i32) -> i32 {
        // Int32Array arithmetic wraps modulo 2^32, like `wrapping_add`.
        Atomics::add(&self.view, i, delta).expect(IN_RANGE)
    }

    /// `Atomics.wait` with the timeout in milliseconds (none: wait until woken).
    ///
    /// Workers only: on the page's main thread `Atomics.wait` throws and this panics.
    fn wait(&self, i: u32, expected: i32, timeout: Option<f64>) -> WaitResult {
        // `f64::max` maps a NaN timeout to 0 rather than passing it on (JS reads NaN as ∞).
        let ms = timeout.map_or(f64::INFINITY, |secs| secs.max(0.0) * 1000.0);
        let outcome = Atomics::wait_with_timeout(&self.view, i, expected, ms).unwrap_or_else(|e| {
            panic!(
                "Atomics.wait threw ({e:?}): it is allowed only in workers, \
                 never on the page's main thread, and the index must be in range"
            )
        });
        match String::from(outcome).as_str() {
            "ok" => WaitResult::Woken,
            "not-equal" => WaitResult::NotEqual,
            "timed-out" => WaitResult::TimedOut,
            other => unreachable!("Atomics.wait answered {other:?}"),
        }
    }

    /// `Atomics.notify` of up to `count` waiters (`u32::MAX` wakes them all).
    fn wake(&self, i: u32, count: u32) -> u32 {
        Atomics::notify_with_count(&self.view, i, count).expect(IN_RANGE)
    }
}
