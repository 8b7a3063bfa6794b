// The end of every worker's script: the page joins the wasm-bindgen glue (worker.js) and
// this file in one Blob, so a worker starts without fetching anything. The page (or the
// run's spawner) sends the WebAssembly.Module it compiled once as the first message; the
// worker instantiates it and hands over to Rust, which installs its own message handler
// and answers "ready".
self.onmessage = (e) => {
  self.onmessage = null;
  wasm_bindgen.initSync({ module: e.data });
  wasm_bindgen.worker_start();
};
