//! Compiled code handed from one process to another: every program of the language corpus
//! runs the same from code another thread compiled as from its own compilation.

use mpplay_python::bytecode::Code;
use mpplay_python::value::Value;
use mpplay_python::{compiler, marshal, MemoryHost, RunOutcome, Vm, Wait};
use std::path::Path;

/// Runs `source` on this thread; its stdout, stderr and exit code.
fn run(source: &str) -> (String, String, i32) {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    vm.limits.native_steps = 50_000_000;
    if vm.load_main(source, "main.py", "__main__").is_err() {
        return (String::new(), "syntax error".into(), 1);
    }
    let code = loop {
        match vm.run(100_000) {
            RunOutcome::Finished(code) => break code,
            RunOutcome::Yielded => {}
            RunOutcome::Blocked(Wait::Sleep { deadline }) => vm.host.sleep_until(deadline),
            RunOutcome::Blocked(_) => break -1,
        }
    };
    let host = vm
        .host
        .as_any_mut()
        .downcast_mut::<MemoryHost>()
        .expect("a MemoryHost");
    (
        std::mem::take(&mut host.stdout),
        std::mem::take(&mut host.stderr),
        code,
    )
}

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py/lang");
    let mut programs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the language corpus")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "py").then(|| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&path).expect("readable"))
            })
        })
        .collect();
    programs.sort();
    programs
}

#[test]
fn every_corpus_program_runs_the_same_from_handed_over_code() {
    let programs = corpus();
    assert!(programs.len() > 100, "found {} programs", programs.len());
    for (name, source) in programs {
        let src = source.clone();
        let (own, bytes) =
            std::thread::spawn(move || (run(&src), compiler::compiled_bytes().to_vec()))
                .join()
                .expect("the compiling thread");
        let modules = marshal::load(&bytes).expect("the handed-over bytes read back");
        let src = source.clone();
        let (handed, held) = std::thread::spawn(move || {
            compiler::add_compiled(bytes);
            // What this thread now holds, before it compiles anything itself.
            let held = marshal::load(&compiler::compiled_bytes()).map(|m| m.len());
            (run(&src), held)
        })
        .join()
        .expect("the receiving thread");
        assert_eq!(
            held,
            Some(modules.len()),
            "{name}: the cache took every module"
        );
        assert_eq!(own, handed, "{name}");
    }
}

#[test]
fn code_reads_back_as_it_was_written() {
    for (name, source) in corpus() {
        let Ok(code) = compiler::compile_module(&source, "main.py") else {
            continue;
        };
        let bytes = marshal::dump(&[("main", &*code)]).expect("every constant has a form");
        let back = marshal::load(&bytes).expect("reads back");
        let again = marshal::dump(&[("main", &*back[0].1)]).expect("writes again");
        assert_eq!(bytes, again, "{name}");
        assert_eq!(code.body().instrs, back[0].1.body().instrs, "{name}");
    }
}

#[test]
fn damaged_bytes_are_refused() {
    let code = compiler::compile_module("def f(x):\n    return x * 2.5, 'é', b'z'\n", "m.py")
        .expect("compiles");
    let bytes = marshal::dump(&[("m", &*code)]).expect("dumps");
    for cut in 0..bytes.len() {
        assert!(marshal::load(&bytes[..cut]).is_none(), "cut at {cut}");
    }
    let mut extra = bytes.clone();
    extra.push(0);
    assert!(marshal::load(&extra).is_none());
    // Anything at all reads as code or is refused, without a panic.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..2000 {
        let mut noisy = bytes.clone();
        for _ in 0..3 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state % noisy.len() as u64) as usize;
            noisy[at] = (state >> 32) as u8;
        }
        for (_, code) in marshal::load(&noisy).unwrap_or_default() {
            read_every_body(&code);
        }
    }
}

/// Reads the bodies of `code` and of the code objects in it, which `load` left unread.
fn read_every_body(code: &Code) {
    for c in &code.body().consts {
        if let Value::Code(inner) = c {
            read_every_body(inner);
        }
    }
}
