// How the playground treats bad input, floods and runaway programs, the sim executor, and
// the fallback inside a frame that is not cross-origin isolated.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, withPage, openApp } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer({ dir: "dist", framePort: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (page) => openApp(page, server.url);

const run = (page, code, options) =>
  page.evaluate(([c, o]) => { window.mpplay.setCode(c); return window.mpplay.run(o); }, [code, options]);

test("a syntax error shows the line, a caret, and marks the line in the editor", () =>
  withPage(browser, "syntax-error", async (page) => {
    await open(page);
    const r = await run(page, "print('ok')\ndef broken(:\n    pass\n", { executor: "workers" });
    assert.equal(r.exitCode, 1);
    const err = r.processes[0].stderr;
    assert.match(err, /File "\/home\/mpplay\/main.py", line 2\n    def broken\(:\n               \^\nSyntaxError: invalid syntax\n$/);
    await page.waitForSelector(".cm-mp-error-line");
    assert.equal(await page.$eval(".cm-mp-error-line", (e) => e.textContent), "def broken(:");
  }));

test("an exception in a child shows CPython's traceback under that process", () =>
  withPage(browser, "child-exception", async (page) => {
    await open(page);
    const code = "from multiprocessing import Process\n\ndef f():\n    1/0\n\nif __name__ == '__main__':\n    p = Process(target=f)\n    p.start()\n    p.join()\n    print(p.exitcode)\n";
    const r = await run(page, code, { executor: "workers" });
    const child = r.processes.find((p) => p.name === "Process-1");
    assert.equal(child.exitcode, 1);
    assert.match(child.stderr, /^Process Process-1:\nTraceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n$/);
    assert.equal(r.console.split("\n").at(-2), "1");
  }));

test("a program without the __main__ guard: the child's start() is refused, not repeated", () =>
  withPage(browser, "no-main-guard", async (page) => {
    await open(page);
    const code = "import multiprocessing as mp\ndef f(): print('child')\np = mp.Process(target=f)\np.start()\np.join()\nprint('done', p.exitcode)\n";
    for (const executor of ["workers", "sim"]) {
      const r = await run(page, code, { executor });
      assert.equal(r.processes.length, 2, `${executor}: the main process and one child`);
      const child = r.processes.find((p) => p.name === "Process-1");
      assert.equal(child.exitcode, 1, executor);
      assert.match(child.stderr, /p\.start\(\)\n[\s\S]*RuntimeError: \n {8}An attempt has been made to start a new process before the\n/, executor);
      assert.equal(r.console.split("\n").at(-2), "done 1", executor);
    }
  }));

test("a process that exhausts its memory cap gets MemoryError, and the page goes on", () =>
  withPage(browser, "memory-cap", async (page) => {
    await open(page);
    const code = "from multiprocessing import Process\n\ndef hog():\n    chunks = []\n    while True:\n        chunks.append(' ' * 10**6)\n\nif __name__ == '__main__':\n    p = Process(target=hog)\n    p.start()\n    p.join()\n    print('child exit code', p.exitcode)\n";
    for (const executor of ["workers", "sim"]) {
      const r = await run(page, code, { executor });
      const child = r.processes.find((p) => p.name === "Process-1");
      assert.equal(child.exitcode, 1, executor);
      assert.match(child.stderr, /chunks\.append\(' ' \* 10\*\*6\)\n[ ~^]*\nMemoryError\n$/, executor);
      assert.equal(r.console.split("\n").at(-2), "child exit code 1", executor);
    }
  }));

test("a \\N{...} escape loads the character names on first use, in a child too", () =>
  withPage(browser, "unicode-names", async (page) => {
    await open(page);
    const code = "from multiprocessing import Process\n\ndef f():\n    print('\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}')\n\nif __name__ == '__main__':\n    print('\\N{BULLET} \\N{latin small letter a}')\n    p = Process(target=f)\n    p.start()\n    p.join()\n";
    for (const executor of ["workers", "sim"]) {
      const r = await run(page, code, { executor });
      assert.equal(r.exitCode, 0, `${executor}: ${r.console}`);
      assert.equal(r.console, "\u2022 a\n\uac01\u4e00\n", executor);
    }
  }));

/** Runs programs of the mp corpus and compares their output with CPython's. */
async function assertCorpusRuns(page, names, executors) {
  for (const name of names) {
    const program = new URL(`../py/mp/${name}.py`, import.meta.url);
    const expected = readFileSync(new URL(`../py/mp/${name}.out`, import.meta.url), "utf8");
    for (const executor of executors) {
      const r = await run(page, readFileSync(program, "utf8"), { executor });
      assert.equal(r.exitCode, 0, `${name} ${executor}: ${r.processes.map((p) => p.stderr).join("")}`);
      assert.equal(r.console, expected, `${name} ${executor}`);
    }
  }
}

test("blocking inside a builtin's call resumes, and dropped queues and pools give their memory back", () =>
  withPage(browser, "resume-and-reuse", async (page) => {
    await open(page);
    await assertCorpusRuns(page, [
      "160_block_inside_builtin_calls",
      "162_block_in_builtin_over_an_iterator",
      "161_shared_memory_is_given_back",
    ], ["workers", "sim"]);
  }));

test("terminate() and kill() end a process, waiting, computing or inside a builtin, before join() returns", () =>
  withPage(browser, "terminate", async (page) => {
    await open(page);
    await assertCorpusRuns(page, [
      "013_terminate",
      "014_kill",
      "043_terminate_holds_lock",
      "167_nothing_runs_after_terminate_and_join",
    ], ["workers", "sim"]);
    // Inside a long builtin call (a sum of 10**10 numbers): it ends at terminate(), and
    // the whole run at Stop.
    const longSum = readFileSync(new URL("../py/runs/terminate_in_a_long_builtin.py", import.meta.url), "utf8");
    const r = await run(page, longSum, { executor: "workers" });
    assert.equal(r.console, "-15 True\n", r.processes.map((p) => p.stderr).join(""));
    const stopped = page.evaluate(() => {
      window.mpplay.setCode("print(sum(range(10**10)))\n");
      return window.mpplay.run({ executor: "workers" }).then((r) => ({
        stopped: r.stopped, tookMs: performance.now() - window.stopAt,
      }));
    });
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => { window.stopAt = performance.now(); window.mpplay.stop(); });
    const s = await stopped;
    assert.ok(s.stopped && s.tookMs < 1000, `stopped in ${s.tookMs} ms`);
  }));

test("Stop ends a runaway loop within 1 s and a flood of output keeps the page responsive", () =>
  withPage(browser, "runaway", async (page) => {
    await open(page);
    for (const executor of ["workers", "sim"]) {
      // Timed in the page: the result's transfer to the test is not the page's business.
      const done = page.evaluate((ex) => {
        window.mpplay.setCode("i = 0\nwhile True:\n    i += 1\n    print(i)\n");
        return window.mpplay.run({ executor: ex }).then((r) => ({
          stopped: r.stopped, tookMs: performance.now() - window.stopAt,
        }));
      }, executor);
      done.catch(() => {});
      await page.waitForSelector("[data-testid=console-capped]", { timeout: 20000 });
      const t = Date.now();
      assert.equal(await page.evaluate(() => 1 + 1), 2);
      assert.ok(Date.now() - t < 1000, "the page answers while the flood goes on");
      await page.evaluate(() => { window.stopAt = performance.now(); window.mpplay.stop(); });
      const r = await done;
      assert.ok(r.tookMs < 1000, `${executor}: stopped in ${r.tookMs} ms`);
      assert.equal(r.stopped, true);
    }
  }));

// Seconds of CPU the browser's renderers used per second, over one second.
async function rendererLoad(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const cpu = async () => (await cdp.send("SystemInfo.getProcessInfo")).processInfo
    .filter((p) => p.type === "renderer").reduce((sum, p) => sum + p.cpuTime, 0);
  const before = await cpu();
  await new Promise((r) => setTimeout(r, 1000));
  const load = (await cpu()) - before;
  await cdp.detach();
  return load;
}

test("busy processes really end: at Stop, and at terminate()", () =>
  withPage(browser, "busy-end", async (page) => {
    await open(page);
    const spinning = "from multiprocessing import Process\n\ndef spin():\n    while True:\n        pass\n\nif __name__ == '__main__':\n    for _ in range(3):\n        Process(target=spin).start()\n    spin()\n";
    for (const executor of ["workers", "sim"]) {
      const done = page.evaluate(([c, ex]) => { window.mpplay.setCode(c); return window.mpplay.run({ executor: ex }); }, [spinning, executor]);
      await page.waitForSelector("[data-testid=lane-1003]");
      assert.ok(await rendererLoad(browser) > 0.5, `${executor}: the processes spin`);
      await page.evaluate(() => window.mpplay.stop());
      await done;
      await new Promise((r) => setTimeout(r, 300));
      const load = await rendererLoad(browser);
      assert.ok(load < 0.3, `${executor}: after Stop the renderer is idle (${load.toFixed(2)} s of CPU per s)`);
    }
    // A parent ends its spinning child, then sleeps: nothing may spin meanwhile.
    const terminated = "from multiprocessing import Process\nimport time\n\ndef spin():\n    while True:\n        pass\n\nif __name__ == '__main__':\n    p = Process(target=spin)\n    p.start()\n    time.sleep(0.5)\n    p.terminate()\n    p.join()\n    print(p.exitcode)\n    time.sleep(3)\n";
    const done = page.evaluate((c) => { window.mpplay.setCode(c); return window.mpplay.run({ executor: "workers", speed: 1 }); }, terminated);
    await page.waitForFunction(() => document.querySelector("[data-testid=console]").textContent.includes("-15"));
    await new Promise((r) => setTimeout(r, 300));
    const load = await rendererLoad(browser);
    assert.ok(load < 0.3, `after terminate() the child no longer spins (${load.toFixed(2)} s of CPU per s)`);
    assert.equal((await done).console, "-15\n");
  }));

// Whether a worker still answers (Playwright may list a worker for a while after it ends).
const answers = (worker) => Promise.race([
  worker.evaluate(() => true).catch(() => false),
  new Promise((r) => setTimeout(() => r(false), 1000)),
]);

async function answering(page) {
  const workers = page.workers();
  const alive = await Promise.all(workers.map(answers));
  return workers.filter((_, i) => alive[i]);
}

async function settlesAt(page, count) {
  for (let i = 0; i < 50; i++) {
    const workers = await answering(page);
    if (workers.length === count) return workers;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`expected ${count} workers, found ${(await answering(page)).length}`);
}

test("idle, the page keeps standby workers; a run's processes take them; sim mode ends them", () =>
  withPage(browser, "standby", async (page) => {
    await openApp(page, `${server.url}?standby=3`);
    await page.waitForSelector("[data-warm-up=done]");
    // The next run's spawner and its three standby workers.
    const before = await settlesAt(page, 4);
    const code = "from multiprocessing import Process\nimport time\n\ndef f(n):\n    print('child', n)\n    time.sleep(60)\n\nif __name__ == '__main__':\n    for n in (1, 2):\n        Process(target=f, args=(n,)).start()\n";
    const done = page.evaluate((c) => { window.mpplay.setCode(c); return window.mpplay.run({ executor: "workers", speed: 1 }); }, code);
    await page.waitForFunction(() => document.querySelector("[data-testid=console]").textContent.split("child").length === 3);
    // The run's three processes run on the standby workers: no worker was made for them.
    assert.deepEqual(page.workers().filter((w) => !before.includes(w)), []);
    await page.evaluate(() => window.mpplay.stop());
    await done;
    // Stopped, the run's spawner ended with its workers; a new one waits with three more.
    const after = await settlesAt(page, 4);
    assert.equal(after.filter((w) => before.includes(w)).length, 0);
    await page.selectOption("[data-testid=mode]", "sim");
    await settlesAt(page, 0);
    await page.selectOption("[data-testid=mode]", "workers");
    await settlesAt(page, 4);
  }));

test("starting more processes than allowed raises at that start() and the run goes on", () =>
  withPage(browser, "process-limit", async (page) => {
    await open(page);
    const code = "from multiprocessing import Process\n\ndef f():\n    pass\n\nif __name__ == '__main__':\n    ps = []\n    try:\n        for i in range(10):\n            p = Process(target=f)\n            p.start()\n            ps.append(p)\n    except BlockingIOError as e:\n        print('refused after', len(ps), e.errno)\n    for p in ps:\n        p.join()\n    print('done')\n";
    const r = await run(page, code, { executor: "workers", maxProcesses: 4 });
    assert.equal(r.console, "refused after 3 11\ndone\n");
    assert.equal(r.exitCode, 0);
  }));

test("the sim executor replays a seed exactly", () =>
  withPage(browser, "sim-seed", async (page) => {
    await open(page);
    await page.evaluate(() => window.mpplay.loadLesson("lock"));
    const a = await page.evaluate(() => window.mpplay.run({ executor: "sim", seed: 7, speed: 1000 }));
    const b = await page.evaluate(() => window.mpplay.run({ executor: "sim", seed: 7, speed: 1000 }));
    assert.equal(a.mode, "sim");
    assert.equal(a.console, b.console);
    assert.deepEqual(a.events.map((e) => e.kind), b.events.map((e) => e.kind));
    assert.equal(a.console.split("\n").filter((l) => l.includes("got a ticket")).length, 3);
  }));

test("in a frame without isolation the lesson runs on the simulator, with a banner", () =>
  withPage(browser, "fallback-frame", async (page) => {
    const app = server.url.replace("127.0.0.1", "localhost");
    await page.goto(`${server.frameUrl}?src=${encodeURIComponent(app)}`);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForFunction(() => window.mpplay);
    await frame.evaluate(() => window.mpplay.whenReady());
    assert.equal(await frame.evaluate(() => self.crossOriginIsolated), false);
    assert.equal(await frame.getAttribute("[data-testid=banner]", "data-mode"), "sim");
    assert.match(await frame.textContent("[data-testid=banner]"), /not cross-origin isolated/);
    await frame.evaluate(() => window.mpplay.loadLesson("queue-hello"));
    const r = await frame.evaluate(() => window.mpplay.run({ executor: "workers" }));
    assert.equal(r.mode, "sim");
    assert.equal(r.console, "子进程 : hello,world\n");
    assert.equal(r.exitCode, 0);
  }));

test("on a phone in portrait the views stack under the editor", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await open(page);
    const editor = await page.$eval("[data-testid=editor]", (e) => e.getBoundingClientRect().toJSON());
    const lanes = await page.$eval("[data-testid=process-view]", (e) => e.getBoundingClientRect().toJSON());
    assert.ok(lanes.top >= editor.bottom, "the process view is below the editor");
    assert.ok(editor.width > 300 && lanes.width > 300, "both take the screen's width");
    const r = await page.evaluate(() => { window.mpplay.loadLesson("queue-hello"); return window.mpplay.run({ executor: "workers" }); });
    assert.equal(r.console, "子进程 : hello,world\n");
  } finally {
    await context.close();
  }
});
