//! The sim executor in a Web Worker: every process of a run on the deterministic simulator,
//! driven in short bursts from the worker's event loop so that control messages (pause,
//! step, speed) get through, with virtual sleeps paced to real time by the speed control.
//! Events are posted to the page as trace lines after each burst.

use crate::protocol::{Control, Report, RunOptions};
use crate::world::{BrowserWorld, Files, SCRIPT_PATH};
use mpplay_python::MemoryHost;
use mpplay_runtime::kernel::{Clock, Kernel, RunConfig};
use mpplay_runtime::sim::{Progress, Simulator};
use mpplay_runtime::trace::Trace;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// Real time one burst may take before the worker yields to its event loop (ms).
const BURST_MS: f64 = 12.0;
/// Longest real wait while every process sleeps (ms): the clock moves on in such ticks.
const TICK_MS: f64 = 100.0;
/// Output beyond this many bytes of print events (per worker) is dropped, with one notice:
/// the console keeps the last lines only, and a flood must not swamp the page.
const OUTPUT_CAP: usize = 1 << 20;

/// Trace lines written since the last post, and whether output is among them.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<(Vec<u8>, bool)>>);

impl Lines {
    /// The lines written since the last call.
    pub fn take(&self) -> String {
        let (bytes, _) = std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()));
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Whether a print event was written since the last `take`.
    pub fn has_output(&self) -> bool {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).1
    }
}

impl Write for Lines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        const PRINT: &[u8] = b"\"kind\":\"print\"";
        let mut lines = self.0.lock().unwrap_or_else(|p| p.into_inner());
        lines.1 |= buf.windows(PRINT.len()).any(|w| w == PRINT);
        lines.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One run in this worker.
pub struct SimRun {
    kernel: Arc<Kernel>,
    sim: Simulator,
    lines: Lines,
    speed: f64,
    paused: bool,
    /// A timer is pending (a burst or the end of a paced sleep).
    scheduled: bool,
    output_bytes: usize,
    ended: bool,
    post: Rc<dyn Fn(Report)>,
    later: Later,
}

pub type Shared = Rc<RefCell<SimRun>>;

/// Runs a callback after some milliseconds on the worker's event loop.
pub type Later = Rc<dyn Fn(f64, Box<dyn FnOnce()>)>;

/// What follows a burst.
enum Next {
    Burst,
    /// Everyone sleeps: wait `ms` of real time, then move the clock to `until`.
    Sleep {
        ms: f64,
        until: f64,
    },
    Stop,
}

impl SimRun {
    pub fn start(options: RunOptions, post: Rc<dyn Fn(Report)>, later: Later) -> Shared {
        let lines = Lines::default();
        let config = RunConfig {
            script_path: SCRIPT_PATH.to_string(),
            source: options.source,
            slice: 400,
            seed: options.seed,
        };
        let kernel = Arc::new(Kernel::new(
            config,
            Box::new(BrowserWorld::new(
                Files::Here(MemoryHost::new()),
                js_sys::Date::now(),
            )),
            Clock::Virtual(0.0),
            Trace::to(Box::new(lines.clone())),
        ));
        kernel.set_max_processes(options.max_processes);
        let sim = Simulator::new(kernel.clone());
        let run = Rc::new(RefCell::new(SimRun {
            kernel,
            sim,
            lines,
            speed: options.speed.max(0.01),
            paused: options.paused,
            scheduled: false,
            output_bytes: 0,
            ended: false,
            post,
            later,
        }));
        Self::schedule(&run, 0.0);
        run
    }

    pub fn control(run: &Shared, c: Control) {
        match c {
            Control::Run(_) => {}
            Control::Pause => run.borrow_mut().paused = true,
            Control::Resume => {
                run.borrow_mut().paused = false;
                Self::schedule(run, 0.0);
            }
            Control::Speed { speed } => run.borrow_mut().speed = speed.max(0.01),
            Control::Step { pid } => {
                let mut r = run.borrow_mut();
                if r.ended {
                    return;
                }
                match r.sim.step(pid) {
                    Progress::Idle { until } => r.sim.advance_clock(until),
                    Progress::Ended(code) => r.finish(code),
                    Progress::Ran => {}
                }
                r.flush();
            }
        }
    }

    fn schedule(run: &Shared, ms: f64) {
        Self::after(run, ms, |_| {});
    }

    /// After `ms` of real time, applies `then` and runs the next burst (once: a pending
    /// burst is not doubled).
    fn after(run: &Shared, ms: f64, then: impl FnOnce(&mut SimRun) + 'static) {
        let later = {
            let mut r = run.borrow_mut();
            if r.scheduled || r.ended {
                return;
            }
            r.scheduled = true;
            r.later.clone()
        };
        let run = run.clone();
        later(
            ms,
            Box::new(move || {
                {
                    let mut r = run.borrow_mut();
                    r.scheduled = false;
                    then(&mut r);
                }
                Self::burst(&run);
            }),
        );
    }

    fn burst(run: &Shared) {
        let next = run.borrow_mut().run_burst();
        match next {
            Next::Burst => Self::schedule(run, 0.0),
            Next::Sleep { ms, until } => Self::after(run, ms, move |r| r.sim.advance_clock(until)),
            Next::Stop => {}
        }
    }

    /// Runs rounds until the burst's time is up, everyone sleeps, or the run ends.
    fn run_burst(&mut self) -> Next {
        if self.paused || self.ended {
            return Next::Stop;
        }
        let until_ms = js_sys::Date::now() + BURST_MS;
        let next = loop {
            match self.sim.round() {
                Progress::Ran if js_sys::Date::now() > until_ms => break Next::Burst,
                Progress::Ran => {}
                Progress::Idle { until } => {
                    // Everyone sleeps: wait for real (scaled by the speed), a tick at a
                    // time, so the views' countdowns move and a new speed applies soon.
                    let now = self.kernel.now();
                    let ms = (until - now) * 1000.0 / self.speed;
                    if ms < 1.0 {
                        self.sim.advance_clock(until);
                        continue;
                    }
                    if ms <= TICK_MS {
                        break Next::Sleep { ms, until };
                    }
                    let until = now + TICK_MS / 1000.0 * self.speed;
                    break Next::Sleep { ms: TICK_MS, until };
                }
                Progress::Ended(code) => {
                    self.finish(code);
                    return Next::Stop;
                }
            }
        };
        self.flush();
        next
    }

    fn finish(&mut self, code: i32) {
        self.ended = true;
        self.flush();
        if let Some(world) = self
            .kernel
            .lock()
            .world
            .as_any_mut()
            .downcast_mut::<BrowserWorld>()
        {
            (self.post)(Report::Files {
                files: world.files(),
            });
        }
        (self.post)(Report::Ended { code });
    }

    /// Posts the events written since the last post, and where each process is.
    fn flush(&mut self) {
        let text = self.lines.take();
        if !text.is_empty() {
            let (lines, skipped) = cap_output(&mut self.output_bytes, &text);
            (self.post)(Report::Events { lines, skipped });
        }
        let lines = self
            .sim
            .procs
            .iter_mut()
            .filter_map(|(pid, p)| p.vm.line_in(SCRIPT_PATH).map(|l| (*pid, l)))
            .collect();
        (self.post)(Report::Status {
            t: self.kernel.now(),
            lines,
        });
    }
}

/// Trace lines with print events beyond `OUTPUT_CAP` bytes (counted in `printed`) dropped,
/// and one notice where the dropping starts; with the `seq` ranges of what was dropped, so
/// the page does not wait for those events.
pub fn cap_output(printed: &mut usize, text: &str) -> (String, Vec<(u64, u64)>) {
    let mut kept = String::with_capacity(text.len());
    let mut skipped: Vec<(u64, u64)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if line.contains("\"kind\":\"print\"") {
            let before = *printed;
            *printed += line.len();
            if *printed > OUTPUT_CAP {
                if before <= OUTPUT_CAP {
                    kept.push_str(&cap_notice(line));
                } else if let Some(seq) = seq_of(line) {
                    match skipped.last_mut() {
                        Some((_, end)) if *end + 1 == seq => *end = seq,
                        _ => skipped.push((seq, seq)),
                    }
                }
                continue;
            }
        }
        kept.push_str(line);
    }
    (kept, skipped)
}

/// The `seq` a trace line starts with.
fn seq_of(line: &str) -> Option<u64> {
    let rest = line.strip_prefix("{\"seq\":")?;
    let end = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..end].parse().ok()
}

/// A print event saying the rest of the output is not shown, in place of `line`.
fn cap_notice(line: &str) -> String {
    let head = line.split("\"kind\"").next().unwrap_or("{");
    format!(
        "{head}\"kind\":\"print\",\"target\":null,\"detail\":{{\"stream\":\"stderr\",\"text\":\"mpplay: more than {} MB of output; the rest is not shown\\n\"}}}}\n",
        OUTPUT_CAP >> 20
    )
}
