//! Whole runs under the simulator whose result is not a CPython output: a deadlock report,
//! and seeded runs replayed exactly.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/py/runs")
        .join(name)
}

fn run(path: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpplay"))
        .arg("run")
        .arg(path)
        .args(extra)
        .output()
        .expect("run mpplay")
}

#[test]
fn opposite_lock_order_is_reported_as_a_deadlock() {
    let out = run(&program("deadlock.py"), &[]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("mpplay: deadlock:"), "{err}");
    // Each child waits on a Lock held by the other.
    assert!(
        err.contains("Process-1 (pid 1001) waits on Lock, held by Process-2 (pid 1002)"),
        "{err}"
    );
    assert!(
        err.contains("Process-2 (pid 1002) waits on Lock, held by Process-1 (pid 1001)"),
        "{err}"
    );
    assert!(
        err.contains("MainProcess (pid 1000) waits on join Process-1"),
        "{err}"
    );
}

#[test]
fn a_seed_replays_the_same_output_and_trace() {
    let prog =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py/mp/155_course_manager_lock.py");
    let dir = std::env::temp_dir().join(format!("mpplay-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut traces = Vec::new();
    for (k, seed) in ["7", "7", "8"].iter().enumerate() {
        let trace = dir.join(format!("t{k}.jsonl"));
        let out = run(
            &prog,
            &["--seed", seed, "--trace", trace.to_str().expect("path")],
        );
        assert_eq!(out.status.code(), Some(0));
        traces.push((out.stdout, std::fs::read(&trace).expect("trace written")));
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(traces[0], traces[1], "seed 7 twice must give the same run");
    assert_ne!(
        traces[0].1, traces[2].1,
        "another seed gives another schedule"
    );
    let text = String::from_utf8_lossy(&traces[0].1);
    for kind in ["spawn", "state", "exit", "reap", "op"] {
        assert!(
            text.contains(&format!("\"kind\":\"{kind}\"")),
            "no {kind} event"
        );
    }
}
