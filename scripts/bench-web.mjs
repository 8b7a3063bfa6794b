#!/usr/bin/env node
// Benchmarks of the playground in headless Chromium (dist/ as built by `trunk build
// --release`, served by scripts/serve.mjs), printed against their budgets:
//   - cold load to a ready editor, and to a loaded interpreter;
//   - wasm transferred (gzip) for the page and one worker;
//   - first output of a one-line program after Run;
//   - the course's KTV (101 processes): until every child runs (by the run's events) and
//     until the views show it, spawn latency per process, and renderer memory per process,
//     with Run pressed once the page's warm-up has ended, and again with Run pressed as
//     soon as the interpreter has loaded, on a first and on a returning visit, and 0.3 s
//     after it has loaded (with the first child's first event);
//   - lock handoffs and queue items between two workers, and children terminated before
//     they run (benches/mp), against the native threads executor, same machine, same run;
//   - the floor under KTV: 101 workers that only instantiate the module, on a settled page
//     and on a page that has only just loaded.
// Usage: node scripts/bench-web.mjs [ktv]   (after scripts/setup; `ktv` measures only KTV;
// DIST=dir measures another build, to compare two)
import { execFileSync, execSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, launchProfile } from "../tests/e2e/harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.env.DIST ? path.resolve(process.env.DIST) : path.join(root, "dist");
const row = (what, value, budget) => console.log(`${what.padEnd(52)} ${String(value).padStart(12)}   ${budget}`);

const only = process.argv[2];
const server = await startServer({ dir: dist });
const browser = await launchBrowser();

if (!only) {
// Sizes: what the server sends gzipped.
const wasm = readdirSync(dist).filter((f) => f.endsWith(".wasm"));
const gz = (f) => gzipSync(readFileSync(path.join(dist, f))).length;
const pageWasm = wasm.filter((f) => f !== "worker_bg.wasm").map(gz).reduce((a, b) => a + b, 0);
const workerWasm = gz("worker_bg.wasm");
console.log(`${"measure".padEnd(52)} ${"value".padStart(12)}   budget`);
row("wasm transferred, page + one worker (gzip, MB)", ((pageWasm + workerWasm) / 1e6).toFixed(2), "2 MB");
row("  of which the worker's (gzip, MB)", (workerWasm / 1e6).toFixed(2), "");

// Cold load: a fresh context has an empty cache.
let best = Infinity, bestReady = Infinity;
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForSelector(".cm-editor .cm-content");
  best = Math.min(best, Date.now() - t0);
  await page.waitForFunction(() => window.mpplay);
  await page.evaluate(() => window.mpplay.whenReady());
  bestReady = Math.min(bestReady, Date.now() - t0);
  await context.close();
}
row("cold load to a ready editor (ms)", best, "1500 ms");
row("cold load to a loaded interpreter (ms)", bestReady, "");

}

const page = await browser.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.mpplay);
await page.evaluate(() => window.mpplay.whenReady());

const rss = () => Number(execSync("ps -eo rss,args | grep -- '--type=renderer' | grep -v grep | awk '{s+=$1} END {print s}'").toString());

if (!only) {
// First output: from Run to the line in the console, timed in the page.
for (const executor of ["workers", "sim"]) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(await page.evaluate(async ([ex, token]) => {
      window.mpplay.setCode(`print('${token}')\n`);
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      const done = window.mpplay.run({ executor: ex });
      await new Promise((resolve) => {
        const look = () => document.querySelector("[data-testid=console]")?.textContent.includes(token)
          ? resolve() : requestAnimationFrame(look);
        look();
      });
      const t = performance.now() - t0;
      await done;
      return t;
    }, [executor, `hello ${executor} ${i}`]));
  }
  row(`first output after Run, ${executor} (ms, best of 5)`, Math.round(Math.min(...times)), "150 ms");
}

}

// KTV: every child has started once its first own event is on the run's clock (which
// starts at Run); the views show it a draw later, when each lane is blocked on the semaphore
// or sleeping. On a fresh page, Run pressed once the page's warm-up run has ended (a learner
// reads the code first) and its standby workers are up; the same on a page without standby
// workers (`?standby=0`), which also gives the memory per process, none of it made before
// Run; and Run pressed as soon as the interpreter has loaded, or `wait` ms after, which cuts
// the warm-up short and takes the standby workers while they are still being made.
async function ktvStart(afterWarmUp, query = "", { open = () => browser.newPage(), linger = 0, wait = 0 } = {}) {
  const p = await open();
  await p.goto(server.url + query);
  await p.waitForFunction(() => window.mpplay);
  await p.evaluate(() => window.mpplay.whenReady());
  if (afterWarmUp) await p.waitForSelector("[data-warm-up=done]", { timeout: 30000 });
  await p.evaluate(() => window.mpplay.loadLesson("ktv"));
  await new Promise((r) => setTimeout(r, afterWarmUp ? 500 : wait));
  const before = rss();
  const shown = await p.evaluate(async () => {
    const t0 = performance.now();
    window.ktvRun = window.mpplay.run({ executor: "workers", speed: 1 });
    await new Promise((resolve) => {
      const look = () => {
        const started = [...document.querySelectorAll(".lane")]
          .filter((l) => l.dataset.testid !== "lane-1000" && l.dataset.state !== "running").length;
        started >= 100 ? resolve() : setTimeout(look, 5);
      };
      look();
    });
    return performance.now() - t0;
  });
  const mb = (rss() - before) / 1024 / 101;
  const events = await p.evaluate(async () => {
    window.mpplay.stop();
    return (await window.ktvRun).events;
  });
  // Per child: when its parent asked for it, and its own first event (ms on the run's clock).
  const asked = new Map(), up = new Map();
  for (const e of events) {
    if (e.pid === 1000) continue;
    if (e.kind === "spawn") asked.set(e.pid, e.t * 1000);
    else if (!up.has(e.pid)) up.set(e.pid, e.t * 1000);
  }
  const latencies = [...up].map(([pid, t]) => t - asked.get(pid)).sort((a, b) => a - b);
  // Time for the browser to store what it compiled, as after a learner's first run.
  await new Promise((r) => setTimeout(r, linger));
  await p.close();
  await new Promise((r) => setTimeout(r, 1500));
  return {
    ms: up.size === 100 ? Math.max(...up.values()) : NaN,
    first: Math.min(...up.values()),
    shown,
    latency: latencies[latencies.length >> 1],
    mb,
    idleMb: before / 1024,
  };
}
const ktv = await ktvStart(true);
const ktvNoStandby = await ktvStart(true, "?standby=0");
const ktvEarly = await ktvStart(false);
// A quick learner: Run 0.3 s after the interpreter has loaded, during the warm-up.
const ktvSoon = await ktvStart(false, "", { wait: 300 });
// The same on a second visit in a kept profile: Chromium reuses the machine code it
// optimized on the first (the server's ETag lets it keep the wasm file, and the code with
// it), but stores that code only once 1 MB of it is optimized, which KTV alone may not reach.
const profileDir = mkdtempSync(path.join(tmpdir(), "mpplay-bench-"));
const profile = await launchProfile(profileDir);
const visit = { open: () => profile.newPage() };
await ktvStart(false, "", { ...visit, linger: 3000 });
const ktvReturning = await ktvStart(false, "", visit);
await profile.close();
rmSync(profileDir, { recursive: true, force: true });
const standby = 16;
row("KTV: all 101 processes running (ms)", Math.round(ktv.ms), "1500 ms");
row("  all shown running in the views (ms)", Math.round(ktv.shown), "");
row("KTV: spawn latency per process, all 101 (ms)", (ktv.ms / 101).toFixed(1), "");
row("  median from start() to the child's first event (ms)", Math.round(ktv.latency), "");
row("KTV without standby workers: all running (ms)", Math.round(ktvNoStandby.ms), "");
row("  median from start() to the child's first event (ms)", Math.round(ktvNoStandby.latency), "");
row("KTV: renderer memory per process (MB)", ktvNoStandby.mb.toFixed(1), "5 MB");
row(`idle page: memory of its ${standby} standby workers (MB each)`, ((ktv.idleMb - ktvNoStandby.idleMb) / standby).toFixed(1), "");
row("KTV, Run as soon as loaded: all running (ms)", Math.round(ktvEarly.ms), "");
row("  all shown running in the views (ms)", Math.round(ktvEarly.shown), "");
row("  the same on a returning visit (ms)", Math.round(ktvReturning.ms), "");
row("KTV, Run 0.3 s after loading: all running (ms)", Math.round(ktvSoon.ms), "");
row("  its first child's first event (ms)", Math.round(ktvSoon.first), "");

if (!only) {
// Two workers handing a lock back and forth, a queue's items, and children terminated before
// they run, against native threads.
function nativeSeconds(file) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    execFileSync(path.join(root, "target/release/mpplay"), ["run", file, "--executor", "threads"], { cwd: path.join(root, "benches/mp") });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}
for (const bench of ["lock_handoff", "queue_items", "terminate_early"]) {
  const code = readFileSync(path.join(root, "benches/mp", `${bench}.py`), "utf8");
  let browserBest = Infinity;
  for (let i = 0; i < 3; i++) {
    browserBest = Math.min(browserBest, await page.evaluate(async (c) => {
      window.mpplay.setCode(c);
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      const r = await window.mpplay.run({ executor: "workers", speed: 1 });
      if (r.exitCode !== 0) throw new Error(r.console);
      return (performance.now() - t0) / 1000;
    }, code));
  }
  const native = nativeSeconds(`${bench}.py`);
  row(`${bench}: workers s / threads s`, `${browserBest.toFixed(2)} / ${native.toFixed(2)}`, `ratio ${(browserBest / native).toFixed(1)}`);
}

}

// The floor under the KTV figures on this machine: 101 workers started as the app starts
// them (a spawner worker creates them from one Blob holding the whole script, and hands
// each the compiled module), that only instantiate the worker's module (no Python); and
// 101 such workers with an empty module. Measured last, once the renderer has given back
// the memory of the runs above; and once more on a page that has only just loaded, which
// runs nothing else, as a floor for Run pressed as soon as the app has loaded.
async function floor(p, withModule) {
  const ms = await p.evaluate(async (withModule) => {
    const blob = (text) => URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
    const child = withModule
      ? blob(`${await (await fetch("/worker.js")).text()}
          onmessage = (e) => { wasm_bindgen.initSync({ module: e.data }); postMessage(1); };`)
      : blob("onmessage = (e) => { new WebAssembly.Instance(e.data, {}); postMessage(1); };");
    const module = withModule
      ? await WebAssembly.compileStreaming(fetch("/worker_bg.wasm"))
      : await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    const spawner = blob(`onmessage = (e) => {
      const [url, module] = e.data;
      let up = 0;
      self.workers = [];
      for (let i = 0; i < 101; i++) {
        const w = new Worker(url);
        w.onmessage = () => ++up === 101 && postMessage(1);
        w.postMessage(module);
        self.workers.push(w);
      }
      onmessage = () => self.workers.forEach((w) => w.terminate());
    };`);
    const t0 = performance.now();
    window.floorSpawner = new Worker(spawner);
    await new Promise((resolve) => {
      window.floorSpawner.onmessage = resolve;
      window.floorSpawner.postMessage([child, module]);
    });
    return performance.now() - t0;
  }, withModule);
  return Math.round(ms);
}

// Nested workers outlive their parent in Chromium: the spawner ends them first.
async function endFloor(p) {
  await p.evaluate(() => window.floorSpawner.postMessage("end"));
  await new Promise((r) => setTimeout(r, 500));
  await p.evaluate(() => window.floorSpawner.terminate());
}

await new Promise((r) => setTimeout(r, 3000));
for (const [what, withModule] of [["the worker's module", true], ["an empty module", false]]) {
  const floorBefore = rss();
  const ms = await floor(page, withModule);
  await new Promise((r) => setTimeout(r, 500));
  const mb = (rss() - floorBefore) / 1024 / 101;
  await endFloor(page);
  row(`floor: 101 workers with ${what} up (ms)`, ms, "");
  row(`floor: renderer memory per such worker (MB)`, mb.toFixed(1), "");
}
{
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(server.url + "spawner.js");
  row("floor: worker's module, page just loaded (ms)", await floor(p, true), "");
  await endFloor(p);
  await context.close();
}

await browser.close();
await server.close();
