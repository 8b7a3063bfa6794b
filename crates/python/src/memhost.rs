//! A `Host` with no operating system behind it: an in-memory filesystem, captured output and
//! a virtual clock that sleeping advances. Used by the engine's tests and benchmarks, and by
//! any embedding that wants a program fully sandboxed.

use crate::host::{FsError, Host, Stream};
use std::collections::BTreeMap;

/// The working directory, where the run's files are.
const CWD: &str = "/home/mpplay/";

/// Output and files of a run, inspectable afterwards.
#[derive(Default)]
pub struct MemoryHost {
    pub stdout: String,
    pub stderr: String,
    pub files: BTreeMap<String, Vec<u8>>,
    /// URL → body for `urlopen`.
    pub urls: BTreeMap<String, Vec<u8>>,
    /// The virtual monotonic clock, in seconds.
    pub clock: f64,
    /// Output beyond this many bytes is dropped (a runaway print loop stays bounded).
    pub output_cap: usize,
}

impl MemoryHost {
    pub fn new() -> MemoryHost {
        MemoryHost {
            output_cap: 1 << 20,
            ..Default::default()
        }
    }

    /// A file's name relative to the working directory, however the program wrote it.
    fn key(path: &str) -> String {
        if path == CWD.trim_end_matches('/') {
            return String::new();
        }
        let path = path.strip_prefix(CWD).unwrap_or(path);
        path.strip_prefix("./").unwrap_or(path).to_string()
    }
}

impl Host for MemoryHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let buf = match stream {
            Stream::Stdout => &mut self.stdout,
            Stream::Stderr => &mut self.stderr,
        };
        if buf.len() < self.output_cap {
            buf.push_str(text);
        }
    }

    fn time(&mut self) -> f64 {
        1_700_000_000.0 + self.clock
    }

    fn monotonic(&mut self) -> f64 {
        self.clock
    }

    fn sleep_until(&mut self, deadline: f64) {
        if deadline > self.clock {
            self.clock = deadline;
        }
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.files
            .get(&Self::key(path))
            .cloned()
            .ok_or(FsError::NotFound)
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.files.insert(Self::key(path), data.to_vec());
        Ok(())
    }

    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.files
            .entry(Self::key(path))
            .or_default()
            .extend_from_slice(data);
        Ok(())
    }

    fn remove_file(&mut self, path: &str) -> Result<(), FsError> {
        self.files
            .remove(&Self::key(path))
            .map(|_| ())
            .ok_or(FsError::NotFound)
    }

    fn exists(&mut self, path: &str) -> bool {
        let k = Self::key(path);
        k.is_empty() || k == "." || self.files.contains_key(&k)
    }

    fn is_dir(&mut self, path: &str) -> bool {
        let k = Self::key(path);
        k.is_empty() || k == "."
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        if !self.is_dir(path) {
            return Err(FsError::NotFound);
        }
        Ok(self
            .files
            .keys()
            .filter(|k| !k.contains('/'))
            .cloned()
            .collect())
    }

    fn cwd(&mut self) -> String {
        CWD.trim_end_matches('/').to_string()
    }

    fn urlopen(&mut self, url: &str) -> Result<Vec<u8>, String> {
        self.urls
            .get(url)
            .cloned()
            .ok_or_else(|| format!("no page for {url}"))
    }

    fn pid(&mut self) -> u32 {
        1000
    }

    fn ppid(&mut self) -> u32 {
        1
    }

    fn entropy(&mut self) -> Vec<u32> {
        (0..624u32).map(|i| i.wrapping_mul(2_654_435_761)).collect()
    }

    fn argv(&mut self) -> Vec<String> {
        vec!["main.py".to_string()]
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
