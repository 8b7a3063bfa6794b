//! Memory accounting for the per-process cap: a global allocator wrapper that counts the
//! bytes allocated by the current thread. A process (one VM) runs on one thread (one Web
//! Worker in the browser), so the count is the VM's footprint; the VM compares it with its
//! cap and raises MemoryError instead of letting the host run out of memory.
//!
//! A binary opts in with `#[global_allocator] static A: CountingAlloc<System> = CountingAlloc(System);`.
//! Without it `used_bytes()` stays 0 and only the explicit size checks apply.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    static USED: Cell<isize> = const { Cell::new(0) };
}

/// Bytes currently allocated by this thread (through `CountingAlloc`).
pub fn used_bytes() -> usize {
    USED.with(|u| u.get().max(0) as usize)
}

/// Wraps an allocator and counts this thread's live bytes.
pub struct CountingAlloc<A>(pub A);

// SAFETY: every call is forwarded unchanged to the wrapped allocator; the counter is a
// thread-local Cell that never allocates.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAlloc<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            let _ = USED.try_with(|u| u.set(u.get() + layout.size() as isize));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        let _ = USED.try_with(|u| u.set(u.get() - layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            let _ = USED.try_with(|u| u.set(u.get() + new_size as isize - layout.size() as isize));
        }
        p
    }
}
