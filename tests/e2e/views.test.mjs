// Views of what the course does not show: conditions and barriers drawn whole, with the
// processes waiting on them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, withPage } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer({ dir: "dist" });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

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

test("a barrier fills its parties' slots and a condition lists its waiters, each as one card", () =>
  withPage(browser, "condition-barrier", async (page) => {
    await page.goto(server.url);
    await page.waitForFunction(() => window.mpplay);
    await page.evaluate(() => window.mpplay.whenReady());
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
