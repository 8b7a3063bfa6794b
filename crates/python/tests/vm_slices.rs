//! The VM as an executor drives it: slices of instructions, blocking calls handed back,
//! limits that end a runaway program with a Python error instead of a crash.

use mpplay_python::alloc::CountingAlloc;
use mpplay_python::{MemoryHost, RunOutcome, Vm, Wait};

#[global_allocator]
static ALLOC: CountingAlloc<std::alloc::System> = CountingAlloc(std::alloc::System);

fn vm_with(src: &str) -> Vm {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    vm.load_main(src, "main.py", "__main__").expect("compiles");
    vm
}

fn host(vm: &mut Vm) -> &mut MemoryHost {
    vm.host
        .as_any_mut()
        .downcast_mut::<MemoryHost>()
        .expect("a MemoryHost")
}

/// Runs to the end, sleeping virtually; returns the exit code.
fn finish(vm: &mut Vm) -> i32 {
    loop {
        match vm.run(10_000) {
            RunOutcome::Finished(code) => return code,
            RunOutcome::Yielded => {}
            RunOutcome::Blocked(Wait::Sleep { deadline }) => vm.host.sleep_until(deadline),
            RunOutcome::Blocked(other) => panic!("unexpected wait {other:?}"),
        }
    }
}

#[test]
fn an_endless_loop_yields_every_slice_and_reports_its_line() {
    let mut vm = vm_with("x = 0\nwhile True:\n    x += 1\n");
    for _ in 0..50 {
        assert_eq!(vm.run(1000), RunOutcome::Yielded);
    }
    let line = *vm.current_lines().last().expect("a frame");
    assert!(line == 2 || line == 3, "line {line}");
}

#[test]
fn sleep_blocks_with_a_deadline_and_resumes() {
    let mut vm = vm_with("import time\nprint('a')\ntime.sleep(5)\nprint('b')\n");
    let mut saw_sleep = false;
    loop {
        match vm.run(10_000) {
            RunOutcome::Blocked(Wait::Sleep { deadline }) => {
                assert!((deadline - 5.0).abs() < 1e-9, "deadline {deadline}");
                assert_eq!(host(&mut vm).stdout, "a\n");
                saw_sleep = true;
                vm.host.sleep_until(deadline);
            }
            RunOutcome::Finished(code) => {
                assert_eq!(code, 0);
                break;
            }
            RunOutcome::Yielded => {}
            RunOutcome::Blocked(w) => panic!("unexpected {w:?}"),
        }
    }
    assert!(saw_sleep);
    assert_eq!(host(&mut vm).stdout, "a\nb\n");
}

#[test]
fn a_timed_retry_keeps_its_deadline() {
    // Running the blocked instruction again before the deadline must block until the same
    // deadline, not restart the timeout.
    let mut vm = vm_with("import time\ntime.sleep(2)\nprint('done')\n");
    let first = vm.run(10_000);
    let second = vm.run(10_000);
    assert_eq!(first, second);
    assert_eq!(finish(&mut vm), 0);
    assert_eq!(host(&mut vm).clock, 2.0);
}

#[test]
fn deep_recursion_raises_recursion_error() {
    let mut vm = vm_with("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(finish(&mut vm), 1);
    let err = host(&mut vm).stderr.clone();
    assert!(
        err.ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{err}"
    );
    assert!(err.contains("[Previous line repeated"), "{err}");
}

#[test]
fn the_memory_cap_raises_memory_error() {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    vm.limits.memory_bytes = 16 << 20;
    vm.load_main(
        "data = []\nwhile True:\n    data.append('x' * 1000)\n",
        "main.py",
        "__main__",
    )
    .expect("compiles");
    assert_eq!(finish(&mut vm), 1);
    let err = host(&mut vm).stderr.clone();
    assert!(err.ends_with("MemoryError\n"), "{err}");
}

#[test]
fn a_huge_repeat_is_refused_before_allocating() {
    let mut vm =
        vm_with("try:\n    x = [0] * (10 ** 12)\nexcept MemoryError:\n    print('refused')\n");
    assert_eq!(finish(&mut vm), 0);
    assert_eq!(host(&mut vm).stdout, "refused\n");
}

#[test]
fn a_syntax_error_is_a_python_exception_with_a_caret() {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    let exc = vm
        .load_main("x = 1\nif x == 1\n    print(x)\n", "main.py", "__main__")
        .expect_err("syntax error");
    let text = vm.format_exception(&exc);
    assert_eq!(
        text,
        "  File \"main.py\", line 2\n    if x == 1\n             ^\nSyntaxError: expected ':'\n"
    );
}

#[test]
fn unsupported_constructs_raise_not_implemented_error() {
    let mut vm = vm_with("async def f():\n    pass\n");
    assert_eq!(finish(&mut vm), 1);
    let err = host(&mut vm).stderr.clone();
    assert!(
        err.ends_with("NotImplementedError: async def is not supported in mpplay yet\n"),
        "{err}"
    );
}

#[test]
fn files_written_are_in_the_host() {
    let mut vm = vm_with(
        "with open('out.txt', 'w') as f:\n    f.write('hé\\n')\nopen('log', 'a').write('x')\n",
    );
    assert_eq!(finish(&mut vm), 0);
    let h = host(&mut vm);
    assert_eq!(
        h.files.get("out.txt").map(|v| v.as_slice()),
        Some("hé\n".as_bytes())
    );
    // A file never closed is flushed when the process ends, as CPython does.
    assert_eq!(h.files.get("log").map(|v| v.as_slice()), Some(&b"x"[..]));
}
