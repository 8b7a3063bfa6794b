#!/usr/bin/env node
// Static file server for the built playground (Node >= 18, no dependencies).
// Sends the cross-origin isolation headers the app needs for SharedArrayBuffer,
// Document-Isolation-Policy instead of COOP under /embed, gzips what compresses,
// and can serve a header-less parent page that embeds the app in an iframe.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
//        [--no-isolation] [--also-serve /prefix/=DIR ...] [--frame-port N]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// ---- command line ----
const opts = { dir: "dist", port: 8080, host: "127.0.0.1", isolation: true, mounts: [], framePort: null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i], next = () => {
    if (i + 1 >= argv.length) fail(`${a} needs a value`);
    return argv[++i];
  };
  if (a === "--dir") opts.dir = next();
  else if (a === "--port") opts.port = Number(next());
  else if (a === "--host") opts.host = next();
  else if (a === "--no-isolation") opts.isolation = false;
  else if (a === "--frame-port") opts.framePort = Number(next());
  else if (a === "--also-serve") {
    const spec = next(), eq = spec.indexOf("=");
    if (eq < 1) fail(`--also-serve wants PREFIX=DIR, got ${spec}`);
    let prefix = spec.slice(0, eq);
    if (!prefix.startsWith("/")) prefix = "/" + prefix;
    if (!prefix.endsWith("/")) prefix += "/";
    opts.mounts.push({ prefix, root: path.resolve(spec.slice(eq + 1)) });
  } else fail(`unknown option ${a}`);
}
function fail(msg) {
  console.error(`serve.mjs: ${msg}`);
  process.exit(2);
}
// Longest prefix first; the main directory is the mount at "/".
opts.mounts.sort((a, b) => b.prefix.length - a.prefix.length);
opts.mounts.push({ prefix: "/", root: path.resolve(opts.dir) });

// ---- types and compression ----
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8", ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon", ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".py", ".map"]);
const gzCache = new Map(); // file path -> { mtimeMs, size, bytes }

function gzipped(file, stat) {
  const hit = gzCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.bytes;
  const bytes = zlib.gzipSync(fs.readFileSync(file), { level: 6 });
  gzCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, bytes });
  return bytes;
}

// ---- headers ----
function securityHeaders(urlPath) {
  if (!opts.isolation) return {};
  const embed = urlPath === "/embed" || urlPath.startsWith("/embed/") || urlPath.startsWith("/embed.");
  const h = { "Cross-Origin-Embedder-Policy": "require-corp", "Cross-Origin-Resource-Policy": "same-origin" };
  // A page meant for an iframe must not send COOP; it isolates itself with DIP instead.
  if (embed) h["Document-Isolation-Policy"] = "isolate-and-require-corp";
  else h["Cross-Origin-Opener-Policy"] = "same-origin";
  return h;
}

function send(res, status, headers, body, method) {
  res.writeHead(status, { "Cache-Control": "no-cache", ...headers, "Content-Length": body.length });
  res.end(method === "HEAD" ? undefined : body);
}

// Maps a URL path onto a file inside one of the mounts, or null (also for traversal).
function resolveFile(urlPath) {
  for (const { prefix, root } of opts.mounts) {
    if (!(urlPath + "/").startsWith(prefix)) continue;
    const rel = urlPath.slice(prefix.length - 1);
    const file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    return file;
  }
  return null;
}

// ---- the app server ----
const server = http.createServer((req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
  } catch {
    return send(res, 400, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("bad request\n"), req.method);
  }
  const sec = securityHeaders(urlPath);
  const notFound = () => send(res, 404, { ...sec, "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("not found\n"), req.method);
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, { ...sec, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("method not allowed\n"), req.method);
  }
  if (urlPath.includes("\0")) return notFound();
  let file = resolveFile(urlPath);
  if (!file) return notFound();
  let stat;
  try {
    stat = fs.statSync(file);
    if (stat.isDirectory()) {
      file = path.join(file, "index.html");
      stat = fs.statSync(file);
    }
    if (!stat.isFile()) return notFound();
  } catch {
    return notFound();
  }
  const ext = path.extname(file).toLowerCase();
  const headers = { ...sec, "Content-Type": TYPES[ext] || "application/octet-stream" };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
  if (COMPRESSIBLE.has(ext)) headers["Vary"] = "Accept-Encoding";
  if (gzip) headers["Content-Encoding"] = "gzip";
  // A validator lets a returning browser keep its copy (and Chromium the machine code it
  // compiled from a wasm file) instead of downloading the interpreter again; it comes
  // from the file's stat, so an unchanged file is answered without being read.
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${gzip ? "-gz" : ""}"`;
  headers["ETag"] = etag;
  if (req.headers["if-none-match"] === etag) return send(res, 304, headers, Buffer.alloc(0), req.method);
  const body = gzip ? gzipped(file, stat) : fs.readFileSync(file);
  send(res, 200, headers, body, req.method);
});

// ---- the optional parent page (no isolation headers at all) ----
function framePage(appPort) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname !== "/") return send(res, 404, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("not found\n"), req.method);
    const src = url.searchParams.get("src") || `http://localhost:${appPort}/`;
    const attr = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    const html = `<!doctype html><meta charset="utf-8"><title>embedded playground</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>
<iframe src="${attr}" allow="cross-origin-isolated"></iframe>\n`;
    send(res, 200, { "Content-Type": "text/html; charset=utf-8" }, Buffer.from(html), req.method);
  });
}

server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  const hostForUrl = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  console.log(`serving ${opts.dir} at http://${hostForUrl}:${port}/`);
  if (opts.framePort !== null && !Number.isNaN(opts.framePort)) {
    const frame = framePage(port);
    frame.listen(opts.framePort, opts.host, () => {
      console.log(`frame page at http://${hostForUrl}:${frame.address().port}/`);
    });
  }
});
server.on("error", (e) => fail(e.message));
