import { startServer, launchBrowser } from "/work/main/tests/e2e/harness.mjs";
import { execSync } from "node:child_process";
const srv = await startServer({ dir: "dist" });
const browser = await launchBrowser();
const page = await browser.newPage();
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("crash", () => console.log("CRASH"));
await page.goto(srv.url);
await page.evaluate(() => window.mpplay.whenReady());
const rss = () => execSync("ps -eo rss,args | grep -- '--type=renderer' | grep -v grep | awk '{s+=$1} END {print s}'").toString().trim();
console.log("renderer RSS KB before", rss());
await page.evaluate((l) => window.mpplay.loadLesson(l), process.argv[2] || "ktv");
const t1 = Date.now();
page.evaluate(() => window.mpplay.run({ speed: 0.2, executor: "workers" }).then(r => window.__r = r));
for (let i = 0; i < 12; i++) {
  await new Promise(r => setTimeout(r, 1000));
  const n = await page.evaluate(() => document.querySelectorAll('[data-testid^=lane-]').length).catch(e => "x");
  console.log(`${Date.now()-t1} ms lanes ${n} RSS KB ${rss()}`);
}
await browser.close(); await srv.close();
