//! The world a browser run's processes share: an in-memory filesystem, and `urlopen` that
//! reads the fixture pages the app serves (`fixtures/<host>/<path>`, the query's `?` written
//! `%3F`, as the CLI's fixtures folder) with a synchronous request, allowed in workers.
//! Output is not kept here: it travels as print events.
//!
//! Under the sim executor the files live in the worker with the whole run; under the
//! workers executor every process has its own worker, so the files live on the page and
//! each file operation is a request the page answers through the process's mailbox in the
//! shared region (the worker blocks on it; the page never does).

use mpplay_python::memhost::MemoryHost;
use mpplay_python::{FsError, Host, Stream};

/// Where a program's main script lives, as tracebacks show it.
pub const SCRIPT_PATH: &str = "/home/mpplay/main.py";

/// Where a run's files are.
pub enum Files {
    /// In this worker (the sim executor: the whole run is here).
    Here(MemoryHost),
    /// On the page, reached through a mailbox.
    OnPage(PageFs),
}

pub struct BrowserWorld {
    pub fs: Files,
    /// Seconds since the epoch when the run began, and the worker clock then (ms).
    epoch: f64,
    started_ms: f64,
}

impl BrowserWorld {
    /// A world whose run began `started_ms` (epoch milliseconds) ago.
    pub fn new(fs: Files, started_ms: f64) -> BrowserWorld {
        BrowserWorld {
            fs,
            epoch: started_ms / 1000.0,
            started_ms,
        }
    }

    /// The run's files, as text (those kept in this worker).
    pub fn files(&self) -> Vec<(String, String)> {
        match &self.fs {
            Files::Here(fs) => files_of(fs),
            Files::OnPage(_) => Vec::new(),
        }
    }
}

/// The files of `fs`, as text.
pub fn files_of(fs: &MemoryHost) -> Vec<(String, String)> {
    fs.files
        .iter()
        .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
        .collect()
}

/// Words of a process's file mailbox: status, length, then the bytes.
pub const MAILBOX_WORDS: u32 = 2 + (1 << 16);

/// A mailbox's status word: 0 waiting, then the page's answer.
pub mod answer {
    pub const OK: i32 = 1;
    pub const NOT_FOUND: i32 = 2;
    pub const IS_A_DIRECTORY: i32 = 3;
    pub const DENIED: i32 = 4;
    pub const TOO_LARGE: i32 = 5;
    pub const FALSE: i32 = 6;
}

/// Bytes as a string of chars U+0000..U+00FF (JSON carries it intact).
pub fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|b| *b as char).collect()
}

pub fn from_latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| c as u32 as u8).collect()
}

/// The page's filesystem, from a worker: a request posted, the answer awaited in the mailbox.
pub struct PageFs {
    pub words: mpplay_runtime::shm::browser::BrowserWords,
    /// Reserved at the first request (most processes never touch a file).
    mailbox: std::cell::Cell<u32>,
    /// Posts a request (a `Report::Fs`) to the page.
    pub post: Box<dyn Fn(crate::protocol::Report)>,
}

// A worker runs one thread; see `BrowserWords`.
unsafe impl Send for PageFs {}

impl PageFs {
    pub fn new(
        words: mpplay_runtime::shm::browser::BrowserWords,
        post: Box<dyn Fn(crate::protocol::Report)>,
    ) -> PageFs {
        PageFs {
            words,
            mailbox: std::cell::Cell::new(0),
            post,
        }
    }

    fn call(&self, op: &str, path: &str, data: &[u8]) -> Result<Vec<u8>, FsError> {
        use mpplay_runtime::kernel::header;
        use mpplay_runtime::shm::SharedWords;
        if self.mailbox.get() == 0 {
            let len = self.words.len() as usize;
            match mpplay_runtime::heap::alloc(&self.words, len, MAILBOX_WORDS) {
                Some(at) => self.mailbox.set(at),
                None => return Err(FsError::PermissionDenied),
            }
        }
        let mailbox = self.mailbox.get();
        let request = crate::protocol::Report::Fs {
            op: op.to_string(),
            path: path.to_string(),
            data: latin1(data),
            mailbox,
        };
        self.words.store(mailbox, 0);
        (self.post)(request);
        let status = loop {
            match self.words.load(mailbox) {
                // No answer comes once the run has stopped.
                0 if self.words.load(header::STOPPED) != 0 => break answer::DENIED,
                0 => {
                    self.words.wait(mailbox, 0, Some(0.25));
                }
                s => break s,
            }
        };
        let len = self.words.load(mailbox + 1).max(0) as u32;
        let bytes = js_sys::Uint8Array::new_with_byte_offset_and_length(
            self.words.buffer(),
            (mailbox + 2) * 4,
            len.min((MAILBOX_WORDS - 2) * 4),
        )
        .to_vec();
        match status {
            answer::OK => Ok(bytes),
            answer::IS_A_DIRECTORY => Err(FsError::IsADirectory),
            answer::DENIED | answer::TOO_LARGE => Err(FsError::PermissionDenied),
            _ => Err(FsError::NotFound),
        }
    }
}

/// Runs a file operation on whichever side holds the files.
macro_rules! on_files {
    ($self:ident, $here:expr, $page:expr) => {
        match &mut $self.fs {
            Files::Here(fs) => $here(fs),
            Files::OnPage(page) => $page(page),
        }
    };
}

/// The app-relative URL of the fixture for `url`.
pub fn fixture_url(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let file = if path.is_empty() {
        "index.html".to_string()
    } else {
        path.replace('?', "%3F")
    };
    let encoded: Vec<String> = file
        .split('/')
        .map(|s| String::from(js_sys::encode_uri_component(s)))
        .collect();
    format!("fixtures/{host}/{}", encoded.join("/"))
}

/// The app's `path`, absolute: a worker's script is a Blob, against which a relative URL
/// means nothing, so the page writes where the app is into it (`mpplayBase`).
fn app_url(path: &str) -> String {
    let base = js_sys::Reflect::get(&js_sys::global(), &"mpplayBase".into())
        .ok()
        .and_then(|b| b.as_string())
        .unwrap_or_default();
    format!("{base}{path}")
}

/// The body of the app's `path`, fetched synchronously (allowed in workers).
pub fn fetch_sync(path: &str) -> Result<Vec<u8>, String> {
    let url = app_url(path);
    let url = url.as_str();
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| "no XMLHttpRequest".to_string())?;
    xhr.open_with_async("GET", url, false)
        .map_err(|_| format!("cannot open {url}"))?;
    // Synchronous requests cannot ask for bytes; a user-defined charset keeps them intact.
    xhr.override_mime_type("text/plain; charset=x-user-defined")
        .map_err(|_| "no overrideMimeType".to_string())?;
    xhr.send().map_err(|_| format!("cannot reach {url}"))?;
    if xhr.status().unwrap_or(0) != 200 {
        return Err(format!("HTTP {}", xhr.status().unwrap_or(0)));
    }
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    Ok(text.chars().map(|c| (c as u32 & 0xff) as u8).collect())
}

impl Host for BrowserWorld {
    fn write(&mut self, _stream: Stream, _text: &str) {}

    fn time(&mut self) -> f64 {
        self.epoch + self.monotonic()
    }

    fn monotonic(&mut self) -> f64 {
        (js_sys::Date::now() - self.started_ms) / 1000.0
    }

    fn sleep_until(&mut self, _deadline: f64) {}

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        on_files!(
            self,
            |fs: &mut MemoryHost| fs.read_file(path),
            |p: &PageFs| p.call("read", path, &[])
        )
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        on_files!(
            self,
            |fs: &mut MemoryHost| fs.write_file(path, data),
            |p: &PageFs| p.call("write", path, data).map(|_| ())
        )
    }

    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        on_files!(
            self,
            |fs: &mut MemoryHost| fs.append_file(path, data),
            |p: &PageFs| p.call("append", path, data).map(|_| ())
        )
    }

    fn remove_file(&mut self, path: &str) -> Result<(), FsError> {
        on_files!(
            self,
            |fs: &mut MemoryHost| fs.remove_file(path),
            |p: &PageFs| p.call("remove", path, &[]).map(|_| ())
        )
    }

    fn exists(&mut self, path: &str) -> bool {
        on_files!(self, |fs: &mut MemoryHost| fs.exists(path), |p: &PageFs| p
            .call("exists", path, &[])
            .is_ok())
    }

    fn is_dir(&mut self, path: &str) -> bool {
        on_files!(self, |fs: &mut MemoryHost| fs.is_dir(path), |p: &PageFs| p
            .call("is_dir", path, &[])
            .is_ok())
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        on_files!(
            self,
            |fs: &mut MemoryHost| fs.list_dir(path),
            |p: &PageFs| p
                .call("list", path, &[])
                .map(|b| String::from_utf8_lossy(&b)
                    .split('\n')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect())
        )
    }

    fn cwd(&mut self) -> String {
        "/home/mpplay".to_string()
    }

    fn urlopen(&mut self, url: &str) -> Result<Vec<u8>, String> {
        let at = fixture_url(url);
        fetch_sync(&at).map_err(|e| format!("no fixture for {url} ({e} at {at})"))
    }

    fn pid(&mut self) -> u32 {
        1000
    }

    fn ppid(&mut self) -> u32 {
        1
    }

    fn cpu_count(&mut self) -> u32 {
        use wasm_bindgen::JsCast;
        js_sys::global()
            .dyn_into::<web_sys::WorkerGlobalScope>()
            .map(|g| g.navigator().hardware_concurrency() as u32)
            .unwrap_or(1)
            .max(1)
    }

    fn entropy(&mut self) -> Vec<u32> {
        (0..624)
            .map(|_| (js_sys::Math::random() * 4294967296.0) as u32)
            .collect()
    }

    fn argv(&mut self) -> Vec<String> {
        vec![SCRIPT_PATH.to_string()]
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
