//! Benchmark: the cost of starting a new VM for a process and running `pass`, the price of
//! every `Process.start()`. Prints the median over many runs against the 1 ms budget.

use mpplay_python::{MemoryHost, RunOutcome, Vm};
use std::time::Instant;

fn main() {
    let runs = 300;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let mut vm = Vm::new(Box::new(MemoryHost::new()));
        vm.load_main("pass\n", "main.py", "__main__")
            .expect("compiles");
        let out = vm.run(u64::MAX);
        assert_eq!(out, RunOutcome::Finished(0));
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let median = times[runs / 2] * 1e3;
    println!(
        "new VM + `pass`: median {median:.3} ms over {runs} runs (budget 1 ms, ratio {:.2})",
        median / 1.0
    );
}
