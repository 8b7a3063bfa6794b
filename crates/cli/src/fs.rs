//! The CLI's filesystem: the working directory's files, read on first use, with every
//! change kept in memory and written back to disk at the end of the run.

use mpplay_python::FsError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A file's state in the overlay.
enum Entry {
    Data(Vec<u8>),
    Removed,
}

pub struct MemFs {
    overlay: BTreeMap<String, Entry>,
    dirty: std::collections::BTreeSet<String>,
    /// The working directory with a trailing slash: a path under it is kept relative.
    cwd: String,
}

impl MemFs {
    pub fn new() -> MemFs {
        let cwd = std::env::current_dir()
            .map(|p| format!("{}/", p.display()))
            .unwrap_or_default();
        MemFs {
            overlay: BTreeMap::new(),
            dirty: Default::default(),
            cwd,
        }
    }

    /// One name per file however the program wrote it: relative to the working directory
    /// when it is under it.
    fn key(&self, path: &str) -> String {
        let p = match path.strip_prefix(self.cwd.as_str()) {
            Some(rest) if !self.cwd.is_empty() => rest,
            _ => path,
        };
        p.strip_prefix("./").unwrap_or(p).to_string()
    }

    fn load(&mut self, key: &str) -> Result<&mut Vec<u8>, FsError> {
        if !self.overlay.contains_key(key) {
            let p = Path::new(key);
            if p.is_dir() {
                return Err(FsError::IsADirectory);
            }
            match std::fs::read(p) {
                Ok(d) => {
                    self.overlay.insert(key.to_string(), Entry::Data(d));
                }
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    return Err(FsError::PermissionDenied)
                }
                Err(_) => return Err(FsError::NotFound),
            }
        }
        match self.overlay.get_mut(key) {
            Some(Entry::Data(d)) => Ok(d),
            _ => Err(FsError::NotFound),
        }
    }

    pub fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        let k = self.key(path);
        self.load(&k).map(|d| d.clone())
    }

    pub fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let k = self.key(path);
        if Path::new(&k).is_dir() {
            return Err(FsError::IsADirectory);
        }
        if let Some(parent) = Path::new(&k).parent() {
            if !parent.as_os_str().is_empty()
                && !parent.is_dir()
                && !self.has_dir_in_overlay(parent)
            {
                return Err(FsError::NotFound);
            }
        }
        self.overlay.insert(k.clone(), Entry::Data(data.to_vec()));
        self.dirty.insert(k);
        Ok(())
    }

    fn has_dir_in_overlay(&self, dir: &Path) -> bool {
        let prefix = format!("{}/", dir.display());
        self.overlay.keys().any(|k| k.starts_with(&prefix))
    }

    pub fn append(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let k = self.key(path);
        match self.load(&k) {
            Ok(d) => d.extend_from_slice(data),
            Err(FsError::NotFound) => {
                return self.write(path, data);
            }
            Err(e) => return Err(e),
        }
        self.dirty.insert(k);
        Ok(())
    }

    pub fn remove(&mut self, path: &str) -> Result<(), FsError> {
        let k = self.key(path);
        if !self.exists(&k) {
            return Err(FsError::NotFound);
        }
        self.overlay.insert(k.clone(), Entry::Removed);
        self.dirty.insert(k);
        Ok(())
    }

    pub fn exists(&mut self, path: &str) -> bool {
        let k = self.key(path);
        match self.overlay.get(&k) {
            Some(Entry::Data(_)) => true,
            Some(Entry::Removed) => false,
            None => Path::new(&k).exists() || self.has_dir_in_overlay(Path::new(&k)),
        }
    }

    pub fn is_dir(&mut self, path: &str) -> bool {
        let k = self.key(path);
        k.is_empty() || k == "." || Path::new(&k).is_dir()
    }

    pub fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let k = self.key(path);
        let dir = if k.is_empty() {
            ".".to_string()
        } else {
            k.clone()
        };
        let mut names: std::collections::BTreeSet<String> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
                .collect(),
            Err(_) => return Err(FsError::NotFound),
        };
        let prefix = if dir == "." {
            String::new()
        } else {
            format!("{}/", dir.trim_end_matches('/'))
        };
        for (key, entry) in &self.overlay {
            if let Some(rest) = key.strip_prefix(&prefix) {
                if rest.contains('/') {
                    continue;
                }
                match entry {
                    Entry::Data(_) => {
                        names.insert(rest.to_string());
                    }
                    Entry::Removed => {
                        names.remove(rest);
                    }
                }
            }
        }
        Ok(names.into_iter().collect())
    }

    /// Writes every changed file back to disk.
    pub fn write_back(&mut self) -> std::io::Result<()> {
        for k in std::mem::take(&mut self.dirty) {
            match self.overlay.get(&k) {
                Some(Entry::Data(d)) => std::fs::write(&k, d)?,
                Some(Entry::Removed) => {
                    let _ = std::fs::remove_file(&k);
                }
                None => {}
            }
        }
        Ok(())
    }
}

/// Where the fixture for a URL lives: `$MPPLAY_FIXTURES` (default `fixtures`) / host / path,
/// with `?` of the query written as `%3F` so every URL is one file name.
pub fn url_to_fixture(url: &str) -> PathBuf {
    let root = std::env::var("MPPLAY_FIXTURES").unwrap_or_else(|_| "fixtures".to_string());
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut p = PathBuf::from(root);
    p.push(host);
    let path = path.replace('?', "%3F");
    p.push(if path.is_empty() {
        "index.html".to_string()
    } else {
        path
    });
    p
}
