// Shared pieces of the browser tests: start scripts/serve.mjs on a free port, launch
// Debian's Chromium through playwright-core, and keep a screenshot of a page whose
// test body failed (tests/e2e/artifacts/<name>.png).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../..");
export const artifactsDir = path.join(here, "artifacts");

// Starts the static server on `dir` (relative paths are taken from the repo root), with
// tests/fixtures mounted at /fixtures/. Resolves once it prints its address(es).
export function startServer({ dir, noIsolation = false, framePort = false } = {}) {
  const args = [
    path.join(repoRoot, "scripts/serve.mjs"), "--port", "0",
    "--dir", path.resolve(repoRoot, dir ?? "dist"),
    "--also-serve", `/fixtures/=${path.join(repoRoot, "tests/fixtures")}`,
  ];
  if (noIsolation) args.push("--no-isolation");
  if (framePort !== false) args.push("--frame-port", String(framePort === true ? 0 : framePort));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const close = () => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill();
  });
  return new Promise((resolve, reject) => {
    let out = "", err = "", url = null, frameUrl = null;
    const timer = setTimeout(() => { close(); reject(new Error(`server did not start:\n${out}${err}`)); }, 10_000);
    child.stderr.on("data", (d) => { err += d; });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n${out}${err}`)); });
    child.stdout.on("data", (d) => {
      out += d;
      url ??= out.match(/^serving .* at (http:\/\/\S+)$/m)?.[1] ?? null;
      frameUrl ??= out.match(/^frame page at (http:\/\/\S+)$/m)?.[1] ?? null;
      if (url && (framePort === false || frameUrl)) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ url, frameUrl, close });
      }
    });
  });
}

// Debian's Chromium (playwright cannot download browsers here); CHROMIUM overrides the path.
/** Opens the app at `url` and waits until its automation API and interpreter are ready. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.mpplay);
  await page.evaluate(() => window.mpplay.whenReady());
}

const browserOptions = {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

export function launchBrowser() {
  return chromium.launch(browserOptions);
}

// A browser with a profile kept in `dir`, as a returning visitor's: unlike a fresh
// context's, its caches include the machine code compiled from the page's wasm.
export function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, browserOptions);
}

// Runs `body(page)` in a fresh page; if it throws, saves artifacts/<name>.png (and the
// page's console log as <name>.log) before rethrowing. The page is always closed.
export async function withPage(browser, name, body) {
  const page = await browser.newPage();
  const log = [];
  page.on("console", (m) => log.push(`[${m.type()}] ${m.text()}`));
  page.on("pageerror", (e) => log.push(`[pageerror] ${e.message}`));
  try {
    return await body(page);
  } catch (e) {
    await saveScreenshot(page, name, log);
    throw e;
  } finally {
    await page.close().catch(() => {});
  }
}

// For a test that manages its own page: runs `body()` and, if it throws, saves
// artifacts/<name>.png (name defaults to the test's name) before rethrowing.
export async function saveScreenshotOnFailure(t, page, name, body) {
  try {
    return await body();
  } catch (e) {
    await saveScreenshot(page, name || t.name, []);
    throw e;
  }
}

async function saveScreenshot(page, name, log) {
  try {
    mkdirSync(artifactsDir, { recursive: true });
    const safe = name.replace(/[^\w.-]+/g, "_");
    await page.screenshot({ path: path.join(artifactsDir, `${safe}.png`), fullPage: true });
    if (log.length) writeFileSync(path.join(artifactsDir, `${safe}.log`), log.join("\n") + "\n");
  } catch { /* the page may already be gone; the test's own error matters more */ }
}
