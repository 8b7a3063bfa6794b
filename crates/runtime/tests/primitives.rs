//! The primitives under many seeded schedules of the simulator (every interleaving of
//! attempts the scheduler can pick) and under real threads.
// Real threads: not on wasm32, where tests/browser_shm.rs checks the browser backend.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use mpplay_runtime::primitives::{Attempt, Lock, Semaphore};
use mpplay_runtime::shm::native::NativeWords;
use mpplay_runtime::shm::sim::SimWords;
use mpplay_runtime::shm::SharedWords;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use support::{event_schedules, section_schedules};

#[test]
fn lock_under_a_thousand_seeded_schedules() {
    section_schedules(&SimWords::new(4), 0..1000, 4, 5, 1);
}

#[test]
fn semaphore_under_a_thousand_seeded_schedules() {
    section_schedules(&SimWords::new(4), 0..1000, 6, 4, 3);
}

#[test]
fn releasing_an_unlocked_lock_is_an_error() {
    let mem = SimWords::new(2);
    assert!(Lock::at(0).release(&mem).is_err());
    let sem = Semaphore::at(0);
    let mem = SimWords::new(2);
    sem.init(&mem, 1);
    assert!(
        sem.release(&mem, Some(1)).is_err(),
        "bounded semaphore over its bound"
    );
}

/// Takes a primitive on real threads, waiting for real.
fn acquire_blocking(mem: &NativeWords, attempt: &mut dyn FnMut() -> Attempt) {
    loop {
        match attempt() {
            Attempt::Acquired => return,
            Attempt::Wait { word, expected } => {
                mem.wait(word, expected, None);
            }
        }
    }
}

#[test]
fn lock_stress_on_real_threads() {
    let mem = Arc::new(NativeWords::new(2));
    let lock = Lock::at(0);
    // Incremented with a non-atomic read-modify-write: any overlap would lose updates.
    let counter = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (mem, counter) = (mem.clone(), counter.clone());
            std::thread::spawn(move || {
                for _ in 0..5000 {
                    acquire_blocking(&mem, &mut || lock.try_acquire(&*mem, t + 1));
                    let v = counter.load(Ordering::Relaxed);
                    std::hint::spin_loop();
                    counter.store(v + 1, Ordering::Relaxed);
                    if let Some(w) = lock.release(&*mem).expect("held") {
                        mem.wake(w, 1);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    assert_eq!(counter.load(Ordering::Relaxed), 20_000);
    assert_eq!(mem.load(lock.state), Lock::UNLOCKED);
}

#[test]
fn semaphore_stress_on_real_threads() {
    let mem = Arc::new(NativeWords::new(2));
    let sem = Semaphore::at(0);
    sem.init(&*mem, 2);
    let inside = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..6)
        .map(|_| {
            let (mem, inside) = (mem.clone(), inside.clone());
            std::thread::spawn(move || {
                for _ in 0..2000 {
                    let mut registered = false;
                    acquire_blocking(&mem, &mut || {
                        let (a, r) = sem.try_acquire(&*mem, registered);
                        registered = r;
                        a
                    });
                    let n = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    assert!(n <= 2, "{n} inside a semaphore of 2");
                    inside.fetch_sub(1, Ordering::SeqCst);
                    if let Some(w) = sem.release(&*mem, None).expect("unbounded") {
                        mem.wake(w, 1);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    assert_eq!(sem.value(&*mem), 2);
}

#[test]
fn a_wait_times_out() {
    let mem = NativeWords::new(1);
    let t = std::time::Instant::now();
    assert_eq!(
        mem.wait(0, 0, Some(0.05)),
        mpplay_runtime::shm::WaitResult::TimedOut
    );
    assert!(t.elapsed().as_secs_f64() >= 0.04);
    assert_eq!(
        mem.wait(0, 7, Some(1.0)),
        mpplay_runtime::shm::WaitResult::NotEqual
    );
}

#[test]
fn event_holds_waiters_until_set_under_seeded_schedules() {
    event_schedules(&SimWords::new(1), 0..1000);
}

#[test]
fn event_wakes_real_threads() {
    use mpplay_runtime::primitives::Event;
    let mem = Arc::new(NativeWords::new(1));
    let ev = Event::at(0);
    let waiters: Vec<_> = (0..3)
        .map(|_| {
            let mem = mem.clone();
            std::thread::spawn(move || acquire_blocking(&mem, &mut || ev.try_wait(&*mem)))
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(20));
    if let Some(w) = ev.set(&*mem) {
        mem.wake(w, u32::MAX);
    }
    for t in waiters {
        t.join().expect("a waiter passed the set event");
    }
}
