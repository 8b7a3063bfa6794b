//! Property test: random and mutated source never panics the engine. Programs from the
//! corpus are cut, spliced and sprinkled with random tokens and bytes, then parsed, compiled
//! and run with an instruction budget. Any outcome is fine except a panic.

use mpplay_python::alloc::CountingAlloc;
use mpplay_python::{MemoryHost, RunOutcome, Vm};

#[global_allocator]
static ALLOC: CountingAlloc<std::alloc::System> = CountingAlloc(std::alloc::System);
use std::panic::{catch_unwind, AssertUnwindSafe};

/// xorshift64*: deterministic, seedable, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<",
    ">",
    "lambda",
    "yield",
    "return",
    "def f():",
    "class C:",
    "if",
    "else",
    "for x in",
    "while",
    "try:",
    "except",
    "finally:",
    "with",
    "as",
    "import os",
    "from x import y",
    "global g",
    "nonlocal n",
    "del",
    "not",
    "and",
    "or",
    "is",
    "in",
    "None",
    "True",
    "0",
    "1e308",
    "-1",
    "'s'",
    "b'b'",
    "f'{x}'",
    "\"\"\"",
    "\\",
    "\n",
    "    ",
    "\t",
    "@",
    "match x:",
    "case _:",
    "*args",
    "**kw",
    "async",
    "await",
    "...",
    ";",
    "raise",
    "assert",
    "pass",
    "break",
    "continue",
    "2**99999",
    "[0]*99999999",
    "'%s' % ()",
    "x[::-1]",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<String> = src.lines().map(|l| l.to_string()).collect();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 if !lines.is_empty() => {
                let i = rng.below(lines.len());
                lines.remove(i);
            }
            1 if !lines.is_empty() => {
                let i = rng.below(lines.len());
                let l = lines[i].clone();
                lines.insert(rng.below(lines.len() + 1), l);
            }
            2 if !lines.is_empty() => {
                let i = rng.below(lines.len());
                let t = TOKENS[rng.below(TOKENS.len())];
                let l = &mut lines[i];
                let mut pos = rng.below(l.len() + 1);
                while !l.is_char_boundary(pos) {
                    pos -= 1;
                }
                l.insert_str(pos, t);
            }
            3 if !lines.is_empty() => {
                let i = rng.below(lines.len());
                let l = &mut lines[i];
                let cut = rng.below(l.len() + 1);
                let mut cut = cut;
                while !l.is_char_boundary(cut) {
                    cut -= 1;
                }
                l.truncate(cut);
            }
            4 => {
                let n = 1 + rng.below(8);
                let junk: String = (0..n)
                    .map(|_| TOKENS[rng.below(TOKENS.len())])
                    .collect::<Vec<_>>()
                    .join(" ");
                lines.insert(rng.below(lines.len() + 1), junk);
            }
            _ => {
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                lines.push(c.to_string());
            }
        }
    }
    lines.join("\n")
}

/// Parses, compiles and runs a program for a bounded number of instructions.
fn run_bounded(src: &str) {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    vm.limits.native_steps = 200_000;
    vm.limits.memory_bytes = 64 << 20;
    if vm.load_main(src, "main.py", "__main__").is_err() {
        return;
    }
    for _ in 0..20 {
        match vm.run(5_000) {
            RunOutcome::Finished(_) => return,
            RunOutcome::Blocked(_) | RunOutcome::Yielded => {}
        }
    }
}

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py/lang");
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().map(|x| x == "py").unwrap_or(false))
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out.push("x = 1\n".to_string());
    out
}

#[test]
fn mutated_programs_never_panic() {
    let iterations: usize = std::env::var("MPPLAY_FUZZ_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1500);
    let seed: u64 = std::env::var("MPPLAY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED);
    let programs = corpus();
    let mut rng = Rng(seed | 1);
    let mut failures = Vec::new();
    for i in 0..iterations {
        let base = &programs[rng.below(programs.len())];
        let src = mutate(&mut rng, base);
        if std::env::var("MPPLAY_FUZZ_VERBOSE").is_ok() {
            eprintln!("=== {i}\n{src}");
        }
        let r = catch_unwind(AssertUnwindSafe(|| run_bounded(&src)));
        if r.is_err() {
            failures.push((i, src));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    for (i, src) in &failures {
        eprintln!("--- panic on iteration {i} (seed {seed}):\n{src}\n---");
    }
    assert!(
        failures.is_empty(),
        "{} mutated programs panicked the engine",
        failures.len()
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0xB17E5);
    for _ in 0..300 {
        let n = rng.below(200);
        let bytes: Vec<u8> = (0..n).map(|_| rng.below(128) as u8).collect();
        let src = String::from_utf8_lossy(&bytes).to_string();
        let r = catch_unwind(AssertUnwindSafe(|| run_bounded(&src)));
        assert!(r.is_ok(), "random source panicked the engine:\n{src:?}");
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    assert!(vm.load_main(&src, "main.py", "__main__").is_err());
}
