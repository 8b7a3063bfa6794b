// Views and controls beyond the course's examples: conditions and barriers drawn whole,
// with the processes waiting on them; the speed changed while processes sleep.
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

const open = (page) => openApp(page, server.url);

const PARTIES = `from multiprocessing import Process, Condition, Barrier
import time


def party(b, c):
    b.wait()
    with c:
        c.wait()
    print('released')


if __name__ == '__main__':
    b = Barrier(3)
    c = Condition()
    ps = [Process(target=party, args=(b, c)) for _ in range(2)]
    for p in ps:
        p.start()
    time.sleep(1.5)
    b.wait()
    time.sleep(1.5)
    with c:
        c.notify_all()
    for p in ps:
        p.join()
`;

const SHARED = `from multiprocessing import Process, Value, Array, RawArray


def add(total, cells, i):
    for _ in range(50):
        with total.get_lock():
            total.value += 1
    cells[i] = i * 1.5


if __name__ == '__main__':
    total = Value('i', 0)
    cells = Array('d', 4)
    raw = RawArray('b', [1, 2, 300 - 256])
    ps = [Process(target=add, args=(total, cells, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, cells[:], raw[:])
`;

test("shared Values and Arrays show each element as processes store it, on both executors", () =>
  withPage(browser, "shared-data", async (page) => {
    await open(page);
    for (const executor of ["workers", "sim"]) {
      const r = await page.evaluate(([code, ex]) => {
        window.mpplay.setCode(code);
        return window.mpplay.run({ executor: ex, speed: 100 });
      }, [SHARED, executor]);
      assert.equal(r.console, "200 [0.0, 1.5, 3.0, 4.5] [1, 2, 44]\n", executor);
      const cellsOf = (prefix) => page.locator(`[data-testid^='shared-${prefix} #'] [data-testid=shared-cell]`).allTextContents();
      assert.deepEqual(await cellsOf("Value"), ["200"], executor);
      const arrays = page.locator("[data-testid^='shared-Array #']");
      assert.equal(await arrays.count(), 2, executor);
      const arrayCells = [];
      for (let i = 0; i < 2; i++) arrayCells.push(await arrays.nth(i).locator("[data-testid=shared-cell]").allTextContents());
      arrayCells.sort((a, b) => a.length - b.length);
      assert.deepEqual(arrayCells, [["1", "2", "44"], ["0.0", "1.5", "3.0", "4.5"]], executor);
      // One store at creation, then one per increment.
      assert.equal(await page.locator("[data-testid^='shared-Value #']").getAttribute("data-writes"), "201", executor);
      assert.match(await page.locator("[data-testid^='shared-Value #']").textContent(), /\(c_int\).*last by/, executor);
    }
  }));

test("a barrier fills its parties' slots and a condition lists its waiters, each as one card", () =>
  withPage(browser, "condition-barrier", async (page) => {
    await open(page);
    for (const executor of ["workers", "sim"]) {
      await page.evaluate(([code, ex]) => {
        window.mpplay.setCode(code);
        window.partiesRun = window.mpplay.run({ executor: ex, speed: 1 });
      }, [PARTIES, executor]);
      // Two of three parties wait at the barrier; its lanes say so.
      const barrier = page.locator(".prim.barrier");
      await page.waitForSelector(".prim.barrier [data-arrived='2']", { timeout: 15000 });
      assert.equal(await barrier.count(), 1, executor);
      assert.match(await barrier.textContent(), /2 of 3 waiting/);
      const blockedOn = await page.locator("[data-state=blocked] [data-testid=lane-state]").allTextContents();
      assert.equal(blockedOn.filter((t) => /Barrier #\d+/.test(t)).length, 2, `${executor}: ${blockedOn}`);
      // Then both wait on the condition.
      await page.waitForSelector(".prim.condition[data-waiters='2']", { timeout: 15000 });
      // The parts (the lock and the semaphores inside) have no cards of their own.
      const names = await page.locator(".prim .prim-name").allTextContents();
      assert.deepEqual(names.map((n) => n.replace(/ #\d+/, "")).sort(), ["Barrier", "Condition"], executor);
      const r = await page.evaluate(() => window.partiesRun);
      assert.equal(r.exitCode, 0, executor);
      assert.equal(r.console.split("\n").filter((l) => l === "released").length, 2, executor);
    }
  }));

test("changing the speed during a run reaches processes already asleep, on both executors", () =>
  withPage(browser, "live-speed", async (page) => {
    await open(page);
    const code = "from multiprocessing import Process\nimport time\n\ndef nap():\n    time.sleep(4)\n    print('child awake')\n\nif __name__ == '__main__':\n    p = Process(target=nap)\n    p.start()\n    time.sleep(4)\n    print('main awake')\n    p.join()\n";
    for (const executor of ["workers", "sim"]) {
      // At 0.1× the 4 s sleeps would take 40 s; at 100× they end at once.
      const tookMs = await page.evaluate(async ([c, ex]) => {
        window.mpplay.setCode(c);
        const done = window.mpplay.run({ executor: ex, speed: 0.1 });
        await new Promise((r) => setTimeout(r, 1500));
        const t0 = performance.now();
        window.mpplay.setSpeed(100);
        const r = await done;
        if (r.exitCode !== 0 || !r.console.includes("child awake") || !r.console.includes("main awake")) {
          throw new Error(r.console);
        }
        return performance.now() - t0;
      }, [code, executor]);
      assert.ok(tookMs < 2500, `${executor}: ended ${Math.round(tookMs)} ms after the speed change`);
    }
  }));

test("a sleeping process's countdown runs while nothing reports, on both executors", () =>
  withPage(browser, "countdown", async (page) => {
    await open(page);
    for (const executor of ["workers", "sim"]) {
      await page.evaluate((ex) => {
        window.mpplay.setCode("import time\ntime.sleep(3)\n");
        window.napRun = window.mpplay.run({ executor: ex, speed: 1 });
      }, executor);
      const state = page.locator("[data-testid=lane-1000] [data-testid=lane-state]");
      await page.waitForFunction(() => /sleeping/.test(document.querySelector("[data-testid=lane-1000] [data-testid=lane-state]")?.textContent));
      const left = async () => Number((await state.textContent()).match(/sleeping ([\d.]+) s/)[1]);
      const first = await left();
      await new Promise((r) => setTimeout(r, 800));
      const second = await left();
      assert.ok(first - second >= 0.5 && first - second <= 1.2, `${executor}: ${first} s, then ${second} s`);
      await page.evaluate(() => window.napRun);
    }
  }));

const COUNTERS = `from multiprocessing import Process
import time


def count(name):
    for i in range(10**6):
        print(name, i)
        time.sleep(0.2)


if __name__ == '__main__':
    p = Process(target=count, args=('child',))
    p.start()
    count('main')
`;

test("Pause holds every process and the clock, and Step with a lane selected moves only that process", () =>
  withPage(browser, "pause-step", async (page) => {
    await open(page);
    // The last number each process printed, from the console.
    const last = () => page.evaluate(() => {
      const out = {};
      for (const line of document.querySelectorAll("[data-testid=console] .line")) {
        const m = line.textContent.match(/^(main|child) (\d+)/);
        if (m) out[m[1]] = Number(m[2]);
      }
      return out;
    });
    // Long enough for the last reports, and for events held to be put in order (0.5 s).
    const settle = () => new Promise((r) => setTimeout(r, 1200));
    for (const executor of ["workers", "sim"]) {
      await page.evaluate(([c, ex]) => {
        window.mpplay.setCode(c);
        window.countRun = window.mpplay.run({ executor: ex, speed: 1 });
      }, [COUNTERS, executor]);
      await page.waitForFunction(() => /child \d+/.test(document.querySelector("[data-testid=console]").textContent));
      await page.getByTestId("pause").click();
      await settle();
      const paused = await last();
      const clock = await page.getByTestId("clock").textContent();
      await settle();
      assert.deepEqual(await last(), paused, `${executor}: nothing runs while paused`);
      assert.equal(await page.getByTestId("clock").textContent(), clock, `${executor}: the clock stands still`);
      await page.getByTestId("lane-1001").click();
      // A step while the child naps moves the clock to its wake-up (the child's worker does
      // it under workers); the next one runs it.
      for (let i = 0; i < 6; i++) {
        await page.getByTestId("step").click();
        await new Promise((r) => setTimeout(r, 700));
      }
      await settle();
      const stepped = await last();
      assert.ok(stepped.child >= paused.child + 2, `${executor}: the child moved (${paused.child} → ${stepped.child})`);
      assert.equal(stepped.main, paused.main, `${executor}: the main process did not`);
      await page.evaluate(() => window.mpplay.stop());
      await page.evaluate(() => window.countRun);
    }
  }));
