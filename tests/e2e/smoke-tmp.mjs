import { startServer, launchBrowser } from "/work/main/tests/e2e/harness.mjs";
const srv = await startServer({ dir: "dist" });
const browser = await launchBrowser();
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
const t0 = Date.now();
await page.goto(srv.url);
await page.waitForFunction(() => window.mpplay);
await page.evaluate(() => window.mpplay.whenReady());
console.log("ready in", Date.now() - t0, "ms");
for (const lesson of (process.argv[2] || "queue-hello").split(",")) {
  await page.evaluate((l) => window.mpplay.loadLesson(l), lesson);
  const t1 = Date.now();
  const r = await page.evaluate((ex) => window.mpplay.run({ speed: 100, executor: ex }), process.argv[3] || "sim");
  console.log(lesson, "took", Date.now() - t1, "ms; exit", r.exitCode, "events", r.events.length);
  console.log(r.console.slice(0, 400)); console.log("stderr:", r.processes.map(p=>p.stderr).join("").slice(0,800));
  console.log(r.processes.map((p) => `${p.pid} ${p.name} ${p.state} ${p.exitcode}`).join("\n").slice(0, 400));
}
await page.screenshot({ path: "/tmp/shot.png" });
await browser.close(); await srv.close();
