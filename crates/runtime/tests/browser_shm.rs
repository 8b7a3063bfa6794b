//! The browser backend, `BrowserWords`, in a dedicated worker of headless Chromium (where
//! `Atomics.wait` is allowed): raw word operations, waits that find another value or time
//! out, the Lock / Semaphore / Event / channel algorithms over a SharedArrayBuffer (step by
//! step, and under the same thousand seeded schedules as the simulator's words), and a
//! second worker that shares the buffer and wakes this one for real.
//!
//! Run with scripts/test-browser-shm (it installs the runner and Chromium first).
#![cfg(target_arch = "wasm32")]

mod support;

use js_sys::{Date, Function, Promise, SharedArrayBuffer};
use mpplay_runtime::channel::{Channel, TooLarge, Transfer};
use mpplay_runtime::primitives::{Attempt, Event, Lock, Semaphore};
use mpplay_runtime::shm::browser::BrowserWords;
use mpplay_runtime::shm::{SharedWords, WaitResult};
use support::{channel_schedules, event_schedules, section_schedules};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
fn word_operations_are_atomics_on_the_buffer() {
    let mem = BrowserWords::new(4);
    assert_eq!(mem.len(), 4);
    assert_eq!(mem.buffer().byte_length(), 16);
    assert_eq!(mem.load(3), 0, "a fresh region is zeroed");
    mem.store(0, 41);
    assert_eq!(mem.add(0, 1), 41, "add answers the previous value");
    assert_eq!(mem.load(0), 42);
    assert_eq!(mem.compare_exchange(0, 42, 7), Ok(42));
    assert_eq!(
        mem.compare_exchange(0, 42, 9),
        Err(7),
        "failure answers the value found"
    );
    assert_eq!(mem.load(0), 7);
    mem.store(1, i32::MAX);
    assert_eq!(mem.add(1, 1), i32::MAX);
    assert_eq!(mem.load(1), i32::MIN, "add wraps like wrapping_add");
    assert_eq!(mem.wake(2, u32::MAX), 0, "nobody waits");
}

#[wasm_bindgen_test]
fn a_buffer_from_elsewhere_is_the_same_memory() {
    let page = BrowserWords::new(3);
    let worker = BrowserWords::from_buffer(page.buffer().clone());
    worker.store(2, -5);
    assert_eq!(page.load(2), -5);
    page.add(2, 10);
    assert_eq!(worker.load(2), 5);
    // A length that is not a multiple of 4 leaves the partial word out.
    assert_eq!(
        BrowserWords::from_buffer(SharedArrayBuffer::new(10)).len(),
        2
    );
}

#[wasm_bindgen_test]
fn a_wait_on_another_value_returns_at_once() {
    let mem = BrowserWords::new(1);
    mem.store(0, 3);
    let t = Date::now();
    assert_eq!(mem.wait(0, 0, Some(5.0)), WaitResult::NotEqual);
    assert_eq!(mem.wait(0, 0, None), WaitResult::NotEqual);
    assert!(Date::now() - t < 1000.0, "NotEqual must not sleep");
}

#[wasm_bindgen_test]
fn a_wait_nobody_wakes_times_out() {
    let mem = BrowserWords::new(1);
    let t = Date::now();
    assert_eq!(mem.wait(0, 0, Some(0.05)), WaitResult::TimedOut);
    let ms = Date::now() - t;
    assert!(ms >= 45.0, "timed out after {ms} ms, asked for 50");
    assert_eq!(mem.wait(0, 0, Some(0.0)), WaitResult::TimedOut);
    assert_eq!(
        mem.wait(0, 0, Some(-1.0)),
        WaitResult::TimedOut,
        "negative is 0"
    );
}

#[wasm_bindgen_test]
fn lock_acquire_contend_and_release() {
    let mem = BrowserWords::new(2);
    let lock = Lock::at(0);
    assert_eq!(lock.holder(&mem), None);
    assert_eq!(lock.try_acquire(&mem, 1), Attempt::Acquired);
    assert_eq!(lock.holder(&mem), Some(1));
    assert_eq!(mem.load(lock.state), Lock::LOCKED);
    let wait = Attempt::Wait {
        word: lock.state,
        expected: Lock::CONTENDED,
    };
    assert_eq!(lock.try_acquire(&mem, 2), wait, "held: pid 2 must wait");
    assert_eq!(mem.load(lock.state), Lock::CONTENDED);
    assert_eq!(lock.try_acquire(&mem, 3), wait, "still held");
    // Nobody releases: a real wait on the attempt's word times out.
    assert_eq!(
        mem.wait(lock.state, Lock::CONTENDED, Some(0.02)),
        WaitResult::TimedOut
    );
    assert_eq!(lock.release(&mem), Ok(Some(lock.state)), "contended: wake");
    assert_eq!(mem.load(lock.state), Lock::UNLOCKED);
    assert_eq!(
        mem.wait(lock.state, Lock::CONTENDED, Some(1.0)),
        WaitResult::NotEqual,
        "the released word no longer holds CONTENDED"
    );
    assert_eq!(lock.try_acquire(&mem, 2), Attempt::Acquired);
    assert_eq!(lock.holder(&mem), Some(2));
    assert_eq!(lock.release(&mem), Ok(None), "uncontended: nobody to wake");
    assert!(lock.release(&mem).is_err(), "released too many times");
}

#[wasm_bindgen_test]
fn semaphore_counts_permits_and_waiters() {
    let mem = BrowserWords::new(2);
    let sem = Semaphore::at(0);
    sem.init(&mem, 2);
    assert_eq!(sem.try_acquire(&mem, false), (Attempt::Acquired, false));
    assert_eq!(sem.try_acquire(&mem, false), (Attempt::Acquired, false));
    assert_eq!(sem.value(&mem), 0);
    let wait = Attempt::Wait {
        word: sem.count,
        expected: 0,
    };
    assert_eq!(sem.try_acquire(&mem, false), (wait, true));
    assert_eq!(mem.load(sem.waiters), 1, "registered as a waiter once");
    assert_eq!(sem.try_acquire(&mem, true), (wait, true));
    assert_eq!(mem.load(sem.waiters), 1, "a retry does not register again");
    assert_eq!(mem.wait(sem.count, 0, Some(0.02)), WaitResult::TimedOut);
    assert_eq!(
        sem.release(&mem, None),
        Ok(Some(sem.count)),
        "a waiter: wake"
    );
    assert_eq!(sem.try_acquire(&mem, true), (Attempt::Acquired, false));
    assert_eq!(mem.load(sem.waiters), 0);
    // A waiter that gives up (timeout) is no longer counted.
    assert_eq!(sem.try_acquire(&mem, false), (wait, true));
    sem.cancel_wait(&mem);
    assert_eq!(mem.load(sem.waiters), 0);
    for _ in 0..2 {
        assert_eq!(sem.release(&mem, Some(2)), Ok(None), "nobody waits");
    }
    assert_eq!(sem.value(&mem), 2);
    assert!(
        sem.release(&mem, Some(2)).is_err(),
        "bounded: over its bound"
    );
}

#[wasm_bindgen_test]
fn event_set_and_clear() {
    let mem = BrowserWords::new(1);
    let ev = Event::at(0);
    assert!(!ev.is_set(&mem));
    let wait = Attempt::Wait {
        word: ev.flag,
        expected: Event::CLEAR,
    };
    assert_eq!(ev.try_wait(&mem), wait);
    assert_eq!(
        mem.wait(ev.flag, Event::CLEAR, Some(0.02)),
        WaitResult::TimedOut
    );
    assert_eq!(ev.set(&mem), Some(ev.flag), "setting a clear event wakes");
    assert_eq!(ev.set(&mem), None, "setting a set event wakes nobody");
    assert!(ev.is_set(&mem));
    assert_eq!(ev.try_wait(&mem), Attempt::Acquired);
    assert_eq!(mem.wait(ev.flag, Event::CLEAR, None), WaitResult::NotEqual);
    ev.clear(&mem);
    assert_eq!(ev.try_wait(&mem), wait);
}

/// One put attempt by pid 1 of a message that fits the ring.
fn put(mem: &BrowserWords, ch: &Channel, m: &[u8], max_items: Option<u32>) -> Transfer<()> {
    ch.try_put(mem, 1, m, max_items, &mut Vec::new())
        .expect("fits the ring")
}

/// One get attempt by pid 2.
fn get(mem: &BrowserWords, ch: &Channel) -> Transfer<Vec<u8>> {
    ch.try_get(mem, 2, &mut Vec::new())
}

#[wasm_bindgen_test]
fn channel_is_a_bounded_fifo() {
    // 32 bytes of ring at word 1 (word 0 stays unused, so offsets are not all from 0).
    let mem = BrowserWords::new(1 + Channel::words_needed(32));
    let ch = Channel::at(1);
    ch.init(&mem, 32);
    assert!(ch.is_empty(&mem));
    let Transfer::Wait { word, expected } = get(&mem, &ch) else {
        panic!("a get from an empty ring must wait");
    };
    assert_eq!(
        mem.wait(word, expected, Some(0.02)),
        WaitResult::TimedOut,
        "nobody puts: the getter's wait times out"
    );

    // Each message is a length word plus its bytes rounded up to words: 8 + 12 + 8 = 28.
    let mut wake = Vec::new();
    assert_eq!(
        ch.try_put(&mem, 1, b"one", None, &mut wake),
        Ok(Transfer::Done(()))
    );
    assert_eq!(wake, vec![word], "a put wakes the getters' word");
    assert_ne!(mem.load(word), expected, "and changed it");
    assert_eq!(put(&mem, &ch, b"second", None), Transfer::Done(()));
    assert_eq!(put(&mem, &ch, b"3333", None), Transfer::Done(()));
    assert_eq!(ch.len(&mem), 3);
    let Transfer::Wait { word, expected } = put(&mem, &ch, b"four", None) else {
        panic!("8 more bytes do not fit in the 4 left: the put must wait");
    };
    assert_eq!(mem.wait(word, expected, Some(0.02)), WaitResult::TimedOut);
    assert_eq!(get(&mem, &ch), Transfer::Done(b"one".to_vec()));
    assert_ne!(mem.load(word), expected, "a get changes the putters' word");
    // The next put wraps around the end of the ring.
    assert_eq!(put(&mem, &ch, b"four", None), Transfer::Done(()));
    assert!(
        matches!(put(&mem, &ch, b"", Some(3)), Transfer::Wait { .. }),
        "maxsize 3 reached"
    );
    for want in [&b"second"[..], b"3333", b"four"] {
        assert_eq!(get(&mem, &ch), Transfer::Done(want.to_vec()));
    }
    assert!(ch.is_empty(&mem));
    assert!(matches!(get(&mem, &ch), Transfer::Wait { .. }));
    assert_eq!(
        ch.try_put(&mem, 1, &[0u8; 29], None, &mut Vec::new()),
        Err(TooLarge),
        "4 + 32 bytes can never fit in 32"
    );
    // The channel's lock is its first word, here word 1.
    assert_eq!(
        mem.load(1),
        Lock::UNLOCKED,
        "every attempt released the lock"
    );
}

#[wasm_bindgen_test]
fn lock_under_a_thousand_seeded_schedules() {
    section_schedules(&BrowserWords::new(4), 0..1000, 4, 5, 1);
}

#[wasm_bindgen_test]
fn semaphore_under_a_thousand_seeded_schedules() {
    section_schedules(&BrowserWords::new(4), 0..1000, 6, 4, 3);
}

#[wasm_bindgen_test]
fn event_under_a_thousand_seeded_schedules() {
    event_schedules(&BrowserWords::new(1), 0..1000);
}

#[wasm_bindgen_test]
fn channel_under_a_thousand_seeded_schedules() {
    channel_schedules(&BrowserWords::new(Channel::words_needed(64)), 0..1000);
}

/// Starts a JS worker running `script` with the buffer of `mem` and resolves once it has
/// posted "ready". The helper must `close()` itself when done.
async fn spawn_helper(mem: &BrowserWords, script: &str) {
    let start = Function::new_with_args(
        "buffer, script",
        r#"return new Promise((resolve, reject) => {
            const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
            const w = new Worker(url);
            w.onmessage = (e) => { if (e.data === "ready") resolve(); };
            w.onerror = (e) => reject(new Error("helper worker: " + e.message));
            w.postMessage(buffer);
        });"#,
    );
    let promise: Promise = start
        .call2(&JsValue::NULL, mem.buffer(), &JsValue::from_str(script))
        .expect("the helper worker starts")
        .into();
    JsFuture::from(promise).await.expect("the helper is ready");
}

/// Waits on the word as an executor does, retrying the attempt; returns each wait's outcome.
fn acquire_blocking(mem: &BrowserWords, mut attempt: impl FnMut() -> Attempt) -> Vec<WaitResult> {
    let mut outcomes = Vec::new();
    while let Attempt::Wait { word, expected } = attempt() {
        outcomes.push(mem.wait(word, expected, Some(5.0)));
        assert!(outcomes.len() < 100, "no progress: {outcomes:?}");
    }
    outcomes
}

#[wasm_bindgen_test]
async fn a_notify_from_another_worker_wakes_a_wait() {
    let mem = BrowserWords::new(3);
    // The helper notifies word 0 every millisecond until a notify reaches a waiter (so the
    // wake cannot come before this worker waits), then reports how many it woke in word 1.
    spawn_helper(
        &mem,
        r#"onmessage = (e) => {
            const a = new Int32Array(e.data);
            postMessage("ready");
            const start = Date.now();
            let n = 0;
            while ((n = Atomics.notify(a, 0, 1)) === 0 && Date.now() - start < 10000) {
                Atomics.wait(a, 2, 0, 1);
            }
            Atomics.store(a, 1, n);
            Atomics.notify(a, 1);
            close();
        };"#,
    )
    .await;
    assert_eq!(mem.wait(0, 0, Some(10.0)), WaitResult::Woken);
    mem.wait(1, 0, Some(5.0));
    assert_eq!(
        mem.load(1),
        1,
        "the helper's notify woke exactly this waiter"
    );
}

#[wasm_bindgen_test]
async fn a_lock_released_by_another_worker() {
    let mem = BrowserWords::new(4);
    let lock = Lock::at(0);
    // The helper (pid 99) takes the lock before it says ready, holds it 200 ms, and
    // releases it with the same algorithm as `Lock::release`, then reports in word 2:
    // 1 + how many waiters its notify woke. Word 3 only serves its sleep.
    spawn_helper(
        &mem,
        r#"onmessage = (e) => {
            const a = new Int32Array(e.data);
            if (Atomics.compareExchange(a, 0, 0, 1) !== 0) throw new Error("lock taken");
            Atomics.store(a, 1, 99);
            postMessage("ready");
            Atomics.wait(a, 3, 0, 200);
            Atomics.store(a, 1, 0);
            let woke = 0;
            if (Atomics.sub(a, 0, 1) !== 1) {
                Atomics.store(a, 0, 0);
                woke = Atomics.notify(a, 0, 1);
            }
            Atomics.store(a, 2, 1 + woke);
            Atomics.notify(a, 2);
            close();
        };"#,
    )
    .await;
    assert_eq!(lock.holder(&mem), Some(99));
    let t = Date::now();
    let outcomes = acquire_blocking(&mem, || lock.try_acquire(&mem, 1));
    let ms = Date::now() - t;
    assert_eq!(lock.holder(&mem), Some(1));
    assert!(
        !outcomes.is_empty(),
        "the helper held the lock: we had to wait"
    );
    assert!(
        !outcomes.contains(&WaitResult::TimedOut),
        "the helper's release ended the wait: {outcomes:?} after {ms} ms"
    );
    mem.wait(2, 0, Some(5.0));
    assert_eq!(
        mem.load(2),
        1 + outcomes.contains(&WaitResult::Woken) as i32,
        "the helper woke us exactly when we were asleep: {outcomes:?}"
    );
    // Woken, the retry found the lock free and took it on the fast path, as LOCKED.
    assert_eq!(lock.release(&mem), Ok(None));
    assert_eq!(mem.load(lock.state), Lock::UNLOCKED);
}
