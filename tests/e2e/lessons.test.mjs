// Every example of the course notes, run in the built playground (real Chromium, one Web
// Worker per process over a SharedArrayBuffer): the console text, the lanes' final states
// and exit codes, and what the views showed on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, withPage, openApp } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer({ dir: "dist" });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app and waits until its interpreter is loaded. */
const open = (page) => openApp(page, server.url);

/** Opens the app, loads `lesson` and runs it; resolves with the run's result. */
async function runLesson(page, lesson, options = {}) {
  await open(page);
  await page.evaluate((l) => window.mpplay.loadLesson(l), lesson);
  return page.evaluate((o) => window.mpplay.run(o), { executor: "workers", speed: 100, ...options });
}

const lines = (text) => text.split("\n").filter((l) => l !== "");
const lanes = (page) => page.$$eval(".lane", (ls) => ls.map((l) => ({
  id: l.dataset.testid, state: l.dataset.state, code: l.dataset.exitcode,
})));

function allExitedZero(result) {
  for (const p of result.processes) {
    assert.equal(p.exitcode, 0, `${p.name} (${p.pid}) exit code`);
    assert.equal(p.state, "exited", `${p.name} (${p.pid}) state`);
  }
}

test("the page is cross-origin isolated and runs processes on workers", () =>
  withPage(browser, "isolated", async (page) => {
    await open(page);
    assert.equal(await page.evaluate(() => self.crossOriginIsolated), true);
    assert.equal(await page.getAttribute("[data-testid=banner]", "data-mode"), "workers");
  }));

test("KTV: 100 visitors, never more than 4 inside the semaphore", () =>
  withPage(browser, "ktv", async (page) => {
    const r = await runLesson(page, "ktv");
    assert.equal(r.exitCode, 0);
    const out = lines(r.console);
    assert.equal(out.filter((l) => l.endsWith("走进了ktv")).length, 100);
    assert.equal(out.filter((l) => l.endsWith("走出了ktv")).length, 100);
    assert.equal(r.processes.length, 101);
    allExitedZero(r);
    // Who is inside, replayed from the event stream in seq order.
    const sem = Object.keys(r.peakInside).find((k) => k.startsWith("Semaphore"));
    let inside = 0, peak = 0;
    for (const e of r.events.filter((e) => e.kind === "op" && e.target === sem)) {
      if (e.detail.op === "acquire") inside += 1;
      if (e.detail.op === "release") inside -= 1;
      peak = Math.max(peak, inside);
    }
    assert.equal(peak, 4, "the semaphore filled its 4 slots and no more");
    assert.ok(r.peakInside[sem] >= 4, "the view showed it full");
    const slots = await page.$$eval(`[data-testid="primitive-${sem}"] .slot`, (s) => s.length);
    assert.equal(slots, 4);
    // Timelines: a lane's segments lie end to end from the process's start to the end of
    // the bar (the last may stick out by its least width); a visitor's runs, waits or not,
    // sleeps inside, and ends exited.
    for (const pid of [1000, 1001, 1100]) {
      const lane = page.getByTestId(`lane-${pid}`);
      await lane.scrollIntoViewIfNeeded();
      const { bar, segs } = await lane.evaluate((l) => {
        const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
        return {
          bar: box(l.querySelector(".timeline")),
          segs: [...l.querySelectorAll(".seg")].map((s) => ({ state: s.classList[1], ...box(s) })),
        };
      });
      const seen = JSON.stringify({ pid, bar, segs });
      assert.equal(segs[0].state, "running", seen);
      assert.equal(segs.at(-1).state, "exited", seen);
      if (pid !== 1000) assert.ok(segs.some((s) => s.state === "sleeping"), seen);
      // The last visitor started well after the run began (at speed 100, seconds of clock).
      if (pid === 1100) assert.ok(segs[0].left > bar.left + (bar.right - bar.left) * 0.05, seen);
      assert.ok(segs[0].left >= bar.left && segs.at(-1).right >= bar.right - 1, seen);
      for (let i = 1; i < segs.length; i++) {
        assert.ok(segs[i].left >= segs[i - 1].left - 0.5 && segs[i].left <= segs[i - 1].right + 1, seen);
      }
    }
  }));

test("Queue hello: the child prints what the parent put", () =>
  withPage(browser, "queue-hello", async (page) => {
    const r = await runLesson(page, "queue-hello");
    assert.equal(r.console, "子进程 : hello,world\n");
    allExitedZero(r);
    const puts = r.events.filter((e) => e.kind === "op" && e.detail.op === "put");
    assert.equal(puts.length, 1);
    assert.equal(puts[0].detail.item, "'hello,world'");
  }));

test("producers and consumers: every item is eaten once; the queue view shows items", () =>
  withPage(browser, "producer-consumer", async (page) => {
    await open(page);
    await page.evaluate(() => window.mpplay.loadLesson("producer-consumer"));
    const done = page.evaluate(() => window.mpplay.run({ executor: "workers", speed: 5 }));
    done.catch(() => {});
    // While it runs, the queue row holds items with their reprs.
    await page.waitForSelector("[data-testid^='queue-Queue'] [data-testid=queue-item]", { timeout: 15000 });
    const shown = await page.$eval("[data-testid^='queue-Queue'] [data-testid=queue-item]", (e) => e.textContent);
    assert.match(shown, /^'(泔水|鱼刺)\d+'$/);
    const r = await done;
    assert.equal(r.exitCode, 0);
    const out = lines(r.console);
    const made = out.filter((l) => l.includes("生产了")).map((l) => l.split("生产了")[1]).sort();
    const eaten = out.filter((l) => l.includes("吃了")).map((l) => l.split("吃了")[1]).sort();
    assert.equal(made.length, 30);
    assert.deepEqual(eaten, made);
    allExitedZero(r);
    assert.match(await page.textContent("[data-testid^='queue-Queue']"), /maxsize 10/);
  }));

test("JoinableQueue: 20 consumed; the daemon consumers end when the main code ends", () =>
  withPage(browser, "joinable-queue", async (page) => {
    const r = await runLesson(page, "joinable-queue");
    assert.equal(r.exitCode, 0);
    const out = lines(r.console);
    assert.equal(out.filter((l) => l.includes("生产了")).length, 20);
    assert.equal(out.filter((l) => l.includes("消费了")).length, 20);
    const daemons = r.processes.filter((p) => p.daemon);
    assert.equal(daemons.length, 2);
    for (const d of daemons) assert.equal(d.exitcode, -15, `${d.name} is terminated`);
    const producer = r.processes.find((p) => p.name === "Process-1");
    assert.equal(producer.exitcode, 0);
    assert.match(await page.textContent("[data-testid=unfinished]"), /unfinished tasks: 0/);
    const badges = await page.$$("[data-testid=daemon-badge]");
    assert.equal(badges.length, 2);
  }));

test("Manager: 100 processes decrement a shared dict under a lock to 0", () =>
  withPage(browser, "manager", async (page) => {
    const r = await runLesson(page, "manager");
    assert.equal(r.console, "{'count': 0}\n");
    assert.equal(r.exitCode, 0);
    assert.ok(r.processes.some((p) => p.name === "SyncManager-1"), "the manager is a process");
    assert.equal(r.processes.length, 102);
    // The shared data view shows the dict as the manager holds it: made, then 100 stores.
    const dict = page.locator("[data-testid^='shared-Manager.dict']");
    assert.equal(await dict.count(), 1);
    assert.equal(await dict.getAttribute("data-writes"), "101");
    assert.equal(await dict.locator("[data-testid=shared-cell]").textContent(), "{'count': 0}");
  }));

test("Pool.apply_async: results in submission order", () =>
  withPage(browser, "pool-apply-async", async (page) => {
    const r = await runLesson(page, "pool-apply-async");
    const want = Array.from({ length: 100 }, (_, i) => String((i - 1) ** 2));
    assert.deepEqual(lines(r.console), want);
    assert.equal(r.exitCode, 0);
    assert.equal(r.processes.filter((p) => p.name.startsWith("SpawnPoolWorker-")).length, 5);
  }));

test("Pool callbacks run in the main process", () =>
  withPage(browser, "pool-callback", async (page) => {
    const r = await runLesson(page, "pool-callback");
    const out = lines(r.console);
    const main = r.processes.find((p) => p.name === "MainProcess");
    assert.equal(out[0], String(main.pid));
    const squares = out.slice(1).map((l) => l.split(" "));
    assert.equal(squares.length, 100);
    for (const [, pid] of squares) assert.equal(pid, String(main.pid));
    assert.deepEqual(squares.map(([s]) => Number(s)).sort((a, b) => a - b),
      Array.from({ length: 100 }, (_, i) => (i - 1) ** 2).sort((a, b) => a - b));
  }));

test("the crawler reads the fixture pages and appends every film to one file", () =>
  withPage(browser, "crawler", async (page) => {
    const r = await runLesson(page, "crawler");
    assert.equal(r.exitCode, 0, r.processes.map((p) => p.stderr).join(""));
    // The same regular expression over the same pages, in JavaScript, is the oracle.
    const pattern = /<div class="item">.*?<div class="pic">.*?<em .*?>(?<id>\d+).*?<span class="title">(?<title>.*?)<\/span>.*?<span class="rating_num" .*?>(?<rating_num>.*?)<\/span>.*?<span>(?<comment_num>.*?)评价<\/span>/gs;
    const want = [];
    for (let start = 0; start < 250; start += 25) {
      const url = `${server.url}fixtures/movie.douban.com/${encodeURIComponent(`top250%3Fstart=${start}&filter=`)}`;
      const html = await (await fetch(url)).text();
      for (const m of html.matchAll(pattern)) want.push(JSON.stringify({ ...m.groups }).replace(/":"/g, '": "').replace(/","/g, '", "'));
    }
    assert.ok(want.length >= 30);
    assert.deepEqual(lines(r.files.file).sort(), want.sort());
    await page.click("[data-testid=file-file] button");
    assert.match(await page.textContent("[data-testid=file-file] pre"), /"rating_num"/);
  }));

test("json.dump writes file2", () =>
  withPage(browser, "json-file2", async (page) => {
    const r = await runLesson(page, "json-file2");
    assert.equal(r.files.file2, '{"你好": "alex"}');
    assert.equal(r.exitCode, 0);
  }));

test("the traffic light shows its colors and Stop ends it within 1 s", () =>
  withPage(browser, "traffic-light", async (page) => {
    await open(page);
    await page.evaluate(() => window.mpplay.loadLesson("traffic-light"));
    const done = page.evaluate(() => window.mpplay.run({ executor: "workers", speed: 10 })
      .then((r) => ({ stopped: r.stopped, tookMs: performance.now() - window.stopAt })));
    await page.waitForFunction(() => document.querySelector("[data-testid=console]").textContent.includes("红灯亮"), null, { timeout: 15000 });
    done.catch(() => {}); // an assertion below failing closes the page under it
    // Found and measured in one step: the console is redrawn as the run goes on.
    const red = await page.evaluate(() => {
      const span = [...document.querySelectorAll("[data-testid=console] .line span")]
        .find((s) => s.textContent.includes("红灯亮"));
      return span && getComputedStyle(span).color;
    });
    assert.equal(red, "rgb(205, 49, 49)", "\\033[1;31m is drawn red");
    assert.equal(await page.$eval("[data-testid^='primitive-Event']", (e) => e.querySelector(".light") !== null), true);
    await page.evaluate(() => { window.stopAt = performance.now(); window.mpplay.stop(); });
    const r = await done;
    assert.ok(r.tookMs < 1000, `stopped in ${r.tookMs} ms`);
    assert.equal(r.stopped, true);
    const before = await page.textContent("[data-testid=console]");
    await page.waitForTimeout(500);
    assert.equal(await page.textContent("[data-testid=console]"), before, "nothing runs after Stop");
  }));

test("a finished child is a zombie until join", () =>
  withPage(browser, "zombie", async (page) => {
    await open(page);
    await page.evaluate(() => window.mpplay.loadLesson("zombie"));
    const done = page.evaluate(() => window.mpplay.run({ executor: "workers", speed: 1 }));
    done.catch(() => {});
    await page.waitForSelector("[data-testid=lane-1001][data-state=zombie] [data-testid=zombie-badge]", { timeout: 10000 });
    // The main process sleeps on line 13: its marker is in the editor's gutter there.
    await page.waitForFunction(() => [...document.querySelectorAll(".cm-mp-chip")].some((c) => c.textContent === "1000"));
    const [chipTop, lineTop] = await page.evaluate(() => [
      [...document.querySelectorAll(".cm-mp-chip")].find((c) => c.textContent === "1000").getBoundingClientRect().top,
      [...document.querySelectorAll(".cm-line")].find((l) => /time\.sleep\(3\)/.test(l.textContent)).getBoundingClientRect().top,
    ]);
    assert.ok(Math.abs(chipTop - lineTop) < 8, `marker at ${chipTop}, line at ${lineTop}`);
    const r = await done;
    assert.equal(r.console, "child: done\nexitcode before join: 0\nexitcode after join: 0\n");
    assert.equal(await page.getAttribute("[data-testid=lane-1001]", "data-state"), "exited");
    assert.equal(await page.$("[data-testid=zombie-badge]"), null);
  }));

test("a daemon's lane ends when the main code ends", () =>
  withPage(browser, "daemon", async (page) => {
    const r = await runLesson(page, "daemon", { speed: 10 });
    const d = r.processes.find((p) => p.daemon);
    assert.equal(d.exitcode, -15);
    assert.equal(r.processes.find((p) => p.name === "Process-2").exitcode, 0);
    assert.match(r.console, /main: my code ends here\n/);
    assert.match(r.console, /worker: finished\n$/);
    assert.equal(await page.getAttribute(`[data-testid=lane-${d.pid}]`, "data-state"), "terminated");
  }));

test("concurrent.futures: futures come back as they finish, map in the order asked", () =>
  withPage(browser, "futures", async (page) => {
    const r = await runLesson(page, "futures", { speed: 5 });
    assert.deepEqual(lines(r.console), [
      "dumplings ready after 1 min",
      "soup ready after 1 min",
      "noodles ready after 3 min",
      "rice ready after 2 min",
      "[1024, 9, 1]",
    ]);
    assert.deepEqual(r.processes.map((p) => p.name).sort(), ["MainProcess", "SpawnProcess-1", "SpawnProcess-2"]);
    allExitedZero(r);
    for (const l of await lanes(page)) assert.equal(l.state, "exited", l.id);
  }));
