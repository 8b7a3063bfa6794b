//! The state every view draws, folded from the event stream and nothing else: process lanes
//! with their state history, primitives with holders and waiters, queues with their items,
//! the console. Platform-free, so it is tested natively.

use serde::Deserialize;
use std::collections::{BTreeMap, VecDeque};

/// One line of the trace (docs/trace.md).
#[derive(Clone, Debug, Deserialize)]
pub struct Event {
    pub seq: u64,
    pub t: Option<f64>,
    pub pid: u32,
    pub kind: String,
    pub target: Option<String>,
    pub detail: serde_json::Value,
}

/// Where a process is, as a lane shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum LaneState {
    Running,
    Blocked {
        on: String,
    },
    Sleeping {
        until: f64,
    },
    /// Ended, not yet reaped by its parent.
    Zombie {
        code: i32,
    },
    Reaped {
        code: i32,
    },
}

impl LaneState {
    /// A short name used by the views' classes and `data-state`.
    pub fn name(&self) -> &'static str {
        match self {
            LaneState::Running => "running",
            LaneState::Blocked { .. } => "blocked",
            LaneState::Sleeping { .. } => "sleeping",
            LaneState::Zombie { code } if *code < 0 => "terminated",
            LaneState::Zombie { .. } => "zombie",
            LaneState::Reaped { code } if *code < 0 => "terminated",
            LaneState::Reaped { .. } => "exited",
        }
    }

    pub fn code(&self) -> Option<i32> {
        match self {
            LaneState::Zombie { code } | LaneState::Reaped { code } => Some(*code),
            _ => None,
        }
    }
}

/// One process's lane.
#[derive(Clone, Debug)]
pub struct Lane {
    pub pid: u32,
    pub ppid: u32,
    pub name: String,
    pub daemon: bool,
    pub state: LaneState,
    /// (since, state name, what it waited on) for the timeline.
    pub history: Vec<(f64, &'static str, Option<String>)>,
    /// Threads other than the main one: tid → state name.
    pub threads: BTreeMap<usize, String>,
}

/// What kind of thing a primitive is, from its name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PrimKind {
    Lock,
    Semaphore,
    Event,
    Condition,
    Barrier,
    Other,
}

#[derive(Clone, Debug)]
pub struct Primitive {
    pub name: String,
    pub kind: PrimKind,
    /// Semaphore permits when created.
    pub capacity: Option<i64>,
    /// Processes inside (a lock's holder; a semaphore's holders, once per permit).
    pub holders: Vec<u32>,
    pub is_set: bool,
    pub last_op: Option<String>,
}

#[derive(Clone, Debug)]
pub struct QueueView {
    pub name: String,
    /// None: unbounded.
    pub maxsize: Option<i64>,
    pub items: VecDeque<String>,
    /// Items put and not yet marked done (JoinableQueue).
    pub unfinished: i64,
    pub puts: u64,
    pub gets: u64,
    /// Items whose get was seen before their put (processes report concurrently).
    pub early_gets: Vec<String>,
}

/// Data processes share, as the views show it: a Value or Array in shared memory (one
/// cell per element), or an object a manager holds (one cell: its repr).
#[derive(Clone, Debug)]
pub struct SharedData {
    pub name: String,
    /// The ctypes type of a Value's or Array's elements (`c_int`); empty for a manager's.
    pub type_name: String,
    pub cells: Vec<String>,
    pub writes: u64,
    /// The process that stored last (a manager's objects are changed by its server).
    pub last_writer: Option<u32>,
}

/// A piece of console output.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleLine {
    pub pid: u32,
    pub stderr: bool,
    pub text: String,
}

/// Console lines kept; older ones are dropped with a notice.
pub const CONSOLE_CAP: usize = 2000;

#[derive(Clone, Debug, Default)]
pub struct RunModel {
    pub lanes: BTreeMap<u32, Lane>,
    pub primitives: BTreeMap<String, Primitive>,
    pub queues: BTreeMap<String, QueueView>,
    pub shared: BTreeMap<String, SharedData>,
    /// The name of the Value or Array whose stores are reported on `Shared #<word>`.
    shared_names: BTreeMap<String, String>,
    /// (pid, tid) → what that thread is blocked on.
    pub blocked: BTreeMap<(u32, usize), String>,
    pub console: VecDeque<ConsoleLine>,
    /// Console lines dropped off the front.
    pub dropped_lines: u64,
    /// The latest clock reading seen.
    pub now: f64,
    pub deadlock: Option<String>,
    pub events_seen: u64,
    /// Children reaped before their exit event arrived (workers report concurrently).
    pub reaped_early: std::collections::BTreeSet<u32>,
    /// The largest number of holders any semaphore had at once, by name.
    pub peak_inside: BTreeMap<String, usize>,
    /// Primitives that are parts of another (a condition's lock and semaphores, a
    /// barrier's condition), drawn as the whole they belong to.
    pub parts: BTreeMap<String, Part>,
}

/// What a primitive is part of.
#[derive(Clone, Debug)]
pub struct Part {
    pub whole: String,
    /// The part is the condition's lock: who holds it holds the condition.
    pub is_lock: bool,
}

/// The kind part of a target such as `Lock #12`.
fn kind_of(target: &str) -> &str {
    target.split(" #").next().unwrap_or(target)
}

fn prim_kind(name: &str) -> Option<PrimKind> {
    let k = kind_of(name);
    let k = k.strip_prefix("threading.").unwrap_or(k);
    Some(match k {
        "Lock" | "RLock" => PrimKind::Lock,
        "Semaphore" | "BoundedSemaphore" => PrimKind::Semaphore,
        "Event" => PrimKind::Event,
        "Condition" => PrimKind::Condition,
        "Barrier" => PrimKind::Barrier,
        _ => return None,
    })
}

fn is_queue(name: &str) -> bool {
    matches!(
        kind_of(name),
        "Queue" | "JoinableQueue" | "SimpleQueue" | "Pipe"
    )
}

impl RunModel {
    /// Folds one trace line in; lines that are not events are ignored.
    pub fn apply_line(&mut self, line: &str) {
        if let Ok(e) = serde_json::from_str::<Event>(line) {
            self.apply(&e);
        }
    }

    pub fn apply(&mut self, e: &Event) {
        self.events_seen += 1;
        if let Some(t) = e.t {
            self.now = self.now.max(t);
        }
        let t = self.now;
        let d = &e.detail;
        match e.kind.as_str() {
            "spawn" => {
                self.lanes.insert(
                    e.pid,
                    Lane {
                        pid: e.pid,
                        ppid: d["ppid"].as_u64().unwrap_or(0) as u32,
                        name: d["name"].as_str().unwrap_or("").to_string(),
                        daemon: d["daemon"].as_bool().unwrap_or(false),
                        state: LaneState::Running,
                        history: vec![(t, "running", None)],
                        threads: BTreeMap::new(),
                    },
                );
            }
            "state" => self.state_change(e, t),
            "print" => {
                let text = d["text"].as_str().unwrap_or("");
                self.print(e.pid, d["stream"] == "stderr", text);
            }
            "exit" => {
                let code = d["code"].as_i64().unwrap_or(0) as i32;
                self.blocked.retain(|(pid, _), _| *pid != e.pid);
                // Its threads end with it.
                if let Some(lane) = self.lanes.get_mut(&e.pid) {
                    lane.threads.clear();
                }
                // The main process has no parent in the run to reap it.
                let orphan = self
                    .lanes
                    .get(&e.pid)
                    .is_some_and(|l| !self.lanes.contains_key(&l.ppid));
                let state = if orphan || self.reaped_early.remove(&e.pid) {
                    LaneState::Reaped { code }
                } else {
                    LaneState::Zombie { code }
                };
                self.set_lane(e.pid, t, state);
            }
            "reap" => {
                let child = d["child"].as_u64().unwrap_or(0) as u32;
                match self.lanes.get(&child).map(|l| l.state.code()) {
                    Some(Some(code)) => self.set_lane(child, t, LaneState::Reaped { code }),
                    _ => {
                        self.reaped_early.insert(child);
                    }
                }
            }
            "op" => {
                if let Some(target) = &e.target {
                    self.op(e.pid, target, d);
                }
            }
            "thread" => {
                if let Some(lane) = self.lanes.get_mut(&e.pid) {
                    let tid = d["tid"].as_u64().unwrap_or(0) as usize;
                    lane.threads.insert(tid, "running".into());
                }
            }
            "deadlock" => self.deadlock = d["report"].as_str().map(str::to_string),
            _ => {}
        }
    }

    fn state_change(&mut self, e: &Event, t: f64) {
        // An ended lane stays ended: an event the page gave up waiting for (`GAP_MS`) is
        // folded in late, after later ones.
        if self
            .lanes
            .get(&e.pid)
            .is_some_and(|l| l.state.code().is_some())
        {
            return;
        }
        let d = &e.detail;
        let tid = d["tid"].as_u64().unwrap_or(0) as usize;
        let state = d["state"].as_str().unwrap_or("running");
        // A wait on a part is a wait on the whole it belongs to.
        let target = e.target.as_ref().map(|on| {
            self.whole_of(on)
                .map(|(w, _)| w)
                .unwrap_or_else(|| on.clone())
        });
        match (state, &target) {
            ("blocked", Some(on)) => {
                self.blocked.insert((e.pid, tid), on.clone());
            }
            _ => {
                self.blocked.remove(&(e.pid, tid));
            }
        }
        if tid != 0 {
            if let Some(lane) = self.lanes.get_mut(&e.pid) {
                if state == "ended" {
                    lane.threads.remove(&tid);
                } else {
                    lane.threads.insert(tid, state.to_string());
                }
            }
            return;
        }
        let new = match state {
            "blocked" => LaneState::Blocked {
                on: target.unwrap_or_else(|| "?".into()),
            },
            "sleeping" => LaneState::Sleeping {
                until: d["until"].as_f64().unwrap_or(t),
            },
            _ => LaneState::Running,
        };
        self.set_lane(e.pid, t, new);
    }

    fn set_lane(&mut self, pid: u32, t: f64, state: LaneState) {
        let Some(lane) = self.lanes.get_mut(&pid) else {
            return;
        };
        if lane.state == state {
            return;
        }
        let on = match &state {
            LaneState::Blocked { on } => Some(on.clone()),
            _ => None,
        };
        lane.history.push((t, state.name(), on));
        lane.state = state;
    }

    fn print(&mut self, pid: u32, stderr: bool, text: &str) {
        // Lines are split at newlines; a piece without one continues the last line of the
        // same process and stream.
        let mut rest = text;
        while !rest.is_empty() {
            let piece = match rest.find('\n') {
                Some(i) => &rest[..i + 1],
                None => rest,
            };
            rest = &rest[piece.len()..];
            match self.console.back_mut() {
                Some(last)
                    if last.pid == pid && last.stderr == stderr && !last.text.ends_with('\n') =>
                {
                    last.text.push_str(piece)
                }
                _ => self.console.push_back(ConsoleLine {
                    pid,
                    stderr,
                    text: piece.to_string(),
                }),
            }
        }
        while self.console.len() > CONSOLE_CAP {
            self.console.pop_front();
            self.dropped_lines += 1;
        }
    }

    fn op(&mut self, pid: u32, target: &str, d: &serde_json::Value) {
        let verb = d["op"].as_str().unwrap_or("");
        let item = d["item"].as_str().map(str::to_string);
        let count = d["count"].as_i64();
        if verb == "new" {
            // The words of a dropped object are handed out again: what was known under its
            // name belongs to the old object.
            self.queues.remove(target);
            self.primitives.remove(target);
            self.parts.remove(target);
            self.shared.remove(target);
        }
        if self.shared_op(pid, target, verb, item.as_deref(), count) {
            return;
        }
        if is_queue(target) {
            let q = self
                .queues
                .entry(target.to_string())
                .or_insert_with(|| QueueView {
                    name: target.to_string(),
                    maxsize: None,
                    items: VecDeque::new(),
                    unfinished: 0,
                    puts: 0,
                    gets: 0,
                    early_gets: Vec::new(),
                });
            match verb {
                "new" => q.maxsize = count.filter(|n| *n > 0),
                "put" => {
                    let item = item.unwrap_or_default();
                    match q.early_gets.iter().position(|x| *x == item) {
                        Some(at) => {
                            q.early_gets.remove(at);
                        }
                        None => q.items.push_back(item),
                    }
                    q.puts += 1;
                    q.unfinished += 1;
                }
                "get" => {
                    let item = item.unwrap_or_default();
                    // Queues are FIFO: the item is almost always the first one.
                    let at = if q.items.front() == Some(&item) {
                        Some(0)
                    } else {
                        q.items.iter().position(|x| *x == item)
                    };
                    match at {
                        Some(at) => {
                            q.items.remove(at);
                        }
                        None => q.early_gets.push(item),
                    }
                    q.gets += 1;
                }
                "task_done" => q.unfinished = (q.unfinished - 1).max(0),
                _ => {}
            }
            return;
        }
        if let Some((whole, holds_whole)) = self.whole_of(target) {
            if holds_whole {
                if let Some(p) = self.primitives.get_mut(&whole) {
                    match verb {
                        "acquire" => p.holders.push(pid),
                        "release" => p.holders.retain(|h| *h != pid),
                        _ => {}
                    }
                }
            }
            return;
        }
        let Some(kind) = prim_kind(target) else {
            return;
        };
        if verb == "new" && matches!(kind, PrimKind::Condition | PrimKind::Barrier) {
            self.add_parts(target, kind, item.as_deref().unwrap_or(""));
        }
        let p = self
            .primitives
            .entry(target.to_string())
            .or_insert_with(|| Primitive {
                name: target.to_string(),
                kind,
                capacity: None,
                holders: Vec::new(),
                is_set: false,
                last_op: None,
            });
        p.last_op = Some(verb.to_string());
        match verb {
            "new" if matches!(kind, PrimKind::Semaphore | PrimKind::Barrier) => p.capacity = count,
            "acquire" => p.holders.push(pid),
            "release" => {
                // A semaphore may be released by a process that did not acquire it.
                let at = p.holders.iter().position(|h| *h == pid);
                let at = at.or((kind == PrimKind::Semaphore && !p.holders.is_empty()).then_some(0));
                if let Some(at) = at {
                    p.holders.remove(at);
                }
            }
            "set" => p.is_set = true,
            "clear" => p.is_set = false,
            _ => {}
        }
        if kind == PrimKind::Semaphore {
            let peak = self.peak_inside.entry(target.to_string()).or_default();
            *peak = (*peak).max(p.holders.len());
        }
    }

    /// Records the parts a condition (`lock | semaphores`) or a barrier (its condition) is
    /// made of, and stops drawing them on their own.
    /// Folds an event about shared data; whether it was one.
    fn shared_op(
        &mut self,
        pid: u32,
        target: &str,
        verb: &str,
        item: Option<&str>,
        count: Option<i64>,
    ) -> bool {
        let kind = kind_of(target);
        let is_cells = matches!(kind, "Value" | "Array");
        if !(is_cells || kind == "Shared" || kind.starts_with("Manager.")) {
            return false;
        }
        if verb == "new" {
            let len = if is_cells {
                count.unwrap_or(1).clamp(0, 4096) as usize
            } else {
                1
            };
            if is_cells {
                let handle = target.trim_start_matches(kind);
                self.shared_names
                    .insert(format!("Shared{handle}"), target.to_string());
            }
            self.shared.insert(
                target.to_string(),
                SharedData {
                    name: target.to_string(),
                    type_name: item.unwrap_or("").to_string(),
                    cells: vec![String::new(); len],
                    writes: 0,
                    last_writer: None,
                },
            );
            return true;
        }
        let (name, at) = match verb {
            "set" => match self.shared_names.get(target) {
                Some(name) => (name.clone(), count.unwrap_or(0).max(0) as usize),
                None => return true,
            },
            "value" => (target.to_string(), 0),
            _ => return true,
        };
        if let Some(data) = self.shared.get_mut(&name) {
            if let Some(cell) = data.cells.get_mut(at) {
                *cell = item.unwrap_or("").to_string();
            }
            data.writes += 1;
            data.last_writer = Some(pid);
        }
        true
    }

    fn add_parts(&mut self, whole: &str, kind: PrimKind, item: &str) {
        let (lock, rest) = match kind {
            PrimKind::Condition => item.split_once(" | ").unwrap_or(("", item)),
            _ => ("", item),
        };
        let parts = std::iter::once((lock, true))
            .chain(rest.split(", ").map(|p| (p, false)))
            .filter(|(p, _)| !p.is_empty());
        for (part, is_lock) in parts {
            self.primitives.remove(part);
            self.parts.insert(
                part.to_string(),
                Part {
                    whole: whole.to_string(),
                    is_lock,
                },
            );
        }
    }

    /// The whole a part belongs to, through parts of parts; and whether holding the part
    /// holds that whole (a condition's own lock).
    pub fn whole_of(&self, target: &str) -> Option<(String, bool)> {
        let first = self.parts.get(target)?;
        let mut whole = &first.whole;
        let mut hops = 0;
        while let Some(p) = self.parts.get(whole.as_str()) {
            whole = &p.whole;
            hops += 1;
            if hops > 8 {
                break;
            }
        }
        Some((whole.clone(), first.is_lock && hops == 0))
    }

    /// When a paused run's clock must move for a step to do something: the wake-up of the
    /// chosen process if it sleeps; with none chosen, the soonest wake-up when no process is
    /// running.
    pub fn wake_for_step(&self, chosen: Option<u32>) -> Option<f64> {
        let until = |l: &Lane| match l.state {
            LaneState::Sleeping { until } => Some(until),
            _ => None,
        };
        match chosen {
            Some(pid) => self.lanes.get(&pid).and_then(until),
            None if self.lanes.values().any(|l| l.state == LaneState::Running) => None,
            None => self.lanes.values().filter_map(until).reduce(f64::min),
        }
    }

    /// Who waits on `target`: (pid, tid) pairs.
    pub fn waiters(&self, target: &str) -> Vec<(u32, usize)> {
        self.blocked
            .iter()
            .filter(|(_, on)| on.as_str() == target)
            .map(|(k, _)| *k)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str]) -> RunModel {
        let mut m = RunModel::default();
        for l in lines {
            m.apply_line(l);
        }
        m
    }

    #[test]
    fn a_finished_child_is_a_zombie_until_reaped() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"spawn","target":null,"detail":{"ppid":1,"name":"MainProcess","daemon":false}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"spawn","target":null,"detail":{"ppid":1000,"name":"Process-1","daemon":true}}"#,
            r#"{"seq":2,"t":1,"pid":1001,"kind":"exit","target":null,"detail":{"code":0}}"#,
        ]);
        assert_eq!(m.lanes[&1001].state.name(), "zombie");
        assert!(m.lanes[&1001].daemon);
        let mut m = m;
        m.apply_line(
            r#"{"seq":3,"t":2,"pid":1000,"kind":"reap","target":null,"detail":{"child":1001}}"#,
        );
        assert_eq!(m.lanes[&1001].state, LaneState::Reaped { code: 0 });
        assert_eq!(m.lanes[&1001].history.len(), 3);
    }

    #[test]
    fn a_terminated_process_stays_ended_whatever_it_reports_after() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"spawn","target":null,"detail":{"ppid":1,"name":"MainProcess","daemon":false}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"spawn","target":null,"detail":{"ppid":1000,"name":"Process-1","daemon":true}}"#,
            r#"{"seq":2,"t":1,"pid":1001,"kind":"exit","target":null,"detail":{"code":-15}}"#,
            r#"{"seq":3,"t":1,"pid":1001,"kind":"state","target":"Queue #4","detail":{"tid":0,"state":"blocked","until":null}}"#,
        ]);
        assert_eq!(m.lanes[&1001].state, LaneState::Zombie { code: -15 });
        assert!(m.waiters("Queue #4").is_empty());
    }

    #[test]
    fn a_queue_made_on_freed_words_starts_empty() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"op","target":"Queue #24","detail":{"op":"new","item":null,"count":2}}"#,
            r#"{"seq":1,"t":0,"pid":1000,"kind":"op","target":"Queue #24","detail":{"op":"put","item":"'old'","count":1}}"#,
            r#"{"seq":2,"t":0,"pid":1000,"kind":"op","target":"Lock #30","detail":{"op":"new","item":null,"count":1}}"#,
            r#"{"seq":3,"t":0,"pid":1000,"kind":"op","target":"Lock #30","detail":{"op":"acquire","item":null,"count":null}}"#,
            r#"{"seq":4,"t":1,"pid":1000,"kind":"op","target":"Queue #24","detail":{"op":"new","item":null,"count":0}}"#,
            r#"{"seq":5,"t":1,"pid":1000,"kind":"op","target":"Lock #30","detail":{"op":"new","item":null,"count":1}}"#,
        ]);
        let q = &m.queues["Queue #24"];
        assert!(q.items.is_empty());
        assert_eq!((q.maxsize, q.puts), (None, 0));
        assert!(m.primitives["Lock #30"].holders.is_empty());
    }

    #[test]
    fn shared_values_arrays_and_manager_objects_show_their_latest_contents() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"op","target":"Value #12","detail":{"op":"new","item":"c_int","count":1}}"#,
            r#"{"seq":1,"t":0,"pid":1000,"kind":"op","target":"Shared #12","detail":{"op":"set","item":"7","count":0}}"#,
            r#"{"seq":2,"t":0,"pid":1001,"kind":"op","target":"Shared #12","detail":{"op":"set","item":"8","count":0}}"#,
            r#"{"seq":3,"t":0,"pid":1000,"kind":"op","target":"Array #40","detail":{"op":"new","item":"c_double","count":3}}"#,
            r#"{"seq":4,"t":0,"pid":1000,"kind":"op","target":"Shared #40","detail":{"op":"set","item":"2.5","count":1}}"#,
            r#"{"seq":5,"t":0,"pid":1002,"kind":"op","target":"Manager.dict #417:1","detail":{"op":"new","item":null,"count":null}}"#,
            r#"{"seq":6,"t":0,"pid":1002,"kind":"op","target":"Manager.dict #417:1","detail":{"op":"value","item":"{'count': 99}","count":null}}"#,
        ]);
        let v = &m.shared["Value #12"];
        assert_eq!(
            (v.type_name.as_str(), v.cells.clone(), v.writes),
            ("c_int", vec!["8".to_string()], 2)
        );
        assert_eq!(v.last_writer, Some(1001));
        assert_eq!(m.shared["Array #40"].cells, ["", "2.5", ""]);
        assert_eq!(m.shared["Manager.dict #417:1"].cells, ["{'count': 99}"]);
        assert!(m.primitives.is_empty() && m.queues.is_empty());
        // Words handed out again make a new object under the same name.
        let mut m = m;
        m.apply_line(r#"{"seq":7,"t":1,"pid":1000,"kind":"op","target":"Value #12","detail":{"op":"new","item":"c_double","count":1}}"#);
        assert_eq!(
            (
                m.shared["Value #12"].writes,
                m.shared["Value #12"].cells[0].as_str()
            ),
            (0, "")
        );
    }

    #[test]
    fn a_thread_is_listed_until_it_ends_or_its_process_does() {
        let mut m = run(&[
            r#"{"seq":0,"t":0,"pid":1001,"kind":"spawn","target":null,"detail":{"ppid":1000,"name":"SyncManager-1","daemon":false}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"thread","target":null,"detail":{"tid":1,"name":"Thread-1","op":"start"}}"#,
            r#"{"seq":2,"t":0,"pid":1001,"kind":"thread","target":null,"detail":{"tid":2,"name":"Thread-2","op":"start"}}"#,
            r#"{"seq":3,"t":0,"pid":1001,"kind":"state","target":"Queue #8","detail":{"tid":2,"state":"blocked","until":null}}"#,
            r#"{"seq":4,"t":1,"pid":1001,"kind":"state","target":null,"detail":{"tid":1,"state":"ended","until":null}}"#,
        ]);
        assert_eq!(m.lanes[&1001].threads.keys().collect::<Vec<_>>(), [&2]);
        m.apply_line(
            r#"{"seq":5,"t":2,"pid":1001,"kind":"exit","target":null,"detail":{"code":0}}"#,
        );
        assert!(m.lanes[&1001].threads.is_empty());
        assert!(m.waiters("Queue #8").is_empty());
    }

    #[test]
    fn a_reap_seen_before_the_exit_still_reaps() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"spawn","target":null,"detail":{"ppid":1,"name":"MainProcess","daemon":false}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"spawn","target":null,"detail":{"ppid":1000,"name":"Process-1","daemon":false}}"#,
            r#"{"seq":3,"t":1,"pid":1000,"kind":"reap","target":null,"detail":{"child":1001}}"#,
            r#"{"seq":2,"t":1,"pid":1001,"kind":"exit","target":null,"detail":{"code":0}}"#,
        ]);
        assert_eq!(m.lanes[&1001].state, LaneState::Reaped { code: 0 });
    }

    #[test]
    fn semaphores_count_who_is_inside_and_waiters_come_from_states() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"op","target":"Semaphore #2","detail":{"op":"new","item":null,"count":2}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"op","target":"Semaphore #2","detail":{"op":"acquire","item":null,"count":1}}"#,
            r#"{"seq":2,"t":0,"pid":1002,"kind":"op","target":"Semaphore #2","detail":{"op":"acquire","item":null,"count":0}}"#,
            r#"{"seq":3,"t":0,"pid":1003,"kind":"state","target":"Semaphore #2","detail":{"tid":0,"state":"blocked","until":null}}"#,
            r#"{"seq":4,"t":1,"pid":1001,"kind":"op","target":"Semaphore #2","detail":{"op":"release","item":null,"count":1}}"#,
        ]);
        let s = &m.primitives["Semaphore #2"];
        assert_eq!(s.capacity, Some(2));
        assert_eq!(s.holders, vec![1002]);
        assert_eq!(m.waiters("Semaphore #2"), vec![(1003, 0)]);
        assert_eq!(m.peak_inside["Semaphore #2"], 2);
    }

    #[test]
    fn a_condition_and_a_barrier_are_drawn_whole_with_their_waiters() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"op","target":"Lock #20","detail":{"op":"new","item":null,"count":1}}"#,
            r#"{"seq":1,"t":0,"pid":1000,"kind":"op","target":"Semaphore #26","detail":{"op":"new","item":null,"count":0}}"#,
            r#"{"seq":2,"t":0,"pid":1000,"kind":"op","target":"Condition #26","detail":{"op":"new","item":"Lock #20 | Semaphore #22, Semaphore #24, Semaphore #26","count":null}}"#,
            r#"{"seq":3,"t":0,"pid":1000,"kind":"op","target":"Barrier #28","detail":{"op":"new","item":"Condition #26","count":3}}"#,
            r#"{"seq":4,"t":0,"pid":1000,"kind":"op","target":"RLock #10","detail":{"op":"new","item":null,"count":1}}"#,
            r#"{"seq":5,"t":0,"pid":1000,"kind":"op","target":"Condition #18","detail":{"op":"new","item":"RLock #10 | Semaphore #14, Semaphore #16, Semaphore #18","count":null}}"#,
            r#"{"seq":6,"t":0,"pid":1001,"kind":"op","target":"Lock #20","detail":{"op":"acquire","item":null,"count":null}}"#,
            r#"{"seq":7,"t":0,"pid":1001,"kind":"state","target":"Semaphore #26","detail":{"tid":0,"state":"blocked","until":null}}"#,
            r#"{"seq":8,"t":0,"pid":1002,"kind":"op","target":"RLock #10","detail":{"op":"acquire","item":null,"count":null}}"#,
            r#"{"seq":9,"t":0,"pid":1003,"kind":"state","target":"RLock #10","detail":{"tid":0,"state":"blocked","until":null}}"#,
            r#"{"seq":10,"t":0,"pid":1004,"kind":"state","target":"Semaphore #18","detail":{"tid":0,"state":"blocked","until":null}}"#,
        ]);
        let names: Vec<&str> = m.primitives.keys().map(String::as_str).collect();
        assert_eq!(names, ["Barrier #28", "Condition #18"]);
        assert_eq!(m.primitives["Barrier #28"].capacity, Some(3));
        assert_eq!(m.waiters("Barrier #28"), vec![(1001, 0)]);
        // The condition's own lock: its holder holds the condition.
        assert_eq!(m.primitives["Condition #18"].holders, vec![1002]);
        assert_eq!(m.waiters("Condition #18"), vec![(1003, 0), (1004, 0)]);
        assert!(
            m.primitives["Barrier #28"].holders.is_empty(),
            "a barrier has no holder"
        );
    }

    #[test]
    fn a_step_moves_the_clock_to_the_wake_up_of_who_sleeps() {
        let spawn = |pid: u32| {
            format!(
                r#"{{"seq":0,"t":0,"pid":{pid},"kind":"spawn","target":null,"detail":{{"ppid":1,"name":"P","daemon":false}}}}"#
            )
        };
        let sleep = |pid: u32, until: f64| {
            format!(
                r#"{{"seq":1,"t":0,"pid":{pid},"kind":"state","target":null,"detail":{{"tid":0,"state":"sleeping","until":{until}}}}}"#
            )
        };
        let mut m = RunModel::default();
        for line in [spawn(1000), spawn(1001), sleep(1001, 2.5)] {
            m.apply_line(&line);
        }
        assert_eq!(m.wake_for_step(None), None, "1000 runs: a step runs it");
        assert_eq!(m.wake_for_step(Some(1001)), Some(2.5));
        assert_eq!(m.wake_for_step(Some(1000)), None);
        m.apply_line(&sleep(1000, 4.0));
        assert_eq!(m.wake_for_step(None), Some(2.5));
    }

    #[test]
    fn queues_hold_items_in_order_and_count_unfinished_tasks() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1000,"kind":"op","target":"JoinableQueue #5","detail":{"op":"new","item":null,"count":3}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"op","target":"JoinableQueue #5","detail":{"op":"put","item":"'a'","count":1}}"#,
            r#"{"seq":2,"t":0,"pid":1001,"kind":"op","target":"JoinableQueue #5","detail":{"op":"put","item":"'b'","count":2}}"#,
            r#"{"seq":3,"t":0,"pid":1002,"kind":"op","target":"JoinableQueue #5","detail":{"op":"get","item":"'a'","count":1}}"#,
            r#"{"seq":4,"t":0,"pid":1002,"kind":"op","target":"JoinableQueue #5","detail":{"op":"task_done","item":null,"count":null}}"#,
        ]);
        let q = &m.queues["JoinableQueue #5"];
        assert_eq!(q.maxsize, Some(3));
        assert_eq!(q.items, vec!["'b'".to_string()]);
        assert_eq!(q.unfinished, 1);
    }

    #[test]
    fn a_get_reported_before_its_put_leaves_the_queue_empty() {
        let m = run(&[
            r#"{"seq":0,"t":0,"pid":1002,"kind":"op","target":"Queue #5","detail":{"op":"get","item":"'a'","count":0}}"#,
            r#"{"seq":1,"t":0,"pid":1001,"kind":"op","target":"Queue #5","detail":{"op":"put","item":"'a'","count":0}}"#,
        ]);
        assert!(m.queues["Queue #5"].items.is_empty());
    }

    #[test]
    fn output_joins_pieces_into_lines_per_process_and_is_capped() {
        let mut m = RunModel::default();
        m.print(1, false, "a");
        m.print(1, false, "b\nc\n");
        m.print(2, true, "x\n");
        assert_eq!(m.console[0].text, "ab\n");
        assert_eq!(m.console[1].text, "c\n");
        assert!(m.console[2].stderr);
        for _ in 0..CONSOLE_CAP {
            m.print(3, false, "y\n");
        }
        assert_eq!(m.console.len(), CONSOLE_CAP);
        assert_eq!(m.dropped_lines, 3);
    }
}
