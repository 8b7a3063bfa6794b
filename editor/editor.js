// The playground's code editor: CodeMirror 6 with Python highlighting, wrapped in a
// few plain functions that the Rust app imports through wasm-bindgen. Besides text
// editing it shows, per line, which processes are there (a gutter of colored labels
// and a tinted line) and one error line (wavy underline, message as tooltip). Both
// live in state fields, so they move with the text while the user edits.
import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { EditorView, Decoration, GutterMarker, gutter } from "@codemirror/view";
import { StateField, StateEffect, RangeSet, Annotation } from "@codemirror/state";

// Effects that replace the markers / the error; `fromHost` tags changes made by editorSetDoc.
const setMarkersEffect = StateEffect.define();
const setErrorEffect = StateEffect.define();
const fromHost = Annotation.define();

// A line shows this many processes' chips (and stripes); the rest are counted ("+95"),
// as the course's KTV puts a hundred processes on one line.
const SHOWN_PER_LINE = 4;

const sameItems = (a, b) =>
  a.length === b.length && a.every((m, i) => m.label === b[i].label && m.color === b[i].color);

// Labels of the processes on one line, drawn as small colored chips.
class ProcessMarker extends GutterMarker {
  constructor(items) { super(); this.items = items; }
  eq(other) { return sameItems(other.items, this.items); }
  toDOM() {
    const box = document.createElement("span");
    box.className = "cm-mp-chips";
    box.title = this.items.map((m) => m.label).join(", ");
    for (const m of this.items.slice(0, SHOWN_PER_LINE)) {
      const chip = box.appendChild(document.createElement("span"));
      chip.className = "cm-mp-chip";
      chip.style.background = m.color;
      chip.textContent = m.label;
    }
    if (this.items.length > SHOWN_PER_LINE) {
      const more = box.appendChild(document.createElement("span"));
      more.className = "cm-mp-more";
      more.textContent = `+${this.items.length - SHOWN_PER_LINE}`;
    }
    return box;
  }
}

// Background for a line: the marker color at 15%; several markers become stripes.
function tint(items) {
  const c = items.slice(0, SHOWN_PER_LINE).map((m) => `color-mix(in srgb, ${m.color} 15%, transparent)`);
  return c.length === 1 ? `background-color: ${c[0]}` : `background: linear-gradient(90deg, ${c.join(", ")})`;
}

// Turns the host's marker list into gutter markers and line decorations.
function buildMarkers(doc, list) {
  const byLine = new Map();
  for (const m of Array.isArray(list) ? list : []) {
    const n = Number(m && m.line);
    if (!Number.isInteger(n) || n < 1 || n > doc.lines) continue; // out of range: ignored
    if (!byLine.has(n)) byLine.set(n, []);
    byLine.get(n).push({ color: String(m.color ?? "gray"), label: String(m.label ?? "") });
  }
  const gutters = [], lines = [];
  for (const n of [...byLine.keys()].sort((a, b) => a - b)) {
    const at = doc.line(n).from, items = byLine.get(n);
    gutters.push(new ProcessMarker(items).range(at));
    lines.push(Decoration.line({ attributes: { style: tint(items) } }).range(at));
  }
  return { gutter: RangeSet.of(gutters), lines: Decoration.set(lines) };
}

const noMarkers = { gutter: RangeSet.empty, lines: Decoration.none };

const markersField = StateField.define({
  create: () => noMarkers,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setMarkersEffect)) return buildMarkers(tr.state.doc, e.value);
    if (!tr.docChanged) return value;
    return { gutter: value.gutter.map(tr.changes), lines: value.lines.map(tr.changes) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.lines),
});

const errorField = StateField.define({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) {
      if (!e.is(setErrorEffect)) continue;
      const { line, message } = e.value;
      if (!(line >= 1 && line <= tr.state.doc.lines)) return Decoration.none; // 0 or out of range: clear
      const deco = Decoration.line({ class: "cm-mp-error-line", attributes: { title: message } });
      return Decoration.set([deco.range(tr.state.doc.line(line).from)]);
    }
    return value.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

const theme = EditorView.theme({
  // Fill the wrapper (see createEditor) and scroll inside.
  "&": { height: "100%" },
  ".cm-scroller": { overflow: "auto", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
  ".cm-mp-gutter .cm-gutterElement": { display: "flex", alignItems: "center", padding: "0 3px" },
  ".cm-mp-gutter": { minWidth: "8px" },
  ".cm-mp-chips": { display: "inline-flex", gap: "2px" },
  ".cm-mp-chip": {
    borderRadius: "3px", padding: "0 3px", fontSize: "10px", lineHeight: "14px",
    color: "#fff", fontWeight: "600", textShadow: "0 0 2px rgba(0,0,0,0.6)",
  },
  ".cm-mp-more": { fontSize: "10px", lineHeight: "14px", color: "#475569", fontWeight: "600" },
  ".cm-mp-error-line": {
    textDecoration: "underline wavy #e11d48", textDecorationSkipInk: "none", textUnderlineOffset: "3px",
  },
});

// Creates an editor inside `parent` (a flex child) holding `doc`; `onChange(text)` runs
// after each user edit, deferred to a microtask and coalesced, never for editorSetDoc.
export function createEditor(parent, doc, onChange) {
  // An absolutely placed wrapper fills the parent, so the parent's size never follows the
  // text (CodeMirror's own root insists on position: relative, hence the extra element).
  if (getComputedStyle(parent).position === "static") parent.style.position = "relative";
  parent.style.minHeight = parent.style.minHeight || "0";
  const box = parent.appendChild(document.createElement("div"));
  box.className = "mp-editor-box";
  box.style.cssText = "position: absolute; inset: 0;";
  const handle = { view: null, pending: false };
  const notify = EditorView.updateListener.of((u) => {
    if (!u.docChanged || u.transactions.every((tr) => tr.annotation(fromHost)) || handle.pending) return;
    handle.pending = true;
    queueMicrotask(() => {
      handle.pending = false;
      if (handle.view && typeof onChange === "function") onChange(handle.view.state.doc.toString());
    });
  });
  handle.view = new EditorView({
    doc: String(doc ?? ""),
    parent: box,
    extensions: [
      // Listed before basicSetup so this gutter sits left of the line numbers.
      gutter({ class: "cm-mp-gutter", markers: (v) => v.state.field(markersField).gutter }),
      basicSetup, python(), markersField, errorField, theme, notify,
    ],
  });
  return handle;
}

export function editorGetDoc(handle) {
  return handle.view.state.doc.toString();
}

// Replaces the whole text; clears markers and the error. Does not call onChange.
export function editorSetDoc(handle, text) {
  const view = handle.view;
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: String(text ?? "") },
    effects: [setMarkersEffect.of([]), setErrorEffect.of({ line: 0, message: "" })],
    annotations: fromHost.of(true),
  });
}

// markersJson: '[{"line": 3, "color": "#2563eb", "label": "1001"}, ...]'; "[]" clears.
export function editorSetMarkers(handle, markersJson) {
  let list = [];
  try { list = JSON.parse(markersJson); } catch { list = []; }
  handle.view.dispatch({ effects: setMarkersEffect.of(list) });
}

// Marks one 1-based line as the error line with `message` as its tooltip; line 0 clears.
export function editorSetError(handle, line, message) {
  handle.view.dispatch({ effects: setErrorEffect.of({ line: Number(line) || 0, message: String(message ?? "") }) });
}

export function editorFocus(handle) {
  handle.view.focus();
}
