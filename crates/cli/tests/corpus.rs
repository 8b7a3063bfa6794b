//! The differential corpus: every program in `tests/py/<suite>/` runs through `mpplay run`
//! in a fresh empty directory; its stdout and exit code must equal what CPython produced
//! (`.out`, `.code`), and for failing programs the last line of stderr must equal `.err`.
//! A program with a `.unordered` marker is compared as sorted lines (its processes print in
//! an order CPython does not fix). The multiprocessing suite runs under both executors.
//! All mismatches are listed before the test fails.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// Runs one program; returns a description of each difference from CPython.
fn check(program: &Path, executor: &str) -> Vec<String> {
    let base = program.with_extension("");
    let expected_out = std::fs::read(base.with_extension("out")).unwrap_or_default();
    let expected_code: i32 = std::fs::read_to_string(base.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let expected_err = std::fs::read_to_string(base.with_extension("err")).ok();
    // The whole stderr, for programs that end in a traceback; `{dir}` is the run's folder.
    let expected_stderr = std::fs::read_to_string(base.with_extension("stderr")).ok();
    let dir = tempdir(program, executor);
    let name = program.file_name().expect("file name");
    std::fs::copy(program, dir.join(name)).expect("copy program");
    let output = Command::new(env!("CARGO_BIN_EXE_mpplay"))
        .arg("run")
        .arg(name)
        .args(["--executor", executor])
        .current_dir(&dir)
        .env("MPPLAY_FIXTURES", repo_root().join("tests/fixtures"))
        .output()
        .expect("run mpplay");
    let dir_text = dir.display().to_string();
    let _ = std::fs::remove_dir_all(&dir);
    let mut problems = Vec::new();
    if let Some(want) = expected_stderr {
        let got = String::from_utf8_lossy(&output.stderr).replace(&dir_text, "{dir}");
        if got != want {
            problems.push(format!(
                "stderr differs:\n{}",
                diff(want.as_bytes(), got.as_bytes())
            ));
        }
    }
    let unordered = base.with_extension("unordered").exists();
    let same = if unordered {
        sorted_lines(&output.stdout) == sorted_lines(&expected_out)
    } else {
        output.stdout == expected_out
    };
    if !same {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&expected_out, &output.stdout)
        ));
    }
    let code = output.status.code().unwrap_or(-1);
    if code != expected_code {
        problems.push(format!("exit code {code}, CPython {expected_code}"));
    }
    if let Some(err) = expected_err {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("");
        if last != err.trim_end_matches('\n') {
            problems.push(format!(
                "last stderr line {last:?}, CPython {:?}",
                err.trim_end()
            ));
        }
    }
    if String::from_utf8_lossy(&output.stderr).contains("panicked") {
        problems.push(format!(
            "the engine panicked:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    problems
}

fn sorted_lines(text: &[u8]) -> Vec<String> {
    let mut lines: Vec<String> = String::from_utf8_lossy(text)
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

fn tempdir(program: &Path, executor: &str) -> PathBuf {
    let stem = program
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .to_string();
    let dir = std::env::temp_dir().join(format!(
        "mpplay-corpus-{}-{executor}-{stem}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The first differing lines, for the report.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let (el, al): (Vec<&str>, Vec<&str>) = (e.lines().collect(), a.lines().collect());
    for i in 0..el.len().max(al.len()) {
        let (x, y) = (el.get(i), al.get(i));
        if x != y {
            return format!(
                "  line {}: CPython {:?}\n  line {}:  mpplay {:?}",
                i + 1,
                x.unwrap_or(&"<end>"),
                i + 1,
                y.unwrap_or(&"<end>")
            );
        }
    }
    "  (line endings differ)".into()
}

fn run_suite(suite: &str, executor: &str) {
    let dir = repo_root().join("tests/py").join(suite);
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("suite folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .collect();
    programs.sort();
    let only = std::env::var("MPPLAY_ONLY").ok();
    let programs: Vec<PathBuf> = programs
        .into_iter()
        .filter(|p| {
            only.as_ref()
                .map(|o| p.to_string_lossy().contains(o.as_str()))
                .unwrap_or(true)
        })
        .collect();
    let results: Vec<(PathBuf, Vec<String>)> = std::thread::scope(|s| {
        let chunks: Vec<&[PathBuf]> = programs.chunks(programs.len().div_ceil(4).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| (p.clone(), check(p, executor)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread"))
            .collect()
    });
    let failed: Vec<&(PathBuf, Vec<String>)> =
        results.iter().filter(|(_, p)| !p.is_empty()).collect();
    for (p, problems) in &failed {
        eprintln!(
            "FAIL {}",
            p.file_name().unwrap_or_default().to_string_lossy()
        );
        for pr in problems {
            eprintln!("  {pr}");
        }
    }
    eprintln!(
        "{suite} ({executor}): {} of {} programs match CPython",
        results.len() - failed.len(),
        results.len()
    );
    assert!(
        failed.is_empty(),
        "{} programs differ from CPython (listed above)",
        failed.len()
    );
}

#[test]
fn lang_corpus_matches_cpython() {
    run_suite("lang", "sim");
}

#[test]
fn mp_corpus_matches_cpython_under_sim() {
    run_suite("mp", "sim");
}

#[test]
fn mp_corpus_matches_cpython_under_threads() {
    run_suite("mp", "threads");
}
