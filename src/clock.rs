//! The run's clock under the workers executor: seconds since the run began, running at the
//! chosen speed, which the page may change while the run goes on. The clock's base (a real
//! instant, the clock's reading then, and the speed since) sits in the region's header
//! under a sequence lock (the version is odd while one writes); every process's worker
//! reads it, so all processes agree on the time. The page writes it, and so does a paused
//! process stepped alone, moving the clock to its wake-up.

use mpplay_runtime::kernel::header;
use mpplay_runtime::shm::SharedWords;

const VERSION: u32 = header::CLOCK;
const BASE_REAL_MS: u32 = header::CLOCK + 1;
const BASE_SECONDS: u32 = header::CLOCK + 3;
const SPEED: u32 = header::CLOCK + 5;

/// The clock of one run, over its shared words.
pub struct SharedClock<W: SharedWords> {
    words: W,
    /// When the run began (epoch milliseconds).
    started_ms: f64,
}

/// The clock's base: at `real_ms` after the start it read `seconds`, and runs at `speed`.
#[derive(Clone, Copy)]
struct Base {
    real_ms: f64,
    seconds: f64,
    speed: f64,
}

impl<W: SharedWords> SharedClock<W> {
    pub fn new(words: W, started_ms: f64) -> SharedClock<W> {
        SharedClock { words, started_ms }
    }

    /// (page) Starts the clock at 0, running at `speed`.
    pub fn start(&self, speed: f64) {
        self.update(|_, _| Base {
            real_ms: 0.0,
            seconds: 0.0,
            speed,
        });
    }

    /// (page) From now on the clock runs at `speed` (0 stops it: a paused run); its reading
    /// goes on from where it is.
    /// Processes waiting with a timeout look at the clock again within a quarter second;
    /// those only sleeping are woken to look at once.
    pub fn set_speed(&self, speed: f64) {
        self.update(|base, real_ms| Base {
            real_ms,
            seconds: self.reading(base, real_ms),
            speed,
        });
        self.words.wake(header::QUIET, u32::MAX);
    }

    /// Moves the clock forward to `seconds` (a paused run's step to the next wake-up); its
    /// speed stays.
    pub fn advance_to(&self, seconds: f64) {
        self.update(|base, real_ms| Base {
            real_ms,
            seconds: self.reading(base, real_ms).max(seconds),
            speed: base.speed,
        });
        self.words.wake(header::QUIET, u32::MAX);
    }

    /// Seconds on the clock now.
    pub fn now(&self) -> f64 {
        self.reading(self.base(), self.real_ms())
    }

    /// Clock seconds per real second (never quite 0: a stopped clock is very slow to the
    /// processes, which look at it again every quarter second anyway).
    pub fn speed(&self) -> f64 {
        self.base().speed.max(1e-6)
    }

    fn real_ms(&self) -> f64 {
        js_sys::Date::now() - self.started_ms
    }

    fn reading(&self, base: Base, real_ms: f64) -> f64 {
        base.seconds + (real_ms - base.real_ms).max(0.0) / 1000.0 * base.speed
    }

    fn base(&self) -> Base {
        loop {
            let version = self.words.load(VERSION);
            if version % 2 == 1 {
                std::hint::spin_loop();
                continue;
            }
            let base = self.fields();
            if self.words.load(VERSION) == version {
                return base;
            }
        }
    }

    fn fields(&self) -> Base {
        Base {
            real_ms: self.f64_at(BASE_REAL_MS),
            seconds: self.f64_at(BASE_SECONDS),
            speed: self.f64_at(SPEED).max(0.0),
        }
    }

    /// Writes the base `next` makes of the current one (and the real instant now). A
    /// writer claims the version first (even to odd): the page and a worker may both write.
    fn update(&self, next: impl Fn(Base, f64) -> Base) {
        let version = loop {
            let version = self.words.load(VERSION);
            if version % 2 == 0
                && self
                    .words
                    .compare_exchange(VERSION, version, version + 1)
                    .is_ok()
            {
                break version;
            }
            std::hint::spin_loop();
        };
        let base = next(self.fields(), self.real_ms());
        self.set_f64(BASE_REAL_MS, base.real_ms);
        self.set_f64(BASE_SECONDS, base.seconds);
        self.set_f64(SPEED, base.speed);
        self.words.store(VERSION, version + 2);
    }

    fn f64_at(&self, at: u32) -> f64 {
        let low = self.words.load(at) as u32 as u64;
        let high = self.words.load(at + 1) as u32 as u64;
        f64::from_bits(high << 32 | low)
    }

    fn set_f64(&self, at: u32, v: f64) {
        let bits = v.to_bits();
        self.words.store(at, bits as u32 as i32);
        self.words.store(at + 1, (bits >> 32) as u32 as i32);
    }
}
