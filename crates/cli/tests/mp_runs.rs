//! Whole runs whose result is not a CPython output, or that only run on one executor: a
//! deadlock report, seeded runs replayed exactly, races that do (and do not) lose updates
//! across seeds, the course's KTV example as written, checked through its trace, and a
//! process terminated inside a long builtin call.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/py/runs")
        .join(name)
}

fn course(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/py/course")
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
    // (Lock #N: the lock's handle, so two locks are told apart.)
    let line_of = |who: &str| {
        err.lines()
            .find(|l| l.contains(who))
            .unwrap_or("")
            .to_string()
    };
    let first = line_of("Process-1 (pid 1001) waits on Lock #");
    assert!(first.ends_with("held by Process-2 (pid 1002)"), "{err}");
    let second = line_of("Process-2 (pid 1002) waits on Lock #");
    assert!(second.ends_with("held by Process-1 (pid 1001)"), "{err}");
    assert_ne!(
        first.split(',').next(),
        second.split(',').next(),
        "two different locks"
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

/// The final count the Manager examples print (`{'count': N}`).
fn final_count(out: &Output) -> i64 {
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim()
        .trim_start_matches("{'count': ")
        .trim_end_matches('}')
        .parse()
        .unwrap_or_else(|_| panic!("unexpected output {text:?}"))
}

#[test]
fn the_unlocked_manager_decrement_loses_updates_and_the_locked_one_does_not() {
    let unlocked = program("manager_unlocked.py");
    let locked = course("c06_manager_dict_lock.py");
    let mut lost = Vec::new();
    for seed in 0..20 {
        let s = seed.to_string();
        let out = run(&unlocked, &["--seed", &s]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let n = final_count(&out);
        assert!((0..=99).contains(&n), "seed {seed}: {n}");
        if n > 0 {
            lost.push(seed);
        }
        let out = run(&locked, &["--seed", &s]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            final_count(&out),
            0,
            "seed {seed}: the lock must keep every update"
        );
    }
    assert!(
        !lost.is_empty(),
        "no seed of 20 lost an update without the lock"
    );
}

/// A number field of a trace line.
fn field(line: &str, name: &str) -> Option<f64> {
    let at = line.find(&format!("\"{name}\":"))? + name.len() + 3;
    let rest = &line[at..];
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].parse().ok()
}

#[test]
fn the_ktv_example_as_written_runs_on_the_virtual_clock() {
    let dir = std::env::temp_dir().join(format!("mpplay-ktv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let trace = dir.join("ktv.jsonl");
    let started = std::time::Instant::now();
    let out = run(
        &course("c01_semaphore_ktv.py"),
        &["--trace", trace.to_str().expect("path")],
    );
    let real = started.elapsed().as_secs_f64();
    let text = std::fs::read_to_string(&trace).expect("trace");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("走进了ktv").count(), 100);
    assert_eq!(stdout.matches("走出了ktv").count(), 100);
    assert!(real < 2.0, "took {real:.2} s of real time");
    let last_t = text
        .lines()
        .filter_map(|l| field(l, "t"))
        .fold(0.0, f64::max);
    // 100 guests of 5-10 s each, 4 at a time: at least 100 * 5 / 4 = 125 s.
    assert!(last_t > 125.0, "virtual clock ended at {last_t}");
    // The semaphore's permits after each operation: never below 0, so never more than 4 in.
    let permits: Vec<f64> = text
        .lines()
        .filter(|l| l.contains("\"target\":\"Semaphore #"))
        .filter(|l| l.contains("\"op\":\"acquire\"") || l.contains("\"op\":\"release\""))
        .filter_map(|l| field(l, "count"))
        .collect();
    assert_eq!(permits.len(), 200, "an acquire and a release per guest");
    assert!(permits.iter().all(|p| (0.0..=4.0).contains(p)));
    assert!(permits.contains(&0.0), "the room was never full");
}

#[test]
fn every_course_example_runs_as_written() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py/course");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("course folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 10);
    for name in names {
        let work =
            std::env::temp_dir().join(format!("mpplay-course-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&work).expect("temp dir");
        let out = Command::new(env!("CARGO_BIN_EXE_mpplay"))
            .arg("run")
            .arg(dir.join(&name))
            .args(["--timeout", "5"])
            .env("MPPLAY_FIXTURES", &fixtures)
            .current_dir(&work)
            .output()
            .expect("run mpplay");
        let _ = std::fs::remove_dir_all(&work);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        if name.starts_with("c02") {
            // The traffic light runs forever, as under CPython: cars keep passing.
            assert_eq!(out.status.code(), Some(124), "{name}: {stderr}");
            assert!(stdout.contains("正在通过"), "{name}: no car passed");
        } else {
            assert_eq!(out.status.code(), Some(0), "{name}: {stderr}");
            assert!(!stderr.contains("Traceback"), "{name}: {stderr}");
        }
    }
}

/// `tests/py/runs/primitives.py` checks mutual exclusion, counts, FIFO order and that no
/// wake-up is lost (the run ends) for every primitive and queue of the Python modules.
fn primitives_hold(extra: &[&str]) -> Result<(), String> {
    let out = run(&program("primitives.py"), extra);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() == Some(0) && stdout == "all invariants hold\n" {
        Ok(())
    } else {
        Err(format!(
            "{extra:?}: exit {:?}\n{stdout}{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

#[test]
fn every_primitive_holds_under_a_thousand_seeds() {
    // Short slices switch often, so the schedules interleave finely.
    let failures: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..4u64)
            .map(|w| {
                s.spawn(move || {
                    (0..250u64)
                        .map(|k| (4 * k + w).to_string())
                        .filter_map(|seed| {
                            primitives_hold(&["--seed", &seed, "--slice", "20"]).err()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn terminate_ends_a_process_inside_a_long_builtin_call() {
    let t = std::time::Instant::now();
    let out = run(
        &program("terminate_in_a_long_builtin.py"),
        &["--executor", "threads", "--timeout", "30"],
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "-15 True\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(t.elapsed().as_secs_f64() < 5.0, "took {:?}", t.elapsed());
}

#[test]
fn every_primitive_holds_under_real_threads() {
    for _ in 0..3 {
        primitives_hold(&["--executor", "threads", "--timeout", "60", "--", "2000"])
            .expect("the invariants hold on real threads");
    }
}
