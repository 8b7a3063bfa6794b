// Starts and stops the Web Workers of one run's processes (the workers executor), so the
// page's thread, which folds reports and draws the views, does not also pay for creating
// them: in Chromium each new worker costs its creating thread about 16 ms, which for the
// course's 101-process KTV left the page's thread busy through the whole start.
//
// Messages from the page:
//   {stopWord, workerUrl}         an Int32Array over the run's stop word in shared memory
//                                 (once it is 1 the run has stopped: every worker is ended
//                                 and no more start), and the script every worker runs
//   {pid, module, start}          a process's worker: the module, then `start` (whose
//                                 `port` is how the worker talks to the page)
//   {stop: pid}                   ends that process's worker
//   anything, once the stop word is 1: ends them all, then this worker
// To the page: {pid, error} when a worker fails to load or throws.
//
// The workers are nested in this one, yet Chromium does not end nested workers with their
// parent, so a stopped run's workers are ended one by one here. Nor does it end a nested
// worker busy in a loop (even one that waits in Atomics.wait) until the worker returns to
// its event loop: a process does that when it sees the stop word or its own end.
const workers = new Map();
let stopWord = null;
let workerUrl = null;

const stopped = () => stopWord !== null && Atomics.load(stopWord, 0) === 1;

onmessage = (e) => {
  const m = e.data ?? {};
  if (m.stopWord) {
    ({ stopWord, workerUrl } = m);
  } else if (stopped()) {
    for (const worker of workers.values()) worker.terminate();
    workers.clear();
    close();
  } else if (m.stop !== undefined) {
    workers.get(m.stop)?.terminate();
    workers.delete(m.stop);
  } else if (m.start) {
    const worker = new Worker(workerUrl);
    worker.onerror = (event) => {
      event.preventDefault();
      postMessage({ pid: m.pid, error: event.message || "the worker failed" });
    };
    worker.postMessage(m.module);
    worker.postMessage(m.start, [m.start.port]);
    workers.set(m.pid, worker);
  }
};
