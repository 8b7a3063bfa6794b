//! The boundary between the engine and whatever runs it: clock, output, files, urlopen,
//! process identity. The engine has no std::time, threads or filesystem of its own; an
//! executor (the CLI, the simulator, a Web Worker) implements `Host`.

/// Output streams of a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Why a file operation failed, as an errno.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsError {
    /// ENOENT
    NotFound,
    /// EISDIR
    IsADirectory,
    /// EACCES
    PermissionDenied,
}

/// What the engine needs from its surroundings.
pub trait Host {
    /// Writes program output. Text arrives as the program printed it.
    fn write(&mut self, stream: Stream, text: &str);
    /// Seconds since the epoch (`time.time()`), virtual under the simulator.
    fn time(&mut self) -> f64;
    /// A monotonic clock in seconds (`time.monotonic()`, `time.perf_counter()`).
    fn monotonic(&mut self) -> f64;
    /// Blocks the calling process until `monotonic()` reaches `deadline`. Used only where the
    /// VM cannot suspend (a sleep inside a callback from native code).
    fn sleep_until(&mut self, deadline: f64);
    /// Offset of local time from UTC in seconds at the given epoch time.
    fn utc_offset(&mut self, _t: f64) -> i32 {
        0
    }
    /// The local time zone's name (`time.tzname`).
    fn tz_name(&mut self) -> String {
        "UTC".to_string()
    }
    /// Reads a whole file.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, FsError>;
    /// Replaces a file's content, creating it.
    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError>;
    /// Appends to a file, creating it.
    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError>;
    fn remove_file(&mut self, path: &str) -> Result<(), FsError>;
    fn exists(&mut self, path: &str) -> bool;
    fn is_dir(&mut self, path: &str) -> bool;
    /// Names in a directory ("" or "." is the working directory).
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError>;
    /// The working directory's path as the program sees it.
    fn cwd(&mut self) -> String;
    /// Fetches a URL for `urllib.request.urlopen`: the body, or an error message.
    fn urlopen(&mut self, url: &str) -> Result<Vec<u8>, String>;
    fn pid(&mut self) -> u32;
    fn ppid(&mut self) -> u32;
    fn cpu_count(&mut self) -> u32 {
        2
    }
    /// Whether the process must drop what it is doing (it was asked to end, or its run was
    /// stopped): builtins that loop for long look every so often.
    fn interrupted(&mut self) -> bool {
        false
    }
    /// `os._exit(code)`: has the process end with `code` as soon as the running
    /// instruction gives way, running nothing more. False if the host cannot (then
    /// `os._exit` raises SystemExit).
    fn exit_now(&mut self, _code: i32) -> bool {
        false
    }
    /// Words of entropy for seeding `random` without a seed.
    fn entropy(&mut self) -> Vec<u32>;
    /// `sys.argv`.
    fn argv(&mut self) -> Vec<String>;
    /// The host itself, so its owner can reach it again after the run.
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}
