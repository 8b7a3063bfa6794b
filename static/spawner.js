// Creates and ends the Web Workers of one run's processes (the workers executor). A
// process asks this worker directly for its children's workers, so starting a child waits
// neither for the page's thread, which folds reports and draws the views, nor for a
// message from it. The page makes a run's spawner while no run goes on, with a few
// standby workers that load and instantiate the module then; a run's first processes take
// those, so they start without waiting for a worker to be made.
//
// From the page:
//   {standby: {workerUrl, module, count}}
//                      before the run: makes up to `count` standby workers, one after the
//                      other, from the script and compiled module every worker starts from
//   {run: {stopWord, workerUrl, module, buffer}}
//                      the run: an Int32Array over its stop word in shared memory (once it
//                      is 1 the run has stopped: every worker is ended and no more start),
//                      the script and module of workers made during the run, and the
//                      run's shared buffer
//   {pid, init}        the main process's worker (`init`: its MemberInit as JSON)
//   {stop: pid}        ends that process's worker (or, not started yet, its start)
//   {close: true}, or anything once the stop word is 1: ends them all, the standby ones
//                      too, then this worker
// From a process, on the port it was given as `spawner`:
//   {pid, init, payload, code, exitWord}
//                      a child's worker (`payload`: its pickled process object; `code`:
//                      what the parent compiled, to share;
//                      `exitWord`: the first of the child's exit words)
// To the page: {pid, port} as each worker starts (the port the process reports on),
// {pid, ended: true} for a child ended before its worker was made (none is), and
// {pid, error} when a worker fails to load or throws.
//
// The workers are nested in this one, yet Chromium does not end nested workers with their
// parent, so a stopped run's workers are ended one by one here. Nor does it end a nested
// worker busy in a loop (even one that waits in Atomics.wait) until the worker returns to
// its event loop: a process does that when it sees the stop word or its own end.
const workers = new Map();
// Processes stopped before their start came (the page's stop and a parent's request
// travel on different ports).
const stoppedEarly = new Set();
let run = null;
// Workers made before the run, their module instantiated, each waiting for its process.
const standby = [];

const stopped = () => run !== null && Atomics.load(run.stopWord, 0) === 1;

// A process's exit state once it has exited (kernel::exit::EXITED).
const EXITED = 1;

function start({ pid, init, payload, code, exitWord }) {
  if (stopped() || stoppedEarly.delete(pid)) return;
  // Terminated while its start waited here: it never runs, so it needs no worker.
  if (exitWord && Atomics.load(run.words, exitWord) === EXITED) {
    postMessage({ pid, ended: true });
    return;
  }
  const toPage = new MessageChannel();
  const toSpawner = new MessageChannel();
  toSpawner.port1.onmessage = (e) => start(e.data);
  const worker = standby.shift() ?? newWorker(run);
  const fail = (error) => postMessage({ pid, error });
  if (worker.failure) fail(worker.failure);
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || "the worker failed");
  };
  worker.postMessage({ init, payload, code, buffer: run.buffer, port: toPage.port2, spawner: toSpawner.port2 },
    [toPage.port2, toSpawner.port2]);
  workers.set(pid, { worker, spawnPort: toSpawner.port1 });
  postMessage({ pid, port: toPage.port1 }, [toPage.port1]);
}

// A worker that loads and instantiates the module, then waits for its process.
function newWorker({ workerUrl, module }) {
  const worker = new Worker(workerUrl);
  // Kept for the process that takes it, if it failed before.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.failure = event.message || "the worker failed";
  };
  worker.postMessage(module);
  return worker;
}

// Makes standby workers one at a time, each once the one before has loaded its module and
// said so: a run that starts meanwhile then shares the cores with at most one loading
// worker, and the making stops once the run has begun.
function makeStandby(order, left) {
  if (left === 0 || run !== null) return;
  const worker = newWorker(order);
  standby.push(worker);
  worker.onmessage = () => {
    worker.onmessage = null;
    makeStandby(order, left - 1);
  };
}

function end(pid) {
  const w = workers.get(pid);
  if (!w) return stoppedEarly.add(pid);
  w.worker.terminate();
  w.spawnPort.close();
  workers.delete(pid);
}

onmessage = (e) => {
  const m = e.data ?? {};
  if (m.standby) {
    makeStandby(m.standby, m.standby.count);
  } else if (m.run) {
    run = { ...m.run, words: new Int32Array(m.run.buffer) };
  } else if (m.close || stopped()) {
    for (const pid of [...workers.keys()]) end(pid);
    for (const worker of standby.splice(0)) worker.terminate();
    close();
  } else if (m.stop !== undefined) {
    end(m.stop);
  } else if (m.init) {
    start(m);
  }
};
