//! `mpplay run FILE.py`: runs a Python program natively and prints what CPython prints.
//!
//! The working directory's files are the program's initial filesystem (read on first use);
//! what the program writes is kept in memory and written back to disk when it ends.
//! `urlopen` is answered from a fixtures folder (see `fs::url_to_fixture`).

mod fs;

use fs::MemFs;
use mpplay_python::{FsError, Host, RunOutcome, Stream, Vm, Wait};
use std::io::Write;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

#[global_allocator]
static ALLOC: mpplay_python::alloc::CountingAlloc<std::alloc::System> =
    mpplay_python::alloc::CountingAlloc(std::alloc::System);

const USAGE: &str = "usage: mpplay run FILE.py [--budget N]\n\
                     \n\
                     Runs FILE.py as CPython 3.11 would and exits with its exit code.";

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
    let mut budget: u64 = 100_000;
    let mut rest = args[2..].iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--budget" => match rest.next().and_then(|n| n.parse().ok()) {
                Some(n) => budget = n,
                None => {
                    eprintln!("mpplay: --budget needs a number");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!("mpplay: unknown option {other}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
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
    let code = run(&file, &source, budget);
    ExitCode::from(code as u8)
}

/// Runs a program to its end; returns its exit code.
fn run(file: &str, source: &str, budget: u64) -> i32 {
    let host = CliHost {
        fs: MemFs::new(),
        start: Instant::now(),
        stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        argv: vec![file.to_string()],
    };
    let mut vm = Vm::new(Box::new(host));
    // Like CPython 3.9+, the main script's path in tracebacks is absolute.
    let shown = std::path::absolute(file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.to_string());
    let code = match vm.load_main(source, &shown, "__main__") {
        Err(exc) => vm.exit_code_for(&exc),
        Ok(()) => loop {
            match vm.run(budget) {
                RunOutcome::Yielded => {}
                RunOutcome::Blocked(Wait::Sleep { deadline }) => vm.host.sleep_until(deadline),
                RunOutcome::Blocked(Wait::Word { deadline, .. }) => {
                    // One process alone has nobody to wake it: a wait with no deadline never ends.
                    match deadline {
                        Some(d) => vm.host.sleep_until(d),
                        None => {
                            vm.host.write(
                                Stream::Stderr,
                                "mpplay: deadlock: the only process waits forever\n",
                            );
                            break 3;
                        }
                    }
                }
                RunOutcome::Finished(code) => break code,
            }
        },
    };
    let host = vm.host.as_any_mut();
    if let Some(h) = host.downcast_mut::<CliHost>() {
        let _ = h.stdout.flush();
        if let Err(e) = h.fs.write_back() {
            eprintln!("mpplay: could not write files back: {e}");
        }
    }
    code
}
