//! The world a browser run's processes share: an in-memory filesystem, and `urlopen` that
//! reads the fixture pages the app serves (`fixtures/<host>/<path>`, the query's `?` written
//! `%3F`, as the CLI's fixtures folder) with a synchronous request, allowed in workers.
//! Output is not kept here: it travels as print events.

use mpplay_python::memhost::MemoryHost;
use mpplay_python::{FsError, Host, Stream};

/// Where a program's main script lives, as tracebacks show it.
pub const SCRIPT_PATH: &str = "/home/mpplay/main.py";

pub struct BrowserWorld {
    pub fs: MemoryHost,
    /// Seconds since the epoch when the run began, and the worker clock then (ms).
    epoch: f64,
    started_ms: f64,
}

impl BrowserWorld {
    pub fn new() -> BrowserWorld {
        BrowserWorld {
            fs: MemoryHost::new(),
            epoch: js_sys::Date::now() / 1000.0,
            started_ms: js_sys::Date::now(),
        }
    }

    /// The run's files, as text.
    pub fn files(&self) -> Vec<(String, String)> {
        self.fs
            .files
            .iter()
            .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
            .collect()
    }
}

impl Default for BrowserWorld {
    fn default() -> Self {
        Self::new()
    }
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

fn fetch_sync(url: &str) -> Result<Vec<u8>, String> {
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
        self.fs.read_file(path)
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.fs.write_file(path, data)
    }

    fn append_file(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.fs.append_file(path, data)
    }

    fn remove_file(&mut self, path: &str) -> Result<(), FsError> {
        self.fs.remove_file(path)
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
