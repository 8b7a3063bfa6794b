//! `mpplay run FILE.py`: runs a Python program natively and prints what CPython prints.
//!
//! Every process of the program runs under an executor of the runtime: `sim` (default; one
//! thread, virtual clock, seeded schedule) or `threads` (one OS thread per process).
//!
//! The working directory's files are the program's initial filesystem (read on first use);
//! what the program writes is kept in memory and written back to disk when it ends.
//! `urlopen` is answered from a fixtures folder (see `fs::url_to_fixture`).

mod fs;

use fs::MemFs;
use mpplay_python::{FsError, Host, Stream};
use mpplay_runtime::kernel::{Clock, Kernel, RunConfig};
use mpplay_runtime::trace::Trace;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

#[global_allocator]
static ALLOC: mpplay_python::alloc::CountingAlloc<std::alloc::System> =
    mpplay_python::alloc::CountingAlloc(std::alloc::System);

const USAGE: &str = "usage: mpplay run FILE.py [--executor sim|threads] [--seed N] \
                     [--trace FILE.jsonl] [--timeout SECONDS] [--slice N] [-- ARGS...]\n\
                     \n\
                     Runs FILE.py as CPython 3.11 would and exits with its exit code.\n\
                     --executor sim      one thread, virtual clock, deterministic per seed (default)\n\
                     --executor threads  one OS thread per process, real time\n\
                     --seed N            the simulator's schedule (default 0)\n\
                     --trace FILE        writes every event of the run as JSON lines\n\
                     --timeout SECONDS   stops a run that takes longer in real time (default 600)\n\
                     --slice N           most instructions a process runs before a switch\n\
                     -- ARGS...          the program's arguments (sys.argv[1:])";

/// Which executor runs the processes.
#[derive(Clone, Copy, PartialEq)]
enum Executor {
    Sim,
    Threads,
}

struct Options {
    /// What follows `--`: the program's own arguments (`sys.argv[1:]`).
    program_args: Vec<String>,
    executor: Executor,
    seed: u64,
    trace: Option<String>,
    timeout: f64,
    slice: u64,
}

/// The host of a native run: real clock, real stdout/stderr, the in-memory filesystem.
struct CliHost {
    fs: MemFs,
    start: Instant,
    stdout: std::io::BufWriter<std::io::Stdout>,
    argv: Vec<String>,
}

impl Host for CliHost {
    fn write(&mut self, stream: Stream, text: &str) {
        match stream {
            Stream::Stdout => {
                let _ = self.stdout.write_all(text.as_bytes());
            }
            Stream::Stderr => {
                let _ = self.stdout.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }

    fn time(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }

    fn monotonic(&mut self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn sleep_until(&mut self, deadline: f64) {
        let now = self.monotonic();
        if deadline > now {
            let _ = self.stdout.flush();
            std::thread::sleep(std::time::Duration::from_secs_f64(deadline - now));
        }
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.fs.read(path)
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.fs.write(path, data)
    }

    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.fs.append(path, data)
    }

    fn remove_file(&mut self, path: &str) -> Result<(), FsError> {
        self.fs.remove(path)
    }

    fn exists(&mut self, path: &str) -> bool {
        self.fs.exists(path)
    }

    fn is_dir(&mut self, path: &str) -> bool {
        self.fs.is_dir(path)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        self.fs.list_dir(path)
    }

    fn cwd(&mut self) -> String {
        std::env::current_dir()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| "/".into())
    }

    fn urlopen(&mut self, url: &str) -> Result<Vec<u8>, String> {
        let path = fs::url_to_fixture(url);
        std::fs::read(&path)
            .map_err(|_| format!("no fixture for {url} (looked for {})", path.display()))
    }

    fn pid(&mut self) -> u32 {
        std::process::id()
    }

    fn ppid(&mut self) -> u32 {
        std::os::unix::process::parent_id()
    }

    fn cpu_count(&mut self) -> u32 {
        std::thread::available_parallelism()
            .map(|n| n.get() as u32)
            .unwrap_or(1)
    }

    fn entropy(&mut self) -> Vec<u32> {
        let t = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let mut x = (t as u64) ^ ((std::process::id() as u64) << 32);
        (0..624)
            .map(|_| {
                // splitmix64
                x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = x;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                (z ^ (z >> 31)) as u32
            })
            .collect()
    }

    fn argv(&mut self) -> Vec<String> {
        self.argv.clone()
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("run") || args.len() < 2 {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let file = args[1].clone();
    let options = match parse_options(&args[2..]) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("mpplay: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read(&file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                eprintln!("mpplay: {file} is not valid UTF-8");
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("mpplay: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let code = run(&file, &source, &options);
    ExitCode::from(code as u8)
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        program_args: Vec::new(),
        executor: Executor::Sim,
        seed: 0,
        trace: None,
        timeout: 600.0,
        slice: 400,
    };
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        let mut value = |what: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs {what}"))
        };
        match a.as_str() {
            "--" => {
                o.program_args = rest.by_ref().cloned().collect();
            }
            "--executor" => {
                o.executor = match value("sim or threads")?.as_str() {
                    "sim" => Executor::Sim,
                    "threads" => Executor::Threads,
                    other => return Err(format!("unknown executor '{other}' (sim or threads)")),
                }
            }
            "--seed" => {
                o.seed = value("a number")?
                    .parse()
                    .map_err(|_| "--seed needs a number".to_string())?
            }
            "--trace" => o.trace = Some(value("a file name")?),
            "--timeout" => {
                o.timeout = value("seconds")?
                    .parse()
                    .map_err(|_| "--timeout needs seconds".to_string())?
            }
            "--slice" | "--budget" => {
                o.slice = value("a number")?
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{a} needs a positive number"))?
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

/// Runs a program to its end; returns its exit code.
fn run(file: &str, source: &str, options: &Options) -> i32 {
    let host = CliHost {
        fs: MemFs::new(),
        start: Instant::now(),
        stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        argv: std::iter::once(file.to_string())
            .chain(options.program_args.iter().cloned())
            .collect(),
    };
    let trace = match &options.trace {
        None => Trace::disabled(),
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Trace::to(Box::new(std::io::BufWriter::new(f))),
            Err(e) => {
                eprintln!("mpplay: can't write trace '{path}': {e}");
                return 2;
            }
        },
    };
    // Like CPython 3.9+, the main script's path in tracebacks is absolute.
    let shown = std::path::absolute(file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.to_string());
    let config = RunConfig {
        script_path: shown,
        source: source.to_string(),
        slice: options.slice,
        seed: options.seed,
    };
    let clock = match options.executor {
        Executor::Sim => Clock::Virtual(0.0),
        Executor::Threads => Clock::Real(Instant::now()),
    };
    let kernel = Arc::new(Kernel::new(config, Box::new(host), clock, trace));
    let code = match options.executor {
        Executor::Sim => mpplay_runtime::sim::run(kernel.clone(), options.timeout),
        Executor::Threads => mpplay_runtime::threads::run(kernel.clone(), options.timeout),
    };
    let mut st = kernel.lock();
    st.trace.flush();
    if let Some(h) = st.world.as_any_mut().downcast_mut::<CliHost>() {
        let _ = h.stdout.flush();
        if let Err(e) = h.fs.write_back() {
            eprintln!("mpplay: could not write files back: {e}");
        }
    }
    code
}
