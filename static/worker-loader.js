// Starts a Web Worker of a run: the page sends the WebAssembly.Module it compiled once
// as the first message; the worker instantiates it and hands over to Rust, which installs
// its own message handler and answers "ready".
importScripts("./worker.js");
self.onmessage = (e) => {
  self.onmessage = null;
  wasm_bindgen.initSync({ module: e.data });
  wasm_bindgen.worker_start();
};
