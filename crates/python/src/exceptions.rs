//! Exceptions as Python sees them: `str()` and `repr()` of exception instances, their special
//! attributes (`args`, `__cause__`, `__context__`, `__traceback__`, `value`, `code`,
//! `errno`...), `traceback` objects, and the CPython-format traceback printed for an
//! uncaught exception, including chained ones and SyntaxError's caret.

use crate::error::CompileError;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// `str(exc)` for exception instances without their own `__str__`.
pub fn exc_str(vm: &mut Vm, exc: &Value) -> PyResult<Value> {
    let cls = vm.type_of(exc);
    let args = vm.exc_args(exc);
    if cls.is_subclass(&vm.types.exc.key_error) && args.len() == 1 {
        return Ok(Value::Str(vm.repr(&args[0])?));
    }
    if cls.is_subclass(&vm.types.exc.os_error) && args.len() >= 2 {
        if let Value::Instance(i) = exc {
            if let Some(d) = &i.dict {
                let errno = d
                    .get_str(&PyStr::new("errno".into()))
                    .unwrap_or(Value::None);
                let strerror = d
                    .get_str(&PyStr::new("strerror".into()))
                    .unwrap_or(Value::None);
                let filename = d
                    .get_str(&PyStr::new("filename".into()))
                    .unwrap_or(Value::None);
                let e = vm.to_string(&errno)?;
                let s = vm.to_string(&strerror)?;
                if !filename.is_none() {
                    let f = vm.repr(&filename)?;
                    return Ok(Value::string(format!(
                        "[Errno {}] {}: {}",
                        e,
                        s,
                        f.as_str()
                    )));
                }
                return Ok(Value::string(format!("[Errno {}] {}", e, s)));
            }
        }
    }
    if cls.is_subclass(&vm.types.exc.syntax_error) {
        if let Value::Instance(i) = exc {
            if let Some(d) = &i.dict {
                let msg = d.get_str(&PyStr::new("msg".into()));
                let lineno = d.get_str(&PyStr::new("lineno".into()));
                let filename = d.get_str(&PyStr::new("filename".into()));
                if let (Some(m), Some(Value::Int(l)), Some(Value::Str(f))) = (msg, lineno, filename)
                {
                    let m = vm.to_string(&m)?;
                    return Ok(Value::string(format!("{} ({}, line {})", m, f.as_str(), l)));
                }
            }
        }
    }
    match args.len() {
        0 => Ok(Value::str("")),
        1 => vm.to_str(&args[0]),
        _ => Ok(Value::Str(vm.repr(&Value::tuple(args))?)),
    }
}

/// `repr(exc)`: `ValueError('x')`.
pub fn exc_repr(vm: &mut Vm, exc: &Value) -> PyResult<String> {
    let cls = vm.type_of(exc);
    let args = vm.exc_args(exc);
    let name = cls.name();
    if args.len() == 1 {
        let r = vm.repr(&args[0])?;
        return Ok(format!("{}({})", name.as_str(), r.as_str()));
    }
    let r = vm.repr(&Value::tuple(args))?;
    Ok(format!("{}{}", name.as_str(), r.as_str()))
}

/// Reads the special attributes of an exception instance.
pub fn exc_attr(vm: &mut Vm, inst: &Rc<Instance>, name: &str) -> Option<Value> {
    let st = inst.exc.as_ref()?;
    let v = match name {
        "args" => st.borrow().args.clone(),
        "__cause__" => st.borrow().cause.clone().unwrap_or(Value::None),
        "__context__" => st.borrow().context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::Bool(st.borrow().suppress_context),
        "__traceback__" => {
            let mut entries = st.borrow().traceback.clone();
            // Stored innermost first.
            entries.reverse();
            traceback_object(vm, &entries)
        }
        "value" if inst.class.is_subclass(&vm.types.exc.stop_iteration) => vm
            .exc_args(&Value::Instance(inst.clone()))
            .first()
            .cloned()
            .unwrap_or(Value::None),
        "code" if inst.class.is_subclass(&vm.types.exc.system_exit) => {
            let args = vm.exc_args(&Value::Instance(inst.clone()));
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            }
        }
        "errno" | "strerror" | "filename" | "filename2"
            if inst.class.is_subclass(&vm.types.exc.os_error) =>
        {
            return Some(
                inst.dict
                    .as_ref()
                    .and_then(|d| d.get_str(&PyStr::new(name.to_string())))
                    .unwrap_or(Value::None),
            );
        }
        "msg" if inst.class.is_subclass(&vm.types.exc.syntax_error) => vm
            .exc_args(&Value::Instance(inst.clone()))
            .first()
            .cloned()
            .unwrap_or(Value::None),
        "name" if inst.class.is_subclass(&vm.types.exc.name_error) => Value::None,
        _ => return None,
    };
    Some(v)
}

/// Assigning `args`, `__cause__`, `__context__`, `__suppress_context__`, `__traceback__`.
pub fn set_exc_attr(vm: &mut Vm, inst: &Rc<Instance>, name: &PyStr, value: &Value) -> Option<()> {
    let st = inst.exc.as_ref()?;
    match name.as_str() {
        "args" => {
            let items = match value {
                Value::Tuple(t) => t.items.to_vec(),
                other => vm.collect_iterable(other).ok()?,
            };
            st.borrow_mut().args = Value::tuple(items);
        }
        "__cause__" => {
            let mut s = st.borrow_mut();
            s.cause = if value.is_none() {
                None
            } else {
                Some(value.clone())
            };
            s.suppress_context = true;
        }
        "__context__" => {
            st.borrow_mut().context = if value.is_none() {
                None
            } else {
                Some(value.clone())
            }
        }
        "__suppress_context__" => {
            st.borrow_mut().suppress_context = matches!(value, Value::Bool(true))
        }
        "__traceback__" => {
            set_traceback(inst, value);
        }
        _ => return None,
    }
    Some(())
}

/// Where a traceback was at each frame: the code and the instruction, outermost first.
pub type Entries = Vec<(Rc<crate::bytecode::Code>, u32)>;

/// What a `traceback` object holds: its frame's entry and those of the frames it called.
struct TracebackEntries(Entries);

/// A chain of `traceback` objects (`tb_frame`, `tb_lineno`, `tb_lasti`, `tb_next`) for
/// `entries`, outermost first; None for no entries.
pub fn traceback_object(vm: &mut Vm, entries: &[(Rc<crate::bytecode::Code>, u32)]) -> Value {
    let mut next = Value::None;
    for k in (0..entries.len()).rev() {
        let (code, ip) = &entries[k];
        let line = code.line_at(*ip as usize);
        let locals = Value::Dict(Rc::new(crate::dict::PyDict::new()));
        let frame = crate::modules::sys::frame_object(
            vm,
            code.clone(),
            line,
            Value::None,
            locals,
            Value::None,
        );
        let d = crate::dict::PyDict::new();
        d.set_str_key("tb_frame", frame);
        d.set_str_key("tb_lineno", Value::Int(line as i64));
        d.set_str_key("tb_lasti", Value::Int(2 * *ip as i64));
        d.set_str_key("tb_next", next);
        let held = Box::new(TracebackEntries(entries[k..].to_vec()));
        next = crate::modules::new_object(vm, "builtins.traceback", d, Some(held));
    }
    next
}

/// Keeps `limit` entries of a traceback, as the `traceback` module counts them: from the
/// outermost, or from the innermost when negative.
pub fn apply_limit(entries: &mut Entries, limit: Option<i64>) {
    match limit {
        Some(n) if n >= 0 => entries.truncate(n as usize),
        Some(n) => {
            let keep = (n.unsigned_abs() as usize).min(entries.len());
            entries.drain(..entries.len() - keep);
        }
        None => {}
    }
}

/// The entries of a `traceback` object, outermost first; None if `v` is not one.
pub fn traceback_entries(v: &Value) -> Option<Entries> {
    let Value::Instance(i) = v else {
        return None;
    };
    let native = i.native.borrow();
    let held = native.as_ref()?.downcast_ref::<TracebackEntries>()?;
    Some(held.0.clone())
}

/// Sets an exception's traceback to `tb` (a traceback object or None); false for anything
/// else.
pub fn set_traceback(inst: &Rc<Instance>, tb: &Value) -> bool {
    let Some(st) = inst.exc.as_ref() else {
        return false;
    };
    let entries = if tb.is_none() {
        Vec::new()
    } else {
        match traceback_entries(tb) {
            Some(mut e) => {
                e.reverse();
                e
            }
            None => return false,
        }
    };
    st.borrow_mut().traceback = entries;
    true
}

impl Vm {
    /// The whole report for an uncaught exception: chained exceptions first.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        self.format_exception_chunks(exc, None, true).concat()
    }

    /// The report as `traceback.format_exception` lists it: the header, one chunk per
    /// frame, the exception's own lines, and the chaining messages between exceptions.
    /// `limit` keeps that many frames of each traceback, the outermost (or with a negative
    /// limit, the innermost); `chain` false leaves out the chained exceptions.
    pub fn format_exception_chunks(
        &mut self,
        exc: &Value,
        limit: Option<i64>,
        chain: bool,
    ) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(exc, limit, chain, &mut out, &mut seen);
        out
    }

    fn format_chain(
        &mut self,
        exc: &Value,
        limit: Option<i64>,
        chain: bool,
        out: &mut Vec<String>,
        seen: &mut Vec<usize>,
    ) {
        let id = exc.ptr().unwrap_or(0);
        seen.push(id);
        let (cause, context, suppress) = match exc {
            Value::Instance(i) if chain => match &i.exc {
                Some(st) => {
                    let st = st.borrow();
                    (st.cause.clone(), st.context.clone(), st.suppress_context)
                }
                None => (None, None, false),
            },
            _ => (None, None, false),
        };
        if let Some(c) = cause.filter(|c| !seen.contains(&c.ptr().unwrap_or(0))) {
            self.format_chain(&c, limit, chain, out, seen);
            out.push(
                "\nThe above exception was the direct cause of the following exception:\n\n".into(),
            );
        } else if let Some(c) =
            context.filter(|c| !suppress && !seen.contains(&c.ptr().unwrap_or(0)))
        {
            self.format_chain(&c, limit, chain, out, seen);
            out.push(
                "\nDuring handling of the above exception, another exception occurred:\n\n".into(),
            );
        }
        self.format_traceback(exc, limit, out);
        out.extend(self.format_exception_only(exc));
    }

    /// An exception's traceback: the header and a chunk per frame, outermost first.
    fn format_traceback(&mut self, exc: &Value, limit: Option<i64>, out: &mut Vec<String>) {
        let mut tb: Entries = match exc {
            Value::Instance(i) => i
                .exc
                .as_ref()
                .map(|st| st.borrow().traceback.clone())
                .unwrap_or_default(),
            _ => vec![],
        };
        // Stored innermost first.
        tb.reverse();
        let frames = self.format_entries(tb, limit);
        if !frames.is_empty() {
            out.push("Traceback (most recent call last):\n".into());
            out.extend(frames);
        }
    }

    /// A chunk per frame of traceback `entries` (outermost first), as `traceback.format_tb`
    /// gives them: `limit` keeps that many from the outermost (from the innermost when
    /// negative), and a line repeated more than three times is counted, not shown.
    pub fn format_entries(&mut self, mut tb: Entries, limit: Option<i64>) -> Vec<String> {
        let mut out = Vec::new();
        apply_limit(&mut tb, limit);
        let repeated = |n: usize| {
            let n = n - 2;
            format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            )
        };
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        for (code, ip) in &tb {
            let entry = (
                code.filename.to_string(),
                code.line_at(*ip as usize),
                code.name.as_str().to_string(),
            );
            if last.as_ref() == Some(&entry) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                if repeat >= 3 {
                    out.push(repeated(repeat));
                }
                repeat = 0;
            }
            out.push(self.format_frame(&entry, code.span_at(*ip as usize)));
            last = Some(entry);
        }
        if repeat >= 3 {
            out.push(repeated(repeat));
        }
        out
    }

    /// The lines that name an exception (and, for a SyntaxError, show where it is).
    pub fn format_exception_only(&mut self, exc: &Value) -> Vec<String> {
        let mut out = Vec::new();
        let cls = self.type_of(exc);
        if cls.is_subclass(&self.types.exc.syntax_error) {
            let mut body = String::new();
            self.format_syntax_error_body(exc, &mut body);
            out.extend(body.split_inclusive('\n').map(str::to_string));
        }
        let name = cls.name();
        let module = match cls.dict.get_str(&self.names.module) {
            Some(Value::Str(s)) if s.as_str() != "builtins" && s.as_str() != "__main__" => {
                format!("{}.", s.as_str())
            }
            _ => String::new(),
        };
        let msg = if cls.is_subclass(&self.types.exc.syntax_error) {
            self.exc_args(exc)
                .first()
                .map(|m| self.str_lossy(m))
                .unwrap_or_default()
        } else {
            match self.to_str(exc) {
                Ok(Value::Str(s)) => s.as_str().to_string(),
                _ => "<exception str() failed>".to_string(),
            }
        };
        if msg.is_empty() {
            out.push(format!("{}{}\n", module, name.as_str()));
        } else {
            out.push(format!("{}{}: {}\n", module, name.as_str(), msg));
        }
        out
    }

    /// The calling stack, outermost first: each frame's file, line and function, and that
    /// line's source (empty when unknown).
    pub fn stack_entries(&self) -> Vec<(String, u32, String, String)> {
        self.frames
            .iter()
            .map(|f| {
                let file = f.code.filename.to_string();
                let line = f.code.line_at(f.ip.saturating_sub(1));
                let text = self.source_line(&file, line);
                (file, line, f.code.name.as_str().to_string(), text)
            })
            .collect()
    }

    /// Line `line` of the source of `file`, stripped; empty if the source is not known.
    pub fn source_line(&self, file: &str, line: u32) -> String {
        self.sources
            .get(file)
            .and_then(|src| src.lines().nth(line.saturating_sub(1) as usize))
            .map(|t| t.trim().to_string())
            .unwrap_or_default()
    }

    /// A traceback's entry for one frame: where, its source line, and carets under the
    /// part that raised when that is not the whole line.
    fn format_frame(&mut self, entry: &(String, u32, String), span: Option<(u32, u32)>) -> String {
        let (file, line, name) = entry;
        let mut out = format!("  File \"{}\", line {}, in {}\n", file, line, name);
        let Some(src) = self.sources.get(file).cloned() else {
            return out;
        };
        let Some(text) = src.lines().nth(line.saturating_sub(1) as usize) else {
            return out;
        };
        let stripped = text.trim();
        if stripped.is_empty() {
            return out;
        }
        out.push_str(&format!("    {}\n", stripped));
        if let Some(carets) = span.and_then(|s| caret_line(&src, text, *line, s)) {
            out.push_str(&carets);
        }
        out
    }

    fn format_syntax_error_body(&mut self, exc: &Value, out: &mut String) {
        let Value::Instance(i) = exc else { return };
        let Some(d) = &i.dict else { return };
        let get = |n: &str| d.get_str(&PyStr::new(n.to_string()));
        let filename = match get("filename") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return,
        };
        let lineno = match get("lineno") {
            Some(Value::Int(l)) => l,
            _ => return,
        };
        out.push_str(&format!("  File \"{}\", line {}\n", filename, lineno));
        if let Some(Value::Str(text)) = get("text") {
            let raw = text.as_str().trim_end_matches('\n');
            let stripped = raw.trim_start();
            let indent_chars = raw.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped));
            // No caret for an offset before the shown text (0: CPython's end of input).
            let column = |off: i64| off - 1 - indent_chars as i64;
            if let Some(Value::Int(off)) =
                get("offset").filter(|o| matches!(o, Value::Int(o) if column(*o) >= 0))
            {
                let end = match get("end_offset") {
                    Some(Value::Int(e)) if e > off => e,
                    _ => off + 1,
                };
                let width = ((end - off) as usize).max(1);
                let start = column(off) as usize;
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
    }

    /// A SyntaxError (or IndentationError) instance for a compile error in `source`.
    pub fn syntax_error_value(&mut self, e: &CompileError, source: &str, filename: &str) -> Value {
        let cls = match e.kind {
            crate::error::CompileErrorKind::Syntax => self.types.exc.syntax_error.clone(),
            crate::error::CompileErrorKind::Indentation => self.types.exc.indentation_error.clone(),
            crate::error::CompileErrorKind::Tab => self.types.exc.tab_error.clone(),
        };
        let index = crate::compiler::LineIndex::new(source);
        let line = e.line.unwrap_or_else(|| index.line(e.range.start()));
        let line_start = index.line_start(line) as usize;
        let text = source[line_start.min(source.len())..]
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let col = e.column.unwrap_or_else(|| {
            let off = (e.range.start().to_usize()).clamp(line_start, source.len());
            source[line_start..off].chars().count() as u32 + 1
        });
        let end_col = e.end_column.unwrap_or_else(|| {
            let end = e.range.end().to_usize().clamp(line_start, source.len());
            let same_line = !source[line_start..end].contains('\n');
            if same_line && end > e.range.start().to_usize() {
                source[line_start..end].chars().count() as u32 + 1
            } else {
                col + 1
            }
        });
        let exc = self.new_exception(&cls, vec![Value::string(e.message.clone())]);
        // CPython prints no caret for an unexpected indent.
        let caret = e.message != "unexpected indent";
        if let Value::Instance(i) = &exc {
            if let Some(d) = &i.dict {
                d.set_str_key("msg", Value::string(e.message.clone()));
                d.set_str_key("filename", Value::str(filename));
                d.set_str_key("lineno", Value::Int(line as i64));
                if caret {
                    d.set_str_key("offset", Value::Int(col as i64));
                    d.set_str_key("end_offset", Value::Int(end_col as i64));
                }
                d.set_str_key("text", Value::string(format!("{text}\n")));
            }
        }
        exc
    }
}

/// The `~~~^^^` marker line CPython 3.11 prints under a traceback's source line: `^` under
/// the failing expression, or `~` with `^` on the operator of a binary operation or the
/// brackets of a subscript. None when the expression spans the whole line.
fn caret_line(src: &str, line_text: &str, lineno: u32, (start, end): (u32, u32)) -> Option<String> {
    let line_start = src
        .lines()
        .take(lineno.saturating_sub(1) as usize)
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let (start, end) = (start as usize, end as usize);
    if start < line_start || start > line_start + line_text.len() || end < start {
        return None;
    }
    let col = start - line_start;
    let same_line = end <= line_start + line_text.len();
    let chars = |byte_off: usize| {
        line_text
            .get(..byte_off.min(line_text.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0)
    };
    let start_offset = chars(col);
    let stripped_line = line_text.trim();
    let stripped_chars = line_text.chars().count() - line_text.trim_start().chars().count();
    let (end_offset, anchors) = if same_line {
        let end_col = end - line_start;
        let segment = line_text.get(col..end_col)?;
        (chars(end_col), anchors(segment))
    } else {
        (line_text.trim_end().chars().count(), None)
    };
    let span_len = end_offset.saturating_sub(start_offset);
    let has_anchor_gap = matches!(anchors, Some((l, r)) if r > l);
    if span_len >= stripped_line.chars().count() && !has_anchor_gap {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_offset + 1 - stripped_chars - 1));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat(span_len.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(span_len)),
    }
    out.push('\n');
    Some(out)
}

/// Where the `^` run goes inside a failing expression (character offsets in `segment`):
/// the operator of a binary operation, the brackets of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let seg_chars: Vec<char> = segment.chars().collect();
    let to_chars = |byte: usize| {
        segment
            .get(..byte.min(segment.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0)
    };
    match e.value.as_ref() {
        Expr::BinOp(b) => {
            let op_start = to_chars(b.left.range().end().to_usize());
            let op_end = to_chars(b.right.range().start().to_usize());
            let op_str: String = seg_chars.get(op_start..op_end)?.iter().collect();
            let offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let mut left = op_start + offset;
            let mut right = left + 1;
            let op_chars: Vec<char> = op_str.chars().collect();
            if offset + 1 < op_chars.len() && !op_chars[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < seg_chars.len()
                && (seg_chars[left].is_whitespace()
                    || seg_chars[left] == ')'
                    || seg_chars[left] == '#')
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(sub) => {
            let mut left = to_chars(sub.value.range().end().to_usize());
            let mut right = to_chars(sub.slice.range().end().to_usize()) + 1;
            while left < seg_chars.len() && seg_chars[left] != '[' {
                left += 1;
            }
            while right < seg_chars.len() && seg_chars[right] != ']' {
                right += 1;
            }
            if right < seg_chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
