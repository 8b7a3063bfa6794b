//! The run's views, each drawn from the `RunModel` alone: process lanes with their timeline,
//! primitives, queues and pipes, the console, the files.

use mpplay_web::ansi;
use mpplay_web::model::{LaneState, PrimKind, RunModel};
use yew::prelude::*;

const PALETTE: [&str; 10] = [
    "#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#65a30d",
    "#9333ea", "#ea580c",
];

/// A process's color: by its place in the process table.
pub fn color_of(model: &RunModel, pid: u32) -> &'static str {
    let i = model.lanes.keys().position(|p| *p == pid).unwrap_or(0);
    PALETTE[i % PALETTE.len()]
}

fn chip(model: &RunModel, pid: u32, tid: usize) -> Html {
    let label = if tid == 0 {
        pid.to_string()
    } else {
        format!("{pid}.{tid}")
    };
    let style = format!("background:{}", color_of(model, pid));
    html! { <span class="chip" style={style} data-pid={pid.to_string()}>{label}</span> }
}

fn state_text(state: &LaneState, now: f64) -> String {
    match state {
        LaneState::Running => "running".into(),
        LaneState::Blocked { on } => format!("blocked on {on}"),
        LaneState::Sleeping { until } => format!("sleeping {:.1} s", (until - now).max(0.0)),
        LaneState::Zombie { code } if *code < 0 => format!("terminated ({code}), not reaped"),
        LaneState::Zombie { code } => format!("exited {code}, zombie until reaped"),
        LaneState::Reaped { code } if *code < 0 => format!("terminated ({code})"),
        LaneState::Reaped { code } => format!("exited {code}"),
    }
}

#[derive(Properties)]
pub struct ModelProps {
    pub model: std::rc::Rc<RunModel>,
    #[prop_or_default]
    pub selected: Option<u32>,
    #[prop_or_default]
    pub on_select: Callback<Option<u32>>,
    #[prop_or_default]
    pub show_pids: bool,
}

/// Views redraw when the model is a new one (the app replaces it on every change).
impl PartialEq for ModelProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.model, &other.model)
            && self.selected == other.selected
            && self.show_pids == other.show_pids
    }
}

#[function_component(ProcessView)]
pub fn process_view(p: &ModelProps) -> Html {
    let m = &p.model;
    let lanes = m.lanes.values().map(|lane| {
        let pid = lane.pid;
        let selected = p.selected == Some(pid);
        let on_select = p.on_select.clone();
        let click = Callback::from(move |_| on_select.emit(if selected { None } else { Some(pid) }));
        // Each segment places itself by its own times over the clock (`--span`, set once on
        // the view), so a redraw as the clock moves changes one style, not every segment's.
        let segments = lane.history.iter().enumerate().map(|(i, (from, state, on))| {
            let to = lane.history.get(i + 1).map(|h| h.0);
            let style = match to {
                Some(to) => format!("--from:{from:.3};--to:{to:.3}"),
                None => format!("--from:{from:.3}"),
            };
            let title = match on {
                Some(on) => format!("{state} on {on} from {from:.2} s"),
                None => format!("{state} from {from:.2} s"),
            };
            html! { <span class={classes!("seg", *state, to.is_none().then_some("open"))} style={style} title={title}></span> }
        });
        let threads = lane.threads.iter().map(|(tid, st)| {
            html! { <span class={classes!("thread", st.clone())}>{format!("thread {tid}: {st}")}</span> }
        });
        let code = lane.state.code().map(|c| c.to_string()).unwrap_or_default();
        html! {
            <div class={classes!("lane", lane.state.name(), selected.then_some("selected"))}
                 data-testid={format!("lane-{pid}")} data-state={lane.state.name()}
                 data-exitcode={code} onclick={click}>
                <div class="lane-head">
                    <span class="swatch" style={format!("background:{}", color_of(m, pid))}></span>
                    <span class="pname">{&lane.name}</span>
                    <span class="pid">{format!("pid {pid} · ppid {}", lane.ppid)}</span>
                    if lane.daemon { <span class="badge daemon" data-testid="daemon-badge">{"daemon"}</span> }
                    if matches!(lane.state, LaneState::Zombie { .. }) {
                        <span class="badge zombie" data-testid="zombie-badge">{"zombie"}</span>
                    }
                    <span class="pstate" data-testid="lane-state">{state_text(&lane.state, m.now)}</span>
                </div>
                <div class="timeline">{ for segments }</div>
                if !lane.threads.is_empty() { <div class="threads">{ for threads }</div> }
            </div>
        }
    });
    html! {
        <section class="view processes" data-testid="process-view" style={format!("--span:{:.3}", m.now.max(1e-3))}>
            <h2>{"Processes"} <span class="clock" data-testid="clock">{format!("t = {:.2} s", m.now)}</span></h2>
            if m.lanes.is_empty() { <p class="empty">{"Press Run: each process gets a lane here."}</p> }
            { for lanes }
        </section>
    }
}

#[function_component(PrimitivesView)]
pub fn primitives_view(p: &ModelProps) -> Html {
    let m = &p.model;
    let cards = m.primitives.values().map(|prim| {
        let waiters = m.waiters(&prim.name);
        let body = match prim.kind {
            PrimKind::Semaphore => {
                let cap = prim.capacity.unwrap_or(prim.holders.len() as i64).max(0) as usize;
                let slots = (0..cap.max(prim.holders.len())).map(|i| match prim.holders.get(i) {
                    Some(pid) => html! { <span class="slot full">{chip(m, *pid, 0)}</span> },
                    None => html! { <span class="slot"></span> },
                });
                html! { <div class="slots" data-inside={prim.holders.len().to_string()}>{ for slots }</div> }
            }
            PrimKind::Barrier => {
                // The parties that have arrived wait inside; the last one releases them all.
                let parties = prim.capacity.unwrap_or(0).max(0) as usize;
                let slots = (0..parties.max(waiters.len())).map(|i| match waiters.get(i) {
                    Some((pid, tid)) => html! { <span class="slot full">{chip(m, *pid, *tid)}</span> },
                    None => html! { <span class="slot"></span> },
                });
                html! {
                    <div class="slots" data-arrived={waiters.len().to_string()}>
                        { for slots }
                        <span class="parties">{format!("{} of {parties} waiting", waiters.len())}</span>
                    </div>
                }
            }
            PrimKind::Event => html! {
                <div class={classes!("light", prim.is_set.then_some("on"))} data-set={prim.is_set.to_string()}>
                    { if prim.is_set { "set" } else { "clear" } }
                </div>
            },
            _ => html! {
                <div class="holder">{ if prim.kind == PrimKind::Condition { "lock held by " } else { "held by " } }
                    if prim.holders.is_empty() { {"nobody"} } else { { for prim.holders.iter().map(|h| chip(m, *h, 0)) } }
                </div>
            },
        };
        let waiter_count = waiters.len();
        // A barrier draws its waiters in its slots.
        let waiting = if prim.kind == PrimKind::Barrier { Vec::new() } else { waiters };
        html! {
            <div class={classes!("prim", format!("{:?}", prim.kind).to_lowercase())}
                 data-testid={format!("primitive-{}", prim.name)}
                 data-holders={prim.holders.len().to_string()} data-waiters={waiter_count.to_string()}>
                <div class="prim-name">{&prim.name}</div>
                { body }
                <div class="waiters">
                    if !waiting.is_empty() { {"waiting: "} }
                    { for waiting.iter().map(|(pid, tid)| chip(m, *pid, *tid)) }
                </div>
            </div>
        }
    });
    html! {
        <section class="view primitives" data-testid="primitives-view">
            <h2>{"Locks, semaphores, events, conditions, barriers"}</h2>
            if m.primitives.is_empty() { <p class="empty">{"None used yet."}</p> }
            <div class="cards">{ for cards }</div>
        </section>
    }
}

/// Items drawn per queue; the rest are counted.
const ITEMS_SHOWN: usize = 40;

#[function_component(QueuesView)]
pub fn queues_view(p: &ModelProps) -> Html {
    let m = &p.model;
    let rows = m.queues.values().map(|q| {
        let waiters = m.waiters(&q.name);
        let full = q.maxsize.is_some_and(|n| q.items.len() as i64 >= n);
        let (producers, consumers): (Vec<_>, Vec<_>) =
            waiters.iter().partition(|_| full);
        let free = q
            .maxsize
            .map(|n| (n - q.items.len() as i64).clamp(0, 64) as usize)
            .unwrap_or(0);
        let is_pipe = q.name.starts_with("Pipe");
        let more = q.items.len().saturating_sub(ITEMS_SHOWN);
        let items = q.items.iter().take(ITEMS_SHOWN).enumerate().map(|(i, item)| {
            html! { <span class="item" data-testid="queue-item" key={format!("{}-{i}", q.gets + i as u64)}>{item}</span> }
        });
        html! {
            <div class={classes!("queue", is_pipe.then_some("pipe"))} data-testid={format!("queue-{}", q.name)}
                 data-items={q.items.len().to_string()}>
                <div class="queue-name">
                    {&q.name}
                    { match q.maxsize { Some(n) => format!(" (maxsize {n})"), None => String::new() } }
                    if q.name.starts_with("JoinableQueue") {
                        <span class="unfinished" data-testid="unfinished">{format!(" · unfinished tasks: {}", q.unfinished)}</span>
                    }
                    <span class="traffic">{format!(" · {} put, {} got", q.puts, q.gets)}</span>
                </div>
                <div class="queue-row">
                    <div class="side">{ for producers.iter().map(|(pid, tid)| chip(m, *pid, *tid)) }</div>
                    <div class="cells">
                        if is_pipe { <span class="end">{"send ▸"}</span> }
                        { for items }
                        if more > 0 { <span class="end" data-testid="queue-more">{format!("+{more} more")}</span> }
                        { for (0..free).map(|_| html! { <span class="item free"></span> }) }
                        if is_pipe { <span class="end">{"▸ recv"}</span> }
                    </div>
                    <div class="side">{ for consumers.iter().map(|(pid, tid)| chip(m, *pid, *tid)) }</div>
                </div>
            </div>
        }
    });
    html! {
        <section class="view queues" data-testid="queues-view">
            <h2>{"Queues and pipes"}</h2>
            if m.queues.is_empty() { <p class="empty">{"None used yet."}</p> }
            { for rows }
        </section>
    }
}

/// Elements drawn per shared array; the rest are counted.
const CELLS_SHOWN: usize = 64;

#[function_component(SharedView)]
pub fn shared_view(p: &ModelProps) -> Html {
    let m = &p.model;
    let rows = m.shared.values().map(|data| {
        let more = data.cells.len().saturating_sub(CELLS_SHOWN);
        // Keyed by what it holds, so a cell that changes is drawn anew and flashes.
        let cells = data.cells.iter().take(CELLS_SHOWN).enumerate().map(|(i, cell)| {
            html! { <span class="cell" data-testid="shared-cell" key={format!("{i}-{cell}")}>{cell}</span> }
        });
        html! {
            <div class="shared" data-testid={format!("shared-{}", data.name)} data-writes={data.writes.to_string()}>
                <div class="shared-name">
                    {&data.name}
                    if !data.type_name.is_empty() { {format!(" ({})", data.type_name)} }
                    <span class="traffic">{format!(" · {} writes", data.writes)}</span>
                    if let Some(pid) = data.last_writer { {" · last by "}{chip(m, pid, 0)} }
                </div>
                <div class="cells">
                    { for cells }
                    if more > 0 { <span class="end">{format!("+{more} more")}</span> }
                </div>
            </div>
        }
    });
    html! {
        <section class="view shared-data" data-testid="shared-view">
            <h2>{"Shared data"}</h2>
            if m.shared.is_empty() { <p class="empty">{"None used yet."}</p> }
            { for rows }
        </section>
    }
}

/// Console lines drawn at most.
const CONSOLE_SHOWN: usize = 500;

#[function_component(ConsoleView)]
pub fn console_view(p: &ModelProps) -> Html {
    let m = &p.model;
    // The newest lines are drawn; the model keeps more for the automation API.
    let hidden = m.console.len().saturating_sub(CONSOLE_SHOWN);
    let lines = m.console.iter().skip(hidden).map(|line| {
        let runs = ansi::parse(&line.text).into_iter().map(|r| {
            let mut style = String::new();
            if let Some(fg) = r.fg {
                style.push_str(&format!("color:{fg};"));
            }
            if let Some(bg) = r.bg {
                style.push_str(&format!("background:{bg};"));
            }
            if r.bold {
                style.push_str("font-weight:bold;");
            }
            html! { <span style={style}>{r.text}</span> }
        });
        html! {
            <div class={classes!("line", line.stderr.then_some("stderr"))}
                 style={format!("border-left-color:{}", color_of(m, line.pid))} data-pid={line.pid.to_string()}>
                if p.show_pids { <span class="prefix">{format!("[{}] ", line.pid)}</span> }
                { for runs }
            </div>
        }
    });
    html! {
        <div class="console" data-testid="console">
            if m.dropped_lines > 0 || hidden > 0 {
                <div class="notice" data-testid="console-capped">{format!("… {} earlier lines not shown", m.dropped_lines + hidden as u64)}</div>
            }
            { for lines }
            if let Some(report) = &m.deadlock { <div class="line stderr deadlock">{report}</div> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    pub files: Vec<(String, String)>,
}

#[function_component(FilesView)]
pub fn files_view(p: &FilesProps) -> Html {
    let open = use_state(|| None::<String>);
    let items = p.files.iter().map(|(name, text)| {
        let href = format!(
            "data:text/plain;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(text))
        );
        let toggle = {
            let open = open.clone();
            let name = name.clone();
            Callback::from(move |_| {
                open.set(if open.as_deref() == Some(name.as_str()) {
                    None
                } else {
                    Some(name.clone())
                })
            })
        };
        html! {
            <li data-testid={format!("file-{name}")}>
                <button class="link" onclick={toggle}>{name}</button>
                <span class="size">{format!(" {} bytes ", text.len())}</span>
                <a href={href} download={name.clone()}>{"download"}</a>
                if open.as_deref() == Some(name.as_str()) { <pre class="file-text">{text}</pre> }
            </li>
        }
    });
    html! {
        <section class="view files" data-testid="files-view">
            <h2>{"Files"}</h2>
            if p.files.is_empty() { <p class="empty">{"The run's files appear here when it ends."}</p> }
            <ul>{ for items }</ul>
        </section>
    }
}
