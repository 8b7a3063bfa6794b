//! The event stream of a run: everything observable, one JSON object per line
//! (`{"seq","t","pid","kind","target","detail"}`), in the order the kernel saw it. The schema
//! is documented in docs/trace.md; the browser's views are drawn from exactly these lines.

use std::io::Write;

/// Something that happened in a run.
#[derive(Clone, Debug)]
pub enum Event {
    Spawn {
        ppid: u32,
        name: String,
        daemon: bool,
    },
    /// A process or thread changed state: `running`, `blocked`, `sleeping`, `ready`.
    State {
        tid: usize,
        state: &'static str,
        on: Option<String>,
        until: Option<f64>,
    },
    Print {
        stream: &'static str,
        text: String,
    },
    Exit {
        code: i32,
    },
    Reap {
        child: u32,
    },
    /// An operation on a primitive, queue or pipe: `what` names it (`lock 3`), `op` is the
    /// verb (`acquire`, `release`, `put`, `get`, ...), `item` the repr of what moved.
    Op {
        what: String,
        op: &'static str,
        item: Option<String>,
        count: Option<i64>,
    },
    Thread {
        tid: usize,
        name: String,
        op: &'static str,
    },
    Deadlock {
        report: String,
    },
}

/// Where events go; disabled unless the run was asked for a trace.
pub struct Trace {
    out: Option<Box<dyn Write + Send>>,
    seq: u64,
    /// Where `seq` comes from when several kernels write one stream (browser workers).
    counter: Option<Box<dyn Fn() -> u64 + Send>>,
}

impl Trace {
    pub fn disabled() -> Trace {
        Trace {
            out: None,
            seq: 0,
            counter: None,
        }
    }

    pub fn to(out: Box<dyn Write + Send>) -> Trace {
        Trace {
            out: Some(out),
            seq: 0,
            counter: None,
        }
    }

    /// Numbers events from a counter shared with other writers of the same stream.
    pub fn counted_by(mut self, counter: Box<dyn Fn() -> u64 + Send>) -> Trace {
        self.counter = Some(counter);
        self
    }

    pub fn enabled(&self) -> bool {
        self.out.is_some()
    }

    pub fn emit(&mut self, t: f64, pid: u32, event: Event) {
        let Some(out) = self.out.as_mut() else { return };
        let (kind, target, detail) = describe(&event);
        if let Some(counter) = &self.counter {
            self.seq = counter();
        }
        let line = format!(
            "{{\"seq\":{},\"t\":{},\"pid\":{},\"kind\":\"{}\",\"target\":{},\"detail\":{}}}\n",
            self.seq,
            number(t),
            pid,
            kind,
            target.map(|s| quote(&s)).unwrap_or_else(|| "null".into()),
            detail
        );
        self.seq += 1;
        let _ = out.write_all(line.as_bytes());
    }

    pub fn flush(&mut self) {
        if let Some(out) = self.out.as_mut() {
            let _ = out.flush();
        }
    }
}

/// kind, target and the detail object of an event.
fn describe(e: &Event) -> (&'static str, Option<String>, String) {
    match e {
        Event::Spawn { ppid, name, daemon } => (
            "spawn",
            None,
            object(&[
                ("ppid", ppid.to_string()),
                ("name", quote(name)),
                ("daemon", daemon.to_string()),
            ]),
        ),
        Event::State {
            tid,
            state,
            on,
            until,
        } => (
            "state",
            on.clone(),
            object(&[
                ("tid", tid.to_string()),
                ("state", quote(state)),
                ("until", until.map(number).unwrap_or_else(|| "null".into())),
            ]),
        ),
        Event::Print { stream, text } => (
            "print",
            None,
            object(&[("stream", quote(stream)), ("text", quote(text))]),
        ),
        Event::Exit { code } => ("exit", None, object(&[("code", code.to_string())])),
        Event::Reap { child } => ("reap", None, object(&[("child", child.to_string())])),
        Event::Op {
            what,
            op,
            item,
            count,
        } => (
            "op",
            Some(what.clone()),
            object(&[
                ("op", quote(op)),
                (
                    "item",
                    item.as_deref().map(quote).unwrap_or_else(|| "null".into()),
                ),
                (
                    "count",
                    count
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| "null".into()),
                ),
            ]),
        ),
        Event::Thread { tid, name, op } => (
            "thread",
            None,
            object(&[
                ("tid", tid.to_string()),
                ("name", quote(name)),
                ("op", quote(op)),
            ]),
        ),
        Event::Deadlock { report } => ("deadlock", None, object(&[("report", quote(report))])),
    }
}

fn object(fields: &[(&str, String)]) -> String {
    let parts: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    format!("{{{}}}", parts.join(","))
}

fn number(t: f64) -> String {
    if t.is_finite() {
        format!("{:.6}", t)
    } else {
        "null".into()
    }
}

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
