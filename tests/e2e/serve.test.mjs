// Smoke test of scripts/serve.mjs in Chromium: its headers make a page cross-origin
// isolated (SharedArrayBuffer available), and --no-isolation turns that off.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launchBrowser, withPage } from "./harness.mjs";

const PAGE = `<!doctype html><meta charset="utf-8"><title>isolation probe</title>
<p>isolated: <span id="coi">?</span></p>
<script>document.getElementById("coi").textContent = String(self.crossOriginIsolated);</script>
`;

let dir, browser;
before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mpplay-serve-"));
  writeFileSync(path.join(dir, "index.html"), PAGE);
  writeFileSync(path.join(dir, "embed.html"), PAGE);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function probe(name, url) {
  return withPage(browser, name, async (page) => {
    const res = await page.goto(url);
    assert.equal(res.status(), 200);
    return page.locator("#coi").textContent();
  });
}

test("the served page is cross-origin isolated", async () => {
  const server = await startServer({ dir });
  try {
    assert.equal(await probe("serve-isolated", server.url), "true");
  } finally {
    await server.close();
  }
});

test("--no-isolation serves a page that is not isolated", async () => {
  const server = await startServer({ dir, noIsolation: true });
  try {
    assert.equal(await probe("serve-not-isolated", server.url), "false");
  } finally {
    await server.close();
  }
});

test("an /embed page inside a cross-site iframe isolates itself", async () => {
  const server = await startServer({ dir, framePort: true });
  try {
    const src = server.url.replace("127.0.0.1", "localhost") + "embed.html";
    await withPage(browser, "serve-embed-frame", async (page) => {
      await page.goto(`${server.frameUrl}?src=${encodeURIComponent(src)}`);
      assert.equal(await page.evaluate(() => self.crossOriginIsolated), false);
      const frame = page.frameLocator("iframe");
      await frame.locator("#coi", { hasText: /true|false/ }).waitFor();
      assert.equal(await frame.locator("#coi").textContent(), "true");
    });
  } finally {
    await server.close();
  }
});

test("a file unchanged since the browser's copy is answered 304, per encoding", async () => {
  writeFileSync(path.join(dir, "app.wasm"), Buffer.alloc(4096, 7));
  const server = await startServer({ dir });
  try {
    const url = server.url + "app.wasm";
    const first = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
    const etag = first.headers.get("etag");
    assert.equal(first.status, 200);
    assert.ok(etag, "the response carries an ETag");
    const again = await fetch(url, { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get("cross-origin-resource-policy"), "same-origin");
    // The uncompressed body is another representation, with another tag.
    const plain = await fetch(url, { headers: { "Accept-Encoding": "identity", "If-None-Match": etag } });
    assert.equal(plain.status, 200);
    assert.equal((await plain.arrayBuffer()).byteLength, 4096);
    writeFileSync(path.join(dir, "app.wasm"), Buffer.alloc(4097, 7));
    const changed = await fetch(url, { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag } });
    assert.equal(changed.status, 200);
  } finally {
    await server.close();
  }
});
