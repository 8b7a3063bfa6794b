//! The matching core of Python's `re` module (CPython 3.11 semantics) for mpplay.
//!
//! Job: parse a Python regular expression exactly like CPython's `re._parser`
//! (same grammar, same group numbering, same `re.error` messages and positions),
//! translate it into an equivalent pattern for the `fancy-regex` engine, and run
//! matches with Python's rules: `pos`/`endpos`, `match`/`fullmatch`/`search`
//! anchoring, the 3.7+ empty-match rules of `findall`/`finditer`/`sub`/`split`,
//! replacement templates (`\1`, `\g<name>`, ...) and `re.escape`.
//!
//! Boundary: this module knows nothing about Python objects. It works on `&str`
//! subjects and reports every offset in CHARACTERS (Python `str` indices);
//! the interpreter wraps [`Regex`], [`Captures`] and [`Template`] into `Pattern`
//! and `Match` objects and turns `Err(String)` into `re.error`. It uses only
//! `std` and `fancy_regex`.
//!
//! Engine notes: the `fancy-regex` build used by mpplay has no Unicode tables
//! (regex-syntax without its `unicode` features), so the translation never
//! relies on them: `\d`, `\w`, `\s`, case-insensitivity and `\b` are expanded
//! here into explicit character ranges taken from CPython 3.11 (Unicode 14.0),
//! and word boundaries into look-arounds.

#![allow(dead_code)]

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

/// `re.TEMPLATE` (CPython value; as in 3.11, repetitions are then rejected).
pub const TEMPLATE: u32 = 1;
/// `re.IGNORECASE` / `re.I`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE` (rejected for str patterns, as in CPython).
pub const LOCALE: u32 = 4;
/// `re.MULTILINE` / `re.M`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL` / `re.S`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE` / `re.U` (implied for str patterns unless ASCII is given).
pub const UNICODE: u32 = 32;
/// `re.VERBOSE` / `re.X`.
pub const VERBOSE: u32 = 64;
/// `re.DEBUG` (accepted; nothing is printed).
pub const DEBUG: u32 = 128;
/// `re.ASCII` / `re.A`.
pub const ASCII: u32 = 256;

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: u64 = 1_073_741_823;
/// Backtracking budget of one search in the backtracking VM. CPython has no
/// limit; this only stops catastrophic patterns (they get an error instead).
const BACKTRACK_LIMIT: usize = 100_000_000;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// A compiled Python pattern.
pub struct Regex {
    pattern: String,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// For each group, the innermost enclosing capturing group (0 = none).
    parents: Vec<usize>,
    translated: String,
    main: fancy_regex::Regex,
    /// Same pattern, compiled so that it never returns an empty match
    /// (used only after an empty match, for CPython's "must advance" rule).
    not_empty: OnceLock<Result<Option<fancy_regex::Regex>, String>>,
    /// `(?:pattern)\z`, used by fullmatch when the plain anchored match does
    /// not end at endpos.
    full: OnceLock<Result<fancy_regex::Regex, String>>,
}

impl std::fmt::Debug for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Regex")
            .field("pattern", &self.pattern)
            .field("flags", &self.flags)
            .field("groups", &self.groups)
            .finish()
    }
}

/// Where a match must start / end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `Pattern.search`: the leftmost match at or after `pos`.
    Search,
    /// `Pattern.match`: a match starting exactly at `pos`.
    Match,
    /// `Pattern.fullmatch`: a match starting at `pos` and ending at `endpos`.
    FullMatch,
}

/// A match: for each group (0 = whole match) its (start, end) in CHARACTER
/// offsets of the subject, or None if the group did not take part.
#[derive(Clone, Debug, PartialEq)]
pub struct Captures {
    /// `spans[i]` is the span of group `i`; its length is `group_count() + 1`.
    pub spans: Vec<Option<(usize, usize)>>,
}

/// Byte spans of one match (internal form).
type ByteCaps = Vec<Option<(usize, usize)>>;

impl Regex {
    /// Compiles `pattern` with the given flags (CPython flag values).
    /// Errors carry CPython's message, e.g. `nothing to repeat at position 0`.
    pub fn new(pattern: &str, flags: u32) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let parsed = parse(&chars, flags).map_err(|e| e.render(&chars))?;
        let translated = translate(&parsed).map_err(|e| e.render(&chars))?;
        let main = build_fancy(&translated, false)?;
        let mut names: Vec<(String, usize)> = parsed.state.groupdict.clone();
        names.sort_by_key(|(_, i)| *i);
        let mut parents = vec![0; parsed.state.groups()];
        collect_parents(&parsed.nodes, 0, &mut parents);
        Ok(Regex {
            pattern: pattern.to_string(),
            flags: parsed.state.flags,
            groups: parsed.state.groups() - 1,
            names,
            parents,
            translated,
            main,
            not_empty: OnceLock::new(),
            full: OnceLock::new(),
        })
    }

    /// The flags as CPython reports `pattern.flags` (includes UNICODE=32 for
    /// str patterns without ASCII, and inline global flags such as `(?i)`).
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// The number of capturing groups (excluding group 0).
    pub fn group_count(&self) -> usize {
        self.groups
    }

    /// The named groups `(name, index)`, in order of group index.
    pub fn group_names(&self) -> Vec<(String, usize)> {
        self.names.clone()
    }

    /// `Match.lastindex` for a match of this pattern: the matched group that
    /// was closed last (by end offset; an enclosing group closes after the
    /// groups inside it, a later group after an earlier one). None when no
    /// group took part.
    pub fn lastindex(&self, caps: &Captures) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None; // (group, end)
        for (g, span) in caps.spans.iter().enumerate().skip(1) {
            let Some((_, end)) = *span else { continue };
            let better = match best {
                None => true,
                Some((b, bend)) => end > bend || end == bend && !self.is_ancestor(b, g),
            };
            if better {
                best = Some((g, end));
            }
        }
        best.map(|(g, _)| g)
    }

    /// Whether group `a` encloses group `b`.
    fn is_ancestor(&self, a: usize, b: usize) -> bool {
        let mut cur = b;
        let mut steps = 0;
        while cur != 0 && steps <= self.parents.len() {
            cur = self.parents.get(cur).copied().unwrap_or(0);
            if cur == a {
                return true;
            }
            steps += 1;
        }
        false
    }

    /// The source pattern.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The pattern as handed to fancy-regex (for debugging).
    pub fn translated(&self) -> &str {
        &self.translated
    }

    /// One match attempt over subject[pos..endpos] (character offsets), with
    /// Python's semantics: `^`/`\A` only match at the real start of the subject
    /// (or after a newline with MULTILINE), look-behind and `\b` see the
    /// characters before `pos`, and `endpos` behaves like truncating the
    /// subject. Pass `usize::MAX` as `endpos` for "no endpos" (cheapest).
    pub fn find(
        &self,
        subject: &str,
        pos: usize,
        endpos: usize,
        anchor: Anchor,
    ) -> Result<Option<Captures>, String> {
        let Some(win) = Window::new(subject, pos, endpos) else {
            return Ok(None);
        };
        let hay = win.hay;
        let caps = match anchor {
            Anchor::Search => self.run(&self.main, hay, win.pos_b, false)?,
            Anchor::Match => self.run(&self.main, hay, win.pos_b, true)?,
            Anchor::FullMatch => match self.run(&self.main, hay, win.pos_b, true)? {
                Some(c) if matches!(c.first(), Some(Some((_, e))) if *e == hay.len()) => Some(c),
                None => None,
                Some(_) => {
                    let full = self.full_regex()?;
                    self.run(full, hay, win.pos_b, true)?
                }
            },
        };
        let mut cur = CharCursor::new(hay, win.pos_b, win.pos_c);
        Ok(caps.map(|c| cur.convert(&c)))
    }

    /// Every non-overlapping match from pos, with CPython 3.7+ rules for empty
    /// matches (an empty match may follow right after a non-empty one; after
    /// an empty match the next match must not be empty at the same place) —
    /// the loop behind findall, finditer and sub.
    pub fn find_all(
        &self,
        subject: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Vec<Captures>, String> {
        let Some(win) = Window::new(subject, pos, endpos) else {
            return Ok(Vec::new());
        };
        let mut cur = CharCursor::new(win.hay, win.pos_b, win.pos_c);
        let mut out = Vec::new();
        self.scan(win.hay, win.pos_b, usize::MAX, |c| {
            out.push(cur.convert(c));
        })?;
        Ok(out)
    }

    /// One step of the finditer loop, for callers that iterate lazily: the
    /// next match at or after `pos` (char offset) within `endpos`. Pass
    /// `must_advance = true` when the previous match was empty and ended at
    /// `pos` (then a match starting at `pos` must not be empty), as CPython's
    /// scanner does. `find_all` is this step repeated.
    pub fn find_next(
        &self,
        subject: &str,
        pos: usize,
        endpos: usize,
        must_advance: bool,
    ) -> Result<Option<Captures>, String> {
        let Some(win) = Window::new(subject, pos, endpos) else {
            return Ok(None);
        };
        let caps = if must_advance {
            self.next_advancing(win.hay, win.pos_b)?
        } else {
            self.run(&self.main, win.hay, win.pos_b, false)?
        };
        let mut cur = CharCursor::new(win.hay, win.pos_b, win.pos_c);
        Ok(caps.map(|c| cur.convert(&c)))
    }

    /// re.split: pieces with captured groups interleaved (None for groups that
    /// did not participate); maxsplit 0 = all.
    pub fn split(&self, subject: &str, maxsplit: usize) -> Result<Vec<Option<String>>, String> {
        let limit = if maxsplit == 0 { usize::MAX } else { maxsplit };
        let mut out = Vec::new();
        let mut last = 0usize;
        self.scan(subject, 0, limit, |c| {
            if let Some(Some((s, e))) = c.first() {
                out.push(Some(subject.get(last..*s).unwrap_or("").to_string()));
                for g in c.iter().skip(1) {
                    out.push(g.map(|(a, b)| subject.get(a..b).unwrap_or("").to_string()));
                }
                last = *e;
            }
        })?;
        out.push(Some(subject.get(last..).unwrap_or("").to_string()));
        Ok(out)
    }

    /// re.sub / re.subn with a parsed template: returns the new string and the
    /// number of replacements; `count` 0 = all. (Works on byte offsets
    /// internally, so it is linear in the subject size.)
    pub fn sub(
        &self,
        template: &Template,
        subject: &str,
        count: usize,
    ) -> Result<(String, usize), String> {
        let limit = if count == 0 { usize::MAX } else { count };
        let mut out = String::with_capacity(subject.len());
        let mut last = 0usize;
        let mut n = 0usize;
        self.scan(subject, 0, limit, |c| {
            if let Some(Some((s, e))) = c.first() {
                out.push_str(subject.get(last..*s).unwrap_or(""));
                template.expand_bytes(subject, c, &mut out);
                last = *e;
                n += 1;
            }
        })?;
        out.push_str(subject.get(last..).unwrap_or(""));
        Ok((out, n))
    }

    /// The match loop shared by find_all, split and sub (byte offsets).
    fn scan(
        &self,
        hay: &str,
        start: usize,
        limit: usize,
        mut f: impl FnMut(&ByteCaps),
    ) -> Result<(), String> {
        let mut p = start;
        let mut must_advance = false;
        let mut n = 0usize;
        while p <= hay.len() && n < limit {
            let m = if must_advance {
                self.next_advancing(hay, p)?
            } else {
                self.run(&self.main, hay, p, false)?
            };
            let Some(c) = m else { break };
            let Some(Some((s, e))) = c.first().copied() else {
                break;
            };
            if e < p {
                break;
            }
            must_advance = s == e;
            p = e;
            n += 1;
            f(&c);
        }
        Ok(())
    }

    /// A search from `p` in which a match starting at `p` must not be empty
    /// (CPython's `must_advance`).
    fn next_advancing(&self, hay: &str, p: usize) -> Result<Option<ByteCaps>, String> {
        match self.not_empty_regex() {
            Ok(Some(ne)) => {
                if let Some(c) = self.run(ne, hay, p, true)? {
                    return Ok(Some(c));
                }
            }
            Ok(None) => {}
            Err(_) => {
                // Fallback if the non-empty variant cannot be built: accept the
                // plain anchored match when it is not empty.
                if let Some(c) = self.run(&self.main, hay, p, true)? {
                    if matches!(c.first(), Some(Some((_, e))) if *e > p) {
                        return Ok(Some(c));
                    }
                }
            }
        }
        if p >= hay.len() {
            return Ok(None);
        }
        let q = next_boundary(hay, p);
        self.run(&self.main, hay, q, false)
    }

    fn not_empty_regex(&self) -> Result<Option<&fancy_regex::Regex>, String> {
        let r = self.not_empty.get_or_init(|| {
            let t = self.translated.clone();
            let built = catch_unwind(AssertUnwindSafe(|| {
                fancy_regex::RegexBuilder::new(&t)
                    .backtrack_limit(BACKTRACK_LIMIT)
                    .find_not_empty(true)
                    .build()
            }));
            match built {
                Ok(Ok(r)) => Ok(Some(r)),
                Ok(Err(fancy_regex::Error::CompileError(e)))
                    if matches!(*e, fancy_regex::CompileError::PatternCanNeverMatch) =>
                {
                    Ok(None)
                }
                Ok(Err(e)) => Err(format!("internal regex engine error: {e}")),
                Err(_) => Err("internal regex engine error".to_string()),
            }
        });
        match r {
            Ok(o) => Ok(o.as_ref()),
            Err(e) => Err(e.clone()),
        }
    }

    fn full_regex(&self) -> Result<&fancy_regex::Regex, String> {
        let r = self
            .full
            .get_or_init(|| build_fancy(&format!("(?:{})\\z", self.translated), false));
        match r {
            Ok(r) => Ok(r),
            Err(e) => Err(e.clone()),
        }
    }

    /// Runs one search (or anchored match) of `re` in `hay` from byte `p`.
    fn run(
        &self,
        re: &fancy_regex::Regex,
        hay: &str,
        p: usize,
        anchored: bool,
    ) -> Result<Option<ByteCaps>, String> {
        if p > hay.len() || !hay.is_char_boundary(p) {
            return Ok(None);
        }
        let n = self.groups + 1;
        let res = catch_unwind(AssertUnwindSafe(|| {
            let input = fancy_regex::RegexInput::new(hay)
                .from_pos(p)
                .anchored(anchored);
            match re.captures_input(input) {
                Ok(Some(c)) => {
                    let mut v = Vec::with_capacity(n);
                    for i in 0..n {
                        v.push(c.get(i).map(|m| (m.start(), m.end())));
                    }
                    Ok(Some(v))
                }
                Ok(None) => Ok(None),
                Err(e) => Err(runtime_message(&e)),
            }
        }));
        match res {
            Ok(r) => r,
            Err(_) => Err("internal regex engine error".to_string()),
        }
    }
}

fn runtime_message(e: &fancy_regex::Error) -> String {
    match e {
        fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded) => {
            "regular expression backtracking limit exceeded".to_string()
        }
        other => format!("internal regex engine error: {other}"),
    }
}

fn build_fancy(translated: &str, not_empty: bool) -> Result<fancy_regex::Regex, String> {
    let built = catch_unwind(AssertUnwindSafe(|| {
        fancy_regex::RegexBuilder::new(translated)
            .backtrack_limit(BACKTRACK_LIMIT)
            .find_not_empty(not_empty)
            .build()
    }));
    match built {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(fancy_regex::Error::ParseError(_, fancy_regex::ParseError::RecursionExceeded))) => {
            Err("too many nested groups for the regex engine".to_string())
        }
        Ok(Err(e)) => Err(format!("pattern not supported by the regex engine: {e}")),
        Err(_) => Err("internal regex engine error".to_string()),
    }
}

/// The part of the subject a match may use: `hay` is the subject truncated at
/// `endpos`; `pos_b`/`pos_c` are the start as byte and char offsets.
struct Window<'a> {
    hay: &'a str,
    pos_b: usize,
    pos_c: usize,
}

impl<'a> Window<'a> {
    /// None when `pos > endpos` (CPython then finds nothing, not even '').
    fn new(subject: &'a str, pos: usize, endpos: usize) -> Option<Window<'a>> {
        let pos_b = advance_chars(subject, 0, pos);
        let pos_c = if pos_b == subject.len() {
            count_chars(subject, 0, pos_b)
        } else {
            pos
        };
        let end_b = if endpos >= subject.len() {
            subject.len()
        } else if endpos <= pos {
            if endpos < pos_c {
                return None;
            }
            pos_b
        } else {
            advance_chars(subject, pos_b, endpos - pos)
        };
        if end_b < pos_b {
            return None;
        }
        Some(Window {
            hay: subject.get(..end_b).unwrap_or(subject),
            pos_b,
            pos_c,
        })
    }
}

/// Converts byte offsets to char offsets, moving a cursor (cheap for nearby offsets).
struct CharCursor<'a> {
    s: &'a str,
    b: usize,
    c: usize,
}

impl<'a> CharCursor<'a> {
    fn new(s: &'a str, b: usize, c: usize) -> Self {
        CharCursor { s, b, c }
    }

    fn char_of(&mut self, b: usize) -> usize {
        if b >= self.b {
            self.c += count_chars(self.s, self.b, b);
        } else {
            self.c -= count_chars(self.s, b, self.b);
        }
        self.b = b;
        self.c
    }

    fn convert(&mut self, caps: &ByteCaps) -> Captures {
        let spans = caps
            .iter()
            .map(|g| {
                g.map(|(s, e)| {
                    let cs = self.char_of(s);
                    let ce = self.char_of(e);
                    (cs, ce)
                })
            })
            .collect();
        Captures { spans }
    }
}

/// Number of chars in `s[a..b]` (byte offsets on char boundaries).
fn count_chars(s: &str, a: usize, b: usize) -> usize {
    match s.as_bytes().get(a..b) {
        Some(bytes) => bytes.iter().filter(|&&x| (x as i8) >= -0x40).count(),
        None => 0,
    }
}

/// Byte offset reached by moving `n` chars forward from byte `from`
/// (clamped to the end of `s`).
fn advance_chars(s: &str, from: usize, n: usize) -> usize {
    let bytes = match s.as_bytes().get(from..) {
        Some(b) => b,
        None => return s.len(),
    };
    if n == 0 {
        return from;
    }
    if n <= bytes.len() && bytes[..n].is_ascii() {
        return from + n;
    }
    let mut remaining = n;
    let mut i = 0usize;
    while i + 64 <= bytes.len() {
        let cnt = bytes[i..i + 64]
            .iter()
            .filter(|&&x| (x as i8) >= -0x40)
            .count();
        if cnt > remaining {
            break;
        }
        remaining -= cnt;
        i += 64;
    }
    while i < bytes.len() {
        if (bytes[i] as i8) >= -0x40 {
            if remaining == 0 {
                return from + i;
            }
            remaining -= 1;
        }
        i += 1;
    }
    s.len()
}

/// The byte offset of the char after the one starting at `p`.
fn next_boundary(s: &str, p: usize) -> usize {
    let mut q = p + 1;
    while q < s.len() && !s.is_char_boundary(q) {
        q += 1;
    }
    q.min(s.len())
}

/// Convenience: the substring of subject between two char offsets (clamped).
pub fn char_slice(subject: &str, start: usize, end: usize) -> &str {
    let a = advance_chars(subject, 0, start);
    let b = if end <= start {
        a
    } else {
        advance_chars(subject, a, end - start)
    };
    subject.get(a..b).unwrap_or("")
}

/// re.escape: backslash-escapes the characters CPython 3.7+ escapes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '(' | ')' | '[' | ']' | '{' | '}' | '?' | '*' | '+' | '-' | '|' | '^' | '$' | '\\'
            | '.' | '&' | '~' | '#' | ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// A parse error before rendering: CPython's message and position (char index).
#[derive(Debug)]
struct PErr {
    msg: String,
    pos: Option<usize>,
}

impl PErr {
    fn plain(msg: impl Into<String>) -> PErr {
        PErr {
            msg: msg.into(),
            pos: None,
        }
    }

    /// Renders like `str(re.error(msg, pattern, pos))`.
    fn render(&self, pattern: &[char]) -> String {
        match self.pos {
            None => self.msg.clone(),
            Some(pos) => {
                let pos = pos.min(pattern.len());
                let mut s = format!("{} at position {}", self.msg, pos);
                if pattern.contains(&'\n') {
                    let before = &pattern[..pos];
                    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
                    let colno = match before.iter().rposition(|&c| c == '\n') {
                        Some(i) => pos - i,
                        None => pos + 1,
                    };
                    s.push_str(&format!(" (line {lineno}, column {colno})"));
                }
                s
            }
        }
    }
}

/// Python's `repr()` of a str (enough for error messages).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------
// Tokenizer (mirror of re._parser.Tokenizer, over chars)
// ---------------------------------------------------------------------------

/// One token: a plain char, or a backslash followed by a char.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    C(char),
    E(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::C(_) => 1,
            Tok::E(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Tok::C(c) => c.to_string(),
            Tok::E(c) => format!("\\{c}"),
        }
    }

    fn is_alpha(self) -> bool {
        matches!(self, Tok::C(c) if c.is_alphabetic())
    }
}

fn tok_in(t: Option<Tok>, set: &str) -> bool {
    matches!(t, Some(Tok::C(c)) if set.contains(c))
}

fn is_oct(c: char) -> bool {
    ('0'..='7').contains(&c)
}

fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

struct Tokenizer<'a> {
    s: &'a [char],
    index: usize,
    next: Option<Tok>,
}

impl<'a> Tokenizer<'a> {
    fn new(s: &'a [char]) -> Result<Self, PErr> {
        let mut t = Tokenizer {
            s,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), PErr> {
        let index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.s.get(index + 1) {
                Some(&d) => {
                    self.next = Some(Tok::E(d));
                    self.index = index + 2;
                }
                None => {
                    return Err(PErr {
                        msg: "bad escape (end of pattern)".into(),
                        pos: Some(self.s.len().saturating_sub(1)),
                    })
                }
            }
        } else {
            self.next = Some(Tok::C(c));
            self.index = index + 1;
        }
        Ok(())
    }

    fn matches(&mut self, c: char) -> Result<bool, PErr> {
        if self.next == Some(Tok::C(c)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn get(&mut self) -> Result<Option<Tok>, PErr> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    fn getwhile(&mut self, n: usize, pred: fn(char) -> bool) -> Result<String, PErr> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::C(c)) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> Result<String, PErr> {
        let mut result = String::new();
        let mut rlen = 0usize;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(
                        self.error(format!("missing {terminator}, unterminated name"), rlen)
                    );
                }
                Some(Tok::C(t)) if t == terminator => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    result.push_str(&t.text());
                    rlen += t.len();
                }
            }
        }
        Ok(result)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> Result<(), PErr> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> PErr {
        PErr {
            msg: msg.into(),
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> Result<(), PErr> {
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// Approximation of `str.isidentifier()` (no Unicode XID tables in std).
fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric() || c == '\u{b7}')
}

/// Approximation of Python's `int(s)` for group numbers: optional
/// surrounding whitespace, optional sign, decimal digits with single
/// underscores between them. None if it would raise ValueError.
fn py_int(s: &str) -> Option<i128> {
    let t = s.trim();
    let (neg, digits) = if let Some(r) = t.strip_prefix('-') {
        (true, r)
    } else if let Some(r) = t.strip_prefix('+') {
        (false, r)
    } else {
        (false, t)
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = decimal_value(c)?;
        v = v.saturating_mul(10).saturating_add(d as i128);
    }
    Some(if neg { -v } else { v })
}

/// The value of a Unicode decimal digit (category Nd), if `c` is one.
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    UNI_DIGIT
        .iter()
        .find(|(a, b)| *a <= cp && cp <= *b)
        .map(|(a, _)| (cp - a) % 10)
}

// ---------------------------------------------------------------------------
// Parse tree (mirror of sre's (opcode, argument) lists)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AtKind {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    In(bool, Vec<SetItem>),
    At(AtKind),
    Branch(Vec<Vec<Node>>),
    Sub {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Repeat {
        min: u64,
        max: u64,
        kind: RepKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        behind: bool,
        neg: bool,
        body: Vec<Node>,
    },
}

struct State {
    flags: u32,
    groupdict: Vec<(String, usize)>,
    groupwidths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(u64, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.groupdict
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, i)| *i)
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.groupwidths.push(None);
        if self.groups() as u64 > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(ogid) = self.lookup(name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    py_repr(name)
                ));
            }
            self.groupdict.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize, src: &Tokenizer) -> Result<(), PErr> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// sre's `SubPattern.getwidth()`: (min, max) width, capped like CPython.
fn getwidth(nodes: &[Node], st: &State) -> (u64, u64) {
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    for n in nodes {
        match n {
            Node::Branch(alts) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = getwidth(a, st);
                    i = i.min(l);
                    j = j.max(h);
                }
                lo = lo.saturating_add(i);
                hi = hi.saturating_add(j);
            }
            Node::Atomic(b) | Node::Sub { body: b, .. } => {
                let (i, j) = getwidth(b, st);
                lo = lo.saturating_add(i);
                hi = hi.saturating_add(j);
            }
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = getwidth(body, st);
                lo = lo.saturating_add(i.saturating_mul(*min));
                hi = hi.saturating_add(j.saturating_mul(*max));
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(..) => {
                lo = lo.saturating_add(1);
                hi = hi.saturating_add(1);
            }
            Node::GroupRef(g) => {
                let (i, j) = st.groupwidths.get(*g).copied().flatten().unwrap_or((0, 0));
                lo = lo.saturating_add(i);
                hi = hi.saturating_add(j);
            }
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = getwidth(yes, st);
                match no {
                    Some(no) => {
                        let (l, h) = getwidth(no, st);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                lo = lo.saturating_add(i);
                hi = hi.saturating_add(j);
            }
            Node::At(_) | Node::Assert { .. } => {}
        }
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

/// Parser nesting limit (about 100 levels of groups; the engine itself
/// accepts fewer).
const MAX_NESTING: usize = 200;

struct Parsed {
    nodes: Vec<Node>,
    state: State,
}

/// Result of an escape inside a class: a literal or a category.
enum ClassCode {
    Lit(u32),
    Cat(Cat),
}

fn category_of(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// Reads the digits of `\x`, `\u`, `\U` escapes; shared by both escape kinds.
fn hex_escape(src: &mut Tokenizer, c: char) -> Result<Option<u32>, PErr> {
    let (n, total) = match c {
        'x' => (2, 4),
        'u' => (4, 6),
        'U' => (8, 10),
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hex)?;
    let escape = format!("\\{c}{digits}");
    if escape.chars().count() != total {
        return Err(src.error(
            format!("incomplete escape {escape}"),
            escape.chars().count(),
        ));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if c == 'U' && v > 0x10FFFF {
        return Err(src.error(format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(v))
}

fn named_escape(src: &mut Tokenizer) -> Result<u32, PErr> {
    if !src.matches('{')? {
        return Err(src.error("missing {", 0));
    }
    let charname = src.getuntil('}', "character name")?;
    match lookup_char_name(&charname) {
        Some(c) => Ok(c),
        None => Err(src.error(
            format!("undefined character name {}", py_repr(&charname)),
            charname.chars().count() + 4,
        )),
    }
}

/// `\N{...}`: CPython's name database is not available; a few common names
/// are known, others are reported as undefined.
fn lookup_char_name(name: &str) -> Option<u32> {
    let n = name.to_ascii_uppercase();
    Some(match n.as_str() {
        "SPACE" => 0x20,
        "NO-BREAK SPACE" => 0xA0,
        "EM DASH" => 0x2014,
        "EN DASH" => 0x2013,
        "BULLET" => 0x2022,
        "HORIZONTAL ELLIPSIS" => 0x2026,
        "LEFT DOUBLE QUOTATION MARK" => 0x201C,
        "RIGHT DOUBLE QUOTATION MARK" => 0x201D,
        "LEFT SINGLE QUOTATION MARK" => 0x2018,
        "RIGHT SINGLE QUOTATION MARK" => 0x2019,
        "IDEOGRAPHIC SPACE" => 0x3000,
        "IDEOGRAPHIC COMMA" => 0x3001,
        "IDEOGRAPHIC FULL STOP" => 0x3002,
        "FULLWIDTH COMMA" => 0xFF0C,
        "ZERO WIDTH SPACE" => 0x200B,
        "LINE FEED" | "LF" => 0x0A,
        "CARRIAGE RETURN" | "CR" => 0x0D,
        "CHARACTER TABULATION" | "TAB" => 0x09,
        "EURO SIGN" => 0x20AC,
        "POUND SIGN" => 0xA3,
        "YEN SIGN" => 0xA5,
        "DEGREE SIGN" => 0xB0,
        "COPYRIGHT SIGN" => 0xA9,
        "REGISTERED SIGN" => 0xAE,
        "SNOWMAN" => 0x2603,
        "LATIN SMALL LETTER A" => 0x61,
        "LATIN CAPITAL LETTER A" => 0x41,
        "GREEK SMALL LETTER ALPHA" => 0x3B1,
        "GREEK CAPITAL LETTER OMEGA" => 0x3A9,
        _ => return None,
    })
}

/// re._parser._class_escape
fn class_escape(src: &mut Tokenizer, c: char) -> Result<ClassCode, PErr> {
    if let Some(v) = simple_escape(c) {
        return Ok(ClassCode::Lit(v));
    }
    if let Some(cat) = category_of(c) {
        return Ok(ClassCode::Cat(cat));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(ClassCode::Lit(v));
    }
    if c == 'N' {
        return Ok(ClassCode::Lit(named_escape(src)?));
    }
    if is_oct(c) {
        let more = src.getwhile(2, is_oct)?;
        let escape = format!("\\{c}{more}");
        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(u32::MAX);
        if v > 0o377 {
            return Err(src.error(
                format!("octal escape value {escape} outside of range 0-0o377"),
                escape.chars().count(),
            ));
        }
        return Ok(ClassCode::Lit(v));
    }
    if is_digit(c) || c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(ClassCode::Lit(c as u32))
}

/// re._parser._escape
fn escape_node(src: &mut Tokenizer, c: char, st: &State) -> Result<Node, PErr> {
    match c {
        'A' => return Ok(Node::At(AtKind::BeginningString)),
        'b' => return Ok(Node::At(AtKind::Boundary)),
        'B' => return Ok(Node::At(AtKind::NonBoundary)),
        'Z' => return Ok(Node::At(AtKind::EndString)),
        _ => {}
    }
    if let Some(cat) = category_of(c) {
        return Ok(Node::In(false, vec![SetItem::Cat(cat)]));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Lit(v));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(Node::Lit(v));
    }
    if c == 'N' {
        return Ok(Node::Lit(named_escape(src)?));
    }
    if c == '0' {
        let more = src.getwhile(2, is_oct)?;
        let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
        return Ok(Node::Lit(v));
    }
    if is_digit(c) {
        let mut escape = format!("\\{c}");
        if let Some(Tok::C(d)) = src.next {
            if is_digit(d) {
                src.advance()?;
                escape.push(d);
                if let Some(Tok::C(e)) = src.next {
                    if is_oct(c) && is_oct(d) && is_oct(e) {
                        src.advance()?;
                        escape.push(e);
                        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(u32::MAX);
                        if v > 0o377 {
                            return Err(src.error(
                                format!("octal escape value {escape} outside of range 0-0o377"),
                                escape.len(),
                            ));
                        }
                        return Ok(Node::Lit(v));
                    }
                }
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < st.groups() {
            if !st.checkgroup(group) {
                return Err(src.error("cannot refer to an open group", escape.len()));
            }
            st.checklookbehindgroup(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), escape.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(Node::Lit(c as u32))
}

fn flag_value(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn tok_flag(t: Option<Tok>) -> Option<u32> {
    match t {
        Some(Tok::C(c)) => flag_value(c),
        _ => None,
    }
}

/// re._parser._parse_flags: None for global flags `(?i)`, else (add, del).
fn parse_flags(
    src: &mut Tokenizer,
    st: &mut State,
    first: Tok,
) -> Result<Option<(u32, u32)>, PErr> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut ch = Some(first);
    if first != Tok::C('-') {
        loop {
            let flag = tok_flag(ch).unwrap_or(0);
            if ch == Some(Tok::C('L')) {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && (add & TYPE_FLAGS) != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            ch = src.get()?;
            let Some(t) = ch else {
                return Err(src.error("missing -, : or )", 0));
            };
            if tok_in(ch, ")-:") {
                break;
            }
            if tok_flag(ch).is_none() {
                let msg = if t.is_alpha() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    if ch == Some(Tok::C(')')) {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == Some(Tok::C('-')) {
        ch = src.get()?;
        let Some(t) = ch else {
            return Err(src.error("missing flag", 0));
        };
        if tok_flag(ch).is_none() {
            let msg = if t.is_alpha() {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, t.len()));
        }
        loop {
            let flag = tok_flag(ch).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            ch = src.get()?;
            let Some(t) = ch else {
                return Err(src.error("missing :", 0));
            };
            if ch == Some(Tok::C(':')) {
                break;
            }
            if tok_flag(ch).is_none() {
                let msg = if t.is_alpha() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// re._parser._parse_sub: an alternation.
fn parse_sub(
    src: &mut Tokenizer,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Result<Vec<Node>, PErr> {
    if nested > MAX_NESTING {
        return Err(PErr::plain("maximum recursion depth exceeded"));
    }
    let mut items: Vec<Vec<Node>> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = st.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    for it in items {
        if !out.contains(&it) {
            out.push(it);
        }
    }
    out
}

/// re._parser._parse: a sequence of items.
fn parse_seq(
    src: &mut Tokenizer,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Vec<Node>, PErr> {
    let mut sub: Vec<Node> = Vec::new();
    loop {
        let this = src.next;
        let Some(this) = this else { break };
        if this == Tok::C('|') || this == Tok::C(')') {
            break;
        }
        src.advance()?;
        if verbose {
            if let Tok::C(c) = this {
                if " \t\n\r\x0b\x0c".contains(c) {
                    continue;
                }
                if c == '#' {
                    loop {
                        let t = src.get()?;
                        if t.is_none() || t == Some(Tok::C('\n')) {
                            break;
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            Tok::E(e) => {
                let node = escape_node(src, e, st)?;
                sub.push(node);
                continue;
            }
            Tok::C(c) => c,
        };
        if !".[{()*+?^$|".contains(c) {
            sub.push(Node::Lit(c as u32));
        } else if c == '[' {
            let here = src.tell() - 1;
            let mut set: Vec<SetItem> = Vec::new();
            let negate = src.matches('^')?;
            loop {
                let this = src.get()?;
                let Some(this) = this else {
                    return Err(src.error("unterminated character set", src.tell() - here));
                };
                if this == Tok::C(']') && !set.is_empty() {
                    break;
                }
                let code1 = match this {
                    Tok::E(e) => class_escape(src, e)?,
                    Tok::C(ch) => ClassCode::Lit(ch as u32),
                };
                if src.matches('-')? {
                    let that = src.get()?;
                    let Some(that) = that else {
                        return Err(src.error("unterminated character set", src.tell() - here));
                    };
                    if that == Tok::C(']') {
                        set.push(match code1 {
                            ClassCode::Lit(v) => SetItem::Lit(v),
                            ClassCode::Cat(k) => SetItem::Cat(k),
                        });
                        set.push(SetItem::Lit('-' as u32));
                        break;
                    }
                    let code2 = match that {
                        Tok::E(e) => class_escape(src, e)?,
                        Tok::C(ch) => ClassCode::Lit(ch as u32),
                    };
                    let msg = format!("bad character range {}-{}", this.text(), that.text());
                    let off = this.len() + 1 + that.len();
                    match (code1, code2) {
                        (ClassCode::Lit(lo), ClassCode::Lit(hi)) => {
                            if hi < lo {
                                return Err(src.error(msg, off));
                            }
                            set.push(SetItem::Range(lo, hi));
                        }
                        _ => return Err(src.error(msg, off)),
                    }
                } else {
                    set.push(match code1 {
                        ClassCode::Lit(v) => SetItem::Lit(v),
                        ClassCode::Cat(k) => SetItem::Cat(k),
                    });
                }
            }
            let set = uniq(set);
            if set.len() == 1 {
                if let SetItem::Lit(v) = set[0] {
                    sub.push(if negate {
                        Node::NotLit(v)
                    } else {
                        Node::Lit(v)
                    });
                    continue;
                }
            }
            sub.push(Node::In(negate, set));
        } else if "*+?{".contains(c) {
            let here = src.tell();
            let (min, max);
            if c == '?' {
                min = 0;
                max = 1;
            } else if c == '*' {
                min = 0;
                max = MAXREPEAT;
            } else if c == '+' {
                min = 1;
                max = MAXREPEAT;
            } else {
                if src.next == Some(Tok::C('}')) {
                    sub.push(Node::Lit('{' as u32));
                    continue;
                }
                let mut lo = String::new();
                let mut hi = String::new();
                while let Some(Tok::C(d)) = src.next {
                    if !is_digit(d) {
                        break;
                    }
                    lo.push(d);
                    src.advance()?;
                }
                if src.matches(',')? {
                    while let Some(Tok::C(d)) = src.next {
                        if !is_digit(d) {
                            break;
                        }
                        hi.push(d);
                        src.advance()?;
                    }
                } else {
                    hi = lo.clone();
                }
                if !src.matches('}')? {
                    sub.push(Node::Lit('{' as u32));
                    src.seek(here)?;
                    continue;
                }
                let mut mn = 0u64;
                let mut mx = MAXREPEAT;
                if !lo.is_empty() {
                    mn = parse_count(&lo);
                    if mn >= MAXREPEAT {
                        return Err(PErr::plain("the repetition number is too large"));
                    }
                }
                if !hi.is_empty() {
                    mx = parse_count(&hi);
                    if mx >= MAXREPEAT {
                        return Err(PErr::plain("the repetition number is too large"));
                    }
                    if mx < mn {
                        return Err(
                            src.error("min repeat greater than max repeat", src.tell() - here)
                        );
                    }
                }
                min = mn;
                max = mx;
            }
            let off = src.tell() - here + 1;
            let item = match sub.last() {
                None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", off)),
                Some(Node::Repeat { .. }) => return Err(src.error("multiple repeat", off)),
                Some(_) => sub.pop(),
            };
            let body = match item {
                Some(Node::Sub {
                    group: None,
                    add: 0,
                    del: 0,
                    body,
                }) => body,
                Some(other) => vec![other],
                None => Vec::new(),
            };
            let kind = if src.matches('?')? {
                RepKind::Lazy
            } else if src.matches('+')? {
                RepKind::Possessive
            } else {
                RepKind::Greedy
            };
            sub.push(Node::Repeat {
                min,
                max,
                kind,
                body,
            });
        } else if c == '.' {
            sub.push(Node::Any);
        } else if c == '(' {
            let start = src.tell() - 1;
            let mut capture = true;
            let mut atomic = false;
            let mut name: Option<String> = None;
            let mut add_flags = 0u32;
            let mut del_flags = 0u32;
            if src.matches('?')? {
                let ch = src.get()?;
                let Some(ch) = ch else {
                    return Err(src.error("unexpected end of pattern", 0));
                };
                if ch == Tok::C('P') {
                    if src.matches('<')? {
                        let n = src.getuntil('>', "group name")?;
                        src.checkgroupname(&n, 1)?;
                        name = Some(n);
                    } else if src.matches('=')? {
                        let n = src.getuntil(')', "group name")?;
                        src.checkgroupname(&n, 1)?;
                        let nlen = n.chars().count();
                        let Some(gid) = st.lookup(&n) else {
                            return Err(
                                src.error(format!("unknown group name {}", py_repr(&n)), nlen + 1)
                            );
                        };
                        if !st.checkgroup(gid) {
                            return Err(src.error("cannot refer to an open group", nlen + 1));
                        }
                        st.checklookbehindgroup(gid, src)?;
                        sub.push(Node::GroupRef(gid));
                        continue;
                    } else {
                        let ch2 = src.get()?;
                        let Some(ch2) = ch2 else {
                            return Err(src.error("unexpected end of pattern", 0));
                        };
                        return Err(
                            src.error(format!("unknown extension ?P{}", ch2.text()), ch2.len() + 2)
                        );
                    }
                } else if ch == Tok::C(':') {
                    capture = false;
                } else if ch == Tok::C('#') {
                    loop {
                        if src.next.is_none() {
                            return Err(
                                src.error("missing ), unterminated comment", src.tell() - start)
                            );
                        }
                        if src.get()? == Some(Tok::C(')')) {
                            break;
                        }
                    }
                    continue;
                } else if tok_in(Some(ch), "=!<") {
                    let mut ch = ch;
                    let mut behind = false;
                    let mut saved_lb: Option<usize> = None;
                    if ch == Tok::C('<') {
                        let c2 = src.get()?;
                        let Some(c2) = c2 else {
                            return Err(src.error("unexpected end of pattern", 0));
                        };
                        if !tok_in(Some(c2), "=!") {
                            return Err(src.error(
                                format!("unknown extension ?<{}", c2.text()),
                                c2.len() + 2,
                            ));
                        }
                        ch = c2;
                        behind = true;
                        saved_lb = st.lookbehindgroups;
                        if saved_lb.is_none() {
                            st.lookbehindgroups = Some(st.groups());
                        }
                    }
                    let p = parse_sub(src, st, verbose, nested + 1)?;
                    if behind && saved_lb.is_none() {
                        st.lookbehindgroups = None;
                    }
                    if !src.matches(')')? {
                        return Err(
                            src.error("missing ), unterminated subpattern", src.tell() - start)
                        );
                    }
                    sub.push(Node::Assert {
                        behind,
                        neg: ch == Tok::C('!'),
                        body: p,
                    });
                    continue;
                } else if ch == Tok::C('(') {
                    let condname = src.getuntil(')', "group name")?;
                    let clen = condname.chars().count();
                    let condgroup: usize;
                    if is_identifier(&condname) {
                        src.checkgroupname(&condname, 1)?;
                        match st.lookup(&condname) {
                            Some(g) => condgroup = g,
                            None => {
                                return Err(src.error(
                                    format!("unknown group name {}", py_repr(&condname)),
                                    clen + 1,
                                ))
                            }
                        }
                    } else {
                        let v = match py_int(&condname) {
                            Some(v) if v >= 0 => v,
                            _ => {
                                return Err(src.error(
                                    format!("bad character in group name {}", py_repr(&condname)),
                                    clen + 1,
                                ))
                            }
                        };
                        if v == 0 {
                            return Err(src.error("bad group number", clen + 1));
                        }
                        if v as u128 >= MAXGROUPS as u128 {
                            return Err(src.error(format!("invalid group reference {v}"), clen + 1));
                        }
                        condgroup = v as usize;
                        if !st.grouprefpos.iter().any(|(g, _)| *g == v as u64) {
                            st.grouprefpos.push((v as u64, src.tell() - clen - 1));
                        }
                    }
                    st.checklookbehindgroup(condgroup, src)?;
                    let yes = parse_seq(src, st, verbose, nested + 1, false)?;
                    let no = if src.matches('|')? {
                        let no = parse_seq(src, st, verbose, nested + 1, false)?;
                        if src.next == Some(Tok::C('|')) {
                            return Err(
                                src.error("conditional backref with more than two branches", 0)
                            );
                        }
                        Some(no)
                    } else {
                        None
                    };
                    if !src.matches(')')? {
                        return Err(
                            src.error("missing ), unterminated subpattern", src.tell() - start)
                        );
                    }
                    sub.push(Node::GroupRefExists {
                        group: condgroup,
                        yes,
                        no,
                    });
                    continue;
                } else if ch == Tok::C('>') {
                    capture = false;
                    atomic = true;
                } else if tok_flag(Some(ch)).is_some() || ch == Tok::C('-') {
                    match parse_flags(src, st, ch)? {
                        None => {
                            if !first || !sub.is_empty() {
                                return Err(src.error(
                                    "global flags not at the start of the expression",
                                    src.tell() - start,
                                ));
                            }
                            verbose = st.flags & VERBOSE != 0;
                            continue;
                        }
                        Some((a, d)) => {
                            add_flags = a;
                            del_flags = d;
                            capture = false;
                        }
                    }
                } else {
                    return Err(
                        src.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1)
                    );
                }
            }
            let group = if capture {
                match st.opengroup(name.as_deref()) {
                    Ok(g) => Some(g),
                    Err(msg) => {
                        let nlen = name.as_deref().map_or(0, |n| n.chars().count());
                        return Err(src.error(msg, nlen + 1));
                    }
                }
            } else {
                None
            };
            let sub_verbose = (verbose || add_flags & VERBOSE != 0) && del_flags & VERBOSE == 0;
            let p = parse_sub(src, st, sub_verbose, nested + 1)?;
            if !src.matches(')')? {
                return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
            }
            if let Some(g) = group {
                let w = getwidth(&p, st);
                if let Some(slot) = st.groupwidths.get_mut(g) {
                    *slot = Some(w);
                }
            }
            if atomic {
                sub.push(Node::Atomic(p));
            } else {
                sub.push(Node::Sub {
                    group,
                    add: add_flags,
                    del: del_flags,
                    body: p,
                });
            }
        } else if c == '^' {
            sub.push(Node::At(AtKind::Beginning));
        } else if c == '$' {
            sub.push(Node::At(AtKind::End));
        }
    }
    // unpack non-capturing groups without flags
    let mut out = Vec::with_capacity(sub.len());
    for n in sub {
        match n {
            Node::Sub {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn parse_count(digits: &str) -> u64 {
    let mut v: u64 = 0;
    for d in digits.chars() {
        v = v
            .saturating_mul(10)
            .saturating_add(d.to_digit(10).unwrap_or(0) as u64);
    }
    v
}

/// re._parser.parse (for str patterns).
fn parse(chars: &[char], flags: u32) -> Result<Parsed, PErr> {
    let mut src = Tokenizer::new(chars)?;
    let mut st = State {
        flags,
        groupdict: Vec::new(),
        groupwidths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
    };
    let nodes = parse_sub(&mut src, &mut st, flags & VERBOSE != 0, 0)?;
    // fix_flags
    if st.flags & LOCALE != 0 {
        return Err(PErr::plain("cannot use LOCALE flag with a str pattern"));
    }
    if st.flags & ASCII == 0 {
        st.flags |= UNICODE;
    } else if st.flags & UNICODE != 0 {
        return Err(PErr::plain("ASCII and UNICODE flags are incompatible"));
    }
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for (g, pos) in &st.grouprefpos {
        if *g >= st.groups() as u64 {
            return Err(PErr {
                msg: format!("invalid group reference {g}"),
                pos: Some(*pos),
            });
        }
    }
    Ok(Parsed { nodes, state: st })
}

// ---------------------------------------------------------------------------
// Translation to fancy-regex syntax
// ---------------------------------------------------------------------------
//
// Everything is emitted explicitly, so no flags reach fancy-regex except a
// scoped `(?i:...)` around case-insensitive backreferences: literals are plain
// chars or `\x{..}`, every class is an explicit list of ranges (case folding
// already applied), `.`/`^`/`$` are spelled out per the current flags, and
// `\b`/`\B` become look-arounds over the word class.

/// A class that never matches.
const NEVER: &str = "[^\\x{0}-\\x{10FFFF}]";
/// Any character.
const ANY_ALL: &str = "(?s:.)";

type Ranges = Vec<(u32, u32)>;

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let mut f = flags;
    if add & TYPE_FLAGS != 0 {
        f &= !TYPE_FLAGS;
    }
    (f | add) & !del
}

fn canon(mut v: Ranges) -> Ranges {
    v.sort_unstable();
    let mut out: Ranges = Vec::with_capacity(v.len());
    for (a, b) in v {
        if let Some(last) = out.last_mut() {
            if a <= last.1.saturating_add(1) {
                if b > last.1 {
                    last.1 = b;
                }
                continue;
            }
        }
        out.push((a, b));
    }
    out
}

fn complement(v: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::with_capacity(v.len() + 1);
    let mut next = 0u32;
    for &(a, b) in v {
        if a > next {
            out.push((next, a - 1));
        }
        next = b.saturating_add(1);
    }
    if next <= 0x10FFFF {
        out.push((next, 0x10FFFF));
    }
    out
}

fn strip_surrogates(v: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::with_capacity(v.len() + 1);
    for &(a, b) in v {
        let b = b.min(0x10FFFF);
        if a > b {
            continue;
        }
        if b < 0xD800 || a > 0xDFFF {
            out.push((a, b));
        } else {
            if a < 0xD800 {
                out.push((a, 0xD7FF));
            }
            if b > 0xDFFF {
                out.push((0xE000, b));
            }
        }
    }
    out
}

fn contains(v: &[(u32, u32)], c: u32) -> bool {
    v.binary_search_by(|&(a, b)| {
        if b < c {
            std::cmp::Ordering::Less
        } else if a > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

struct CaseTable {
    orbit_of: HashMap<u32, usize>,
    orbits: Vec<Vec<u32>>,
}

/// CPython's case-equivalence classes (lowercase mapping plus `re._casefix`).
fn case_table() -> &'static CaseTable {
    static TABLE: OnceLock<CaseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut orbits: Vec<Vec<u32>> = Vec::with_capacity(1500);
        for &(first, count, delta, stride) in CASE_PAIR_RUNS {
            for k in 0..count {
                let a = first + k * stride;
                orbits.push(vec![a, a + delta]);
            }
        }
        for m in CASE_MULTI {
            orbits.push(m.to_vec());
        }
        let mut orbit_of = HashMap::with_capacity(3000);
        for (i, o) in orbits.iter().enumerate() {
            for &c in o {
                orbit_of.insert(c, i);
            }
        }
        CaseTable { orbit_of, orbits }
    })
}

/// Adds the case-insensitive equivalents of every member of `v`.
fn case_close(v: Ranges, unicode: bool) -> Ranges {
    let v = canon(v);
    let mut extra: Ranges = Vec::new();
    if unicode {
        let t = case_table();
        for o in &t.orbits {
            if o.iter().any(|&c| contains(&v, c)) {
                extra.extend(o.iter().map(|&c| (c, c)));
            }
        }
    } else {
        for &(a, b) in &v {
            let (lo, hi) = (a.max(0x41), b.min(0x5A));
            if lo <= hi {
                extra.push((lo + 32, hi + 32));
            }
            let (lo, hi) = (a.max(0x61), b.min(0x7A));
            if lo <= hi {
                extra.push((lo - 32, hi - 32));
            }
        }
    }
    if extra.is_empty() {
        return v;
    }
    let mut all = v;
    all.extend(extra);
    canon(all)
}

fn category_ranges(cat: Cat, unicode: bool) -> Ranges {
    const A_WORD: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)];
    const A_DIGIT: &[(u32, u32)] = &[(0x30, 0x39)];
    const A_SPACE: &[(u32, u32)] = &[(0x9, 0xD), (0x20, 0x20)];
    let (base, neg) = match cat {
        Cat::Digit => (if unicode { UNI_DIGIT } else { A_DIGIT }, false),
        Cat::NotDigit => (if unicode { UNI_DIGIT } else { A_DIGIT }, true),
        Cat::Space => (if unicode { UNI_SPACE } else { A_SPACE }, false),
        Cat::NotSpace => (if unicode { UNI_SPACE } else { A_SPACE }, true),
        Cat::Word => (if unicode { UNI_WORD } else { A_WORD }, false),
        Cat::NotWord => (if unicode { UNI_WORD } else { A_WORD }, true),
    };
    if neg {
        complement(base)
    } else {
        base.to_vec()
    }
}

fn push_hex(out: &mut String, c: u32) {
    out.push_str(&format!("\\x{{{c:X}}}"));
}

/// A literal character outside a class.
fn push_lit(out: &mut String, c: u32) {
    match char::from_u32(c) {
        None => out.push_str(NEVER),
        Some(ch) if ch.is_ascii_alphanumeric() || c >= 0x80 => out.push(ch),
        Some(_) => push_hex(out, c),
    }
}

/// A character inside a class (never a surrogate here).
fn push_class_char(out: &mut String, c: u32) {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() || c >= 0x80 => out.push(ch),
        _ => push_hex(out, c),
    }
}

fn push_class_items(out: &mut String, v: &[(u32, u32)]) {
    for &(a, b) in v {
        push_class_char(out, a);
        if b > a {
            if b > a + 1 {
                out.push('-');
            }
            push_class_char(out, b);
        }
    }
}

/// Emits a set of characters (canonical ranges) as the shortest class.
fn push_set(out: &mut String, v: &[(u32, u32)]) {
    let pos = strip_surrogates(v);
    if pos.is_empty() {
        out.push_str(NEVER);
        return;
    }
    if pos.len() == 1 && pos[0].0 == pos[0].1 {
        push_lit(out, pos[0].0);
        return;
    }
    if pos.as_slice() == [(0, 0xD7FF), (0xE000, 0x10FFFF)] {
        out.push_str(ANY_ALL);
        return;
    }
    let comp = strip_surrogates(&complement(v));
    if comp.len() < pos.len() {
        out.push_str("[^");
        push_class_items(out, &comp);
    } else {
        out.push('[');
        push_class_items(out, &pos);
    }
    out.push(']');
}

fn word_class(unicode: bool) -> &'static str {
    static UNI: OnceLock<String> = OnceLock::new();
    static ASC: OnceLock<String> = OnceLock::new();
    let cell = if unicode { &UNI } else { &ASC };
    cell.get_or_init(|| {
        let mut s = String::new();
        push_set(&mut s, &canon(category_ranges(Cat::Word, unicode)));
        s
    })
}

fn is_atom(n: &Node) -> bool {
    matches!(
        n,
        Node::Lit(_)
            | Node::NotLit(_)
            | Node::Any
            | Node::In(..)
            | Node::Branch(_)
            | Node::Atomic(_)
            | Node::GroupRef(_)
            | Node::Sub { group: Some(_), .. }
    )
}

struct Emitter<'a> {
    out: String,
    st: &'a State,
}

impl<'a> Emitter<'a> {
    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), PErr> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    /// Emits a class: `v` (literals and ranges) gets case folding under
    /// IGNORECASE; `cats` (categories) is added as is, since CPython tests
    /// categories against the lowercased character only.
    fn set(&mut self, v: Ranges, cats: Ranges, negate: bool, flags: u32) {
        let unicode = flags & ASCII == 0;
        let mut v = canon(v);
        if flags & IGNORECASE != 0 {
            v = case_close(v, unicode);
        }
        if !cats.is_empty() {
            v.extend(cats);
            v = canon(v);
        }
        if negate {
            v = complement(&v);
        }
        push_set(&mut self.out, &v);
    }

    fn node(&mut self, n: &Node, flags: u32) -> Result<(), PErr> {
        let unicode = flags & ASCII == 0;
        match n {
            Node::Lit(c) => {
                if flags & IGNORECASE != 0 && unicode {
                    match case_table().orbit_of.get(c) {
                        Some(&i) => {
                            let v = case_table().orbits[i].iter().map(|&m| (m, m)).collect();
                            push_set(&mut self.out, &canon(v));
                        }
                        None => push_lit(&mut self.out, *c),
                    }
                } else if flags & IGNORECASE != 0 {
                    self.set(vec![(*c, *c)], Vec::new(), false, flags);
                } else {
                    push_lit(&mut self.out, *c);
                }
            }
            Node::NotLit(c) => self.set(vec![(*c, *c)], Vec::new(), true, flags),
            Node::Any => {
                if flags & DOTALL != 0 {
                    self.out.push_str(ANY_ALL);
                } else {
                    self.out.push_str("[^\\n]");
                }
            }
            Node::In(negate, items) => {
                let mut v: Ranges = Vec::new();
                let mut cats: Ranges = Vec::new();
                for it in items {
                    match *it {
                        SetItem::Lit(c) => v.push((c, c)),
                        SetItem::Range(a, b) => v.push((a, b)),
                        SetItem::Cat(k) => cats.extend(category_ranges(k, unicode)),
                    }
                }
                self.set(v, cats, *negate, flags);
            }
            Node::At(k) => {
                let s: String = match k {
                    AtKind::Beginning => {
                        if flags & MULTILINE != 0 {
                            "(?m:^)".into()
                        } else {
                            "\\A".into()
                        }
                    }
                    AtKind::BeginningString => "\\A".into(),
                    AtKind::End => {
                        if flags & MULTILINE != 0 {
                            "(?m:$)".into()
                        } else {
                            "(?=\\n?\\z)".into()
                        }
                    }
                    AtKind::EndString => "\\z".into(),
                    AtKind::Boundary => {
                        let w = word_class(unicode);
                        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
                    }
                    AtKind::NonBoundary => {
                        let w = word_class(unicode);
                        format!(
                            "(?:(?<={w})(?={w})|(?<!{w})(?!{w})(?:(?={ANY_ALL})|(?<={ANY_ALL})))"
                        )
                    }
                };
                self.out.push_str(&s);
            }
            Node::Branch(alts) => {
                self.out.push_str("(?:");
                for (i, a) in alts.iter().enumerate() {
                    if i > 0 {
                        self.out.push('|');
                    }
                    self.seq(a, flags)?;
                }
                self.out.push(')');
            }
            Node::Sub {
                group,
                add,
                del,
                body,
            } => {
                let f2 = combine_flags(flags, *add, *del);
                self.out.push_str(if group.is_some() { "(" } else { "(?:" });
                self.seq(body, f2)?;
                self.out.push(')');
            }
            Node::Atomic(body) => {
                self.out.push_str("(?>");
                self.seq(body, flags)?;
                self.out.push(')');
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                if flags & IGNORECASE != 0 {
                    self.out.push_str(&format!("(?i:\\k<{g}>)"));
                } else {
                    self.out.push_str(&format!("\\k<{g}>"));
                }
            }
            Node::GroupRefExists { group, yes, no } => {
                self.out.push_str(&format!("(?({group})(?:"));
                self.seq(yes, flags)?;
                self.out.push(')');
                if let Some(no) = no {
                    self.out.push_str("|(?:");
                    self.seq(no, flags)?;
                    self.out.push(')');
                }
                self.out.push(')');
            }
            Node::Assert { behind, neg, body } => {
                if *behind {
                    let (lo, hi) = getwidth(body, self.st);
                    if lo != hi {
                        return Err(PErr::plain("look-behind requires fixed-width pattern"));
                    }
                }
                self.out.push_str(match (*behind, *neg) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                self.seq(body, flags)?;
                self.out.push(')');
            }
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u64,
        max: u64,
        kind: RepKind,
        body: &[Node],
        flags: u32,
    ) -> Result<(), PErr> {
        if flags & TEMPLATE != 0 {
            let op = match kind {
                RepKind::Greedy => "MAX_REPEAT",
                RepKind::Lazy => "MIN_REPEAT",
                RepKind::Possessive => "POSSESSIVE_REPEAT",
            };
            return Err(PErr::plain(format!(
                "internal: unsupported template operator {op}"
            )));
        }
        if body.is_empty() || max == 0 && !body.iter().any(has_group) {
            // Matches the empty string only.
            return Ok(());
        }
        if max == 0 {
            // `{0}` around groups: keep the groups (for numbering) in a branch
            // that can never be entered.
            self.out.push_str("(?:");
            self.out.push_str(NEVER);
            self.seq(body, flags)?;
            self.out.push_str(")?");
            return Ok(());
        }
        let (_, hi) = getwidth(body, self.st);
        if hi == 0 {
            // A zero-width body (assertions, empty groups): fancy-regex cannot
            // repeat it; one optional attempt is equivalent.
            let open = if kind == RepKind::Possessive {
                "(?>"
            } else {
                "(?:"
            };
            self.out.push_str(open);
            if min == 0 && kind == RepKind::Lazy {
                self.out.push('|');
            }
            self.seq(body, flags)?;
            if min == 0 && kind != RepKind::Lazy {
                self.out.push('|');
            }
            self.out.push(')');
            return Ok(());
        }
        if kind == RepKind::Possessive {
            self.out.push_str("(?>");
        }
        if body.len() == 1 && is_atom(&body[0]) {
            self.node(&body[0], flags)?;
        } else {
            self.out.push_str("(?:");
            self.seq(body, flags)?;
            self.out.push(')');
        }
        let q = match (min, max) {
            (0, MAXREPEAT) => "*".to_string(),
            (1, MAXREPEAT) => "+".to_string(),
            (0, 1) => "?".to_string(),
            (m, MAXREPEAT) => format!("{{{m},}}"),
            (m, n) if m == n => format!("{{{m}}}"),
            (m, n) => format!("{{{m},{n}}}"),
        };
        self.out.push_str(&q);
        match kind {
            RepKind::Greedy => {}
            RepKind::Lazy => self.out.push('?'),
            RepKind::Possessive => self.out.push(')'),
        }
        Ok(())
    }
}

fn has_group(n: &Node) -> bool {
    match n {
        Node::Sub { group: Some(_), .. } => true,
        Node::Sub { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => {
            body.iter().any(has_group)
        }
        Node::Assert { body, .. } => body.iter().any(has_group),
        Node::Branch(alts) => alts.iter().flatten().any(has_group),
        Node::GroupRefExists { yes, no, .. } => {
            yes.iter().any(has_group) || no.iter().flatten().any(has_group)
        }
        _ => false,
    }
}

/// Records, for every capturing group, its innermost enclosing group.
fn collect_parents(nodes: &[Node], parent: usize, out: &mut Vec<usize>) {
    for n in nodes {
        match n {
            Node::Sub {
                group: Some(g),
                body,
                ..
            } => {
                if let Some(slot) = out.get_mut(*g) {
                    *slot = parent;
                }
                collect_parents(body, *g, out);
            }
            Node::Sub { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => {
                collect_parents(body, parent, out)
            }
            Node::Assert { body, .. } => collect_parents(body, parent, out),
            Node::Branch(alts) => {
                for a in alts {
                    collect_parents(a, parent, out);
                }
            }
            Node::GroupRefExists { yes, no, .. } => {
                collect_parents(yes, parent, out);
                if let Some(no) = no {
                    collect_parents(no, parent, out);
                }
            }
            _ => {}
        }
    }
}

fn translate(p: &Parsed) -> Result<String, PErr> {
    let mut e = Emitter {
        out: String::new(),
        st: &p.state,
    };
    e.seq(&p.nodes, p.state.flags)?;
    Ok(e.out)
}

// ---------------------------------------------------------------------------
// Replacement templates
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum TItem {
    Lit(String),
    Group(usize),
}

/// A parsed replacement template for sub(): literal text and group references,
/// from Python syntax `\1`..`\99`, `\g<n>`, `\g<name>`, and escapes `\n` `\t`
/// `\\` etc.; unknown escapes of ASCII letters are errors
/// ("bad escape \q at position 0"); references to missing groups:
/// "invalid group reference 5 at position 1".
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    items: Vec<TItem>,
}

impl Template {
    /// Parses `template` against the groups of `regex` (CPython's
    /// `re._parser.parse_template`).
    pub fn parse(template: &str, regex: &Regex) -> Result<Template, String> {
        let chars: Vec<char> = template.chars().collect();
        parse_template(&chars, regex.groups, &regex.names).map_err(|e| e.render(&chars))
    }

    /// The template's text when it has no group references (fast path for sub).
    pub fn literal(&self) -> Option<&str> {
        match self.items.as_slice() {
            [] => Some(""),
            [TItem::Lit(s)] => Some(s),
            _ => None,
        }
    }

    /// Expands for one match (unmatched groups expand to '').
    pub fn expand(&self, subject: &str, caps: &Captures) -> String {
        // Resolve all needed char offsets to byte offsets in one pass.
        let mut offs: Vec<usize> = Vec::new();
        for it in &self.items {
            if let TItem::Group(g) = it {
                if let Some(Some((s, e))) = caps.spans.get(*g) {
                    offs.push(*s);
                    offs.push(*e);
                }
            }
        }
        offs.sort_unstable();
        offs.dedup();
        let mut map: Vec<(usize, usize)> = Vec::with_capacity(offs.len());
        let (mut b, mut c) = (0usize, 0usize);
        for &o in &offs {
            b = advance_chars(subject, b, o - c);
            c = o;
            map.push((o, b));
        }
        let lookup = |o: usize| -> usize {
            match map.binary_search_by_key(&o, |&(c, _)| c) {
                Ok(i) => map[i].1,
                Err(_) => 0,
            }
        };
        let mut out = String::new();
        for it in &self.items {
            match it {
                TItem::Lit(s) => out.push_str(s),
                TItem::Group(g) => {
                    if let Some(Some((s, e))) = caps.spans.get(*g) {
                        out.push_str(subject.get(lookup(*s)..lookup(*e)).unwrap_or(""));
                    }
                }
            }
        }
        out
    }

    fn expand_bytes(&self, subject: &str, caps: &ByteCaps, out: &mut String) {
        for it in &self.items {
            match it {
                TItem::Lit(s) => out.push_str(s),
                TItem::Group(g) => {
                    if let Some(Some((s, e))) = caps.get(*g) {
                        out.push_str(subject.get(*s..*e).unwrap_or(""));
                    }
                }
            }
        }
    }
}

fn parse_template(
    chars: &[char],
    groups: usize,
    names: &[(String, usize)],
) -> Result<Template, PErr> {
    let mut s = Tokenizer::new(chars)?;
    let mut items: Vec<TItem> = Vec::new();
    let mut literal = String::new();
    fn addgroup(
        s: &Tokenizer,
        items: &mut Vec<TItem>,
        literal: &mut String,
        groups: usize,
        index: u128,
        pos: usize,
    ) -> Result<(), PErr> {
        if index > groups as u128 {
            return Err(s.error(format!("invalid group reference {index}"), pos));
        }
        if !literal.is_empty() {
            items.push(TItem::Lit(std::mem::take(literal)));
        }
        items.push(TItem::Group(index as usize));
        Ok(())
    }
    while let Some(this) = s.get()? {
        let c = match this {
            Tok::C(ch) => {
                literal.push(ch);
                continue;
            }
            Tok::E(c) => c,
        };
        if c == 'g' {
            if !s.matches('<')? {
                return Err(s.error("missing <", 0));
            }
            let name = s.getuntil('>', "group name")?;
            let nlen = name.chars().count();
            let index: u128;
            if is_identifier(&name) {
                s.checkgroupname(&name, 1)?;
                match names.iter().find(|(n, _)| *n == name) {
                    Some((_, i)) => index = *i as u128,
                    None => {
                        return Err(PErr::plain(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )))
                    }
                }
            } else {
                match py_int(&name) {
                    Some(v) if v >= 0 => index = v as u128,
                    _ => {
                        return Err(s.error(
                            format!("bad character in group name {}", py_repr(&name)),
                            nlen + 1,
                        ))
                    }
                }
                if index >= MAXGROUPS as u128 {
                    return Err(s.error(format!("invalid group reference {index}"), nlen + 1));
                }
            }
            addgroup(&s, &mut items, &mut literal, groups, index, nlen + 1)?;
        } else if c == '0' {
            let mut digits = String::from("0");
            for _ in 0..2 {
                match s.next {
                    Some(Tok::C(d)) if is_oct(d) => {
                        digits.push(d);
                        s.advance()?;
                    }
                    _ => break,
                }
            }
            let v = u32::from_str_radix(&digits, 8).unwrap_or(0) & 0xff;
            literal.push(char::from_u32(v).unwrap_or('\0'));
        } else if is_digit(c) {
            let mut this = format!("\\{c}");
            let mut isoctal = false;
            if let Some(Tok::C(d)) = s.next {
                if is_digit(d) {
                    s.advance()?;
                    this.push(d);
                    if let Some(Tok::C(e)) = s.next {
                        if is_oct(c) && is_oct(d) && is_oct(e) {
                            s.advance()?;
                            this.push(e);
                            isoctal = true;
                            let v = u32::from_str_radix(&this[1..], 8).unwrap_or(u32::MAX);
                            if v > 0o377 {
                                return Err(s.error(
                                    format!("octal escape value {this} outside of range 0-0o377"),
                                    this.len(),
                                ));
                            }
                            literal.push(char::from_u32(v).unwrap_or('\0'));
                        }
                    }
                }
            }
            if !isoctal {
                let index: u128 = this[1..].parse().unwrap_or(u128::MAX);
                addgroup(&s, &mut items, &mut literal, groups, index, this.len() - 1)?;
            }
        } else if let Some(v) = simple_escape(c) {
            literal.push(char::from_u32(v).unwrap_or('\0'));
        } else if c.is_ascii_alphabetic() {
            return Err(s.error(format!("bad escape \\{c}"), 2));
        } else {
            literal.push('\\');
            literal.push(c);
        }
    }
    if !literal.is_empty() {
        items.push(TItem::Lit(literal));
    }
    Ok(Template { items })
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11 / Unicode 14.0)
// ---------------------------------------------------------------------------

/// Case-equivalence pairs of CPython 3.11 (`_sre.unicode_tolower` + `re._casefix`), run-length coded:
/// `(first, count, delta, stride)` means the pairs `(first + k*stride, first + k*stride + delta)` for k < count.
const CASE_PAIR_RUNS: &[(u32, u32, u32, u32)] = &[
    (0x41, 8, 32, 1),
    (0x4A, 2, 32, 2),
    (0x4D, 6, 32, 1),
    (0x54, 7, 32, 1),
    (0xC0, 5, 32, 1),
    (0xC6, 17, 32, 1),
    (0xD8, 7, 32, 1),
    (0xDF, 1, 7615, 1),
    (0xFF, 1, 121, 1),
    (0x100, 24, 1, 2),
    (0x132, 3, 1, 2),
    (0x139, 8, 1, 2),
    (0x14A, 23, 1, 2),
    (0x179, 3, 1, 2),
    (0x180, 1, 195, 1),
    (0x181, 1, 210, 1),
    (0x182, 2, 1, 2),
    (0x186, 1, 206, 1),
    (0x187, 1, 1, 1),
    (0x189, 2, 205, 1),
    (0x18B, 1, 1, 1),
    (0x18E, 1, 79, 1),
    (0x18F, 1, 202, 1),
    (0x190, 1, 203, 1),
    (0x191, 1, 1, 1),
    (0x193, 1, 205, 1),
    (0x194, 1, 207, 1),
    (0x195, 1, 97, 1),
    (0x196, 1, 211, 1),
    (0x197, 1, 209, 1),
    (0x198, 1, 1, 1),
    (0x19A, 1, 163, 1),
    (0x19C, 1, 211, 1),
    (0x19D, 1, 213, 1),
    (0x19E, 1, 130, 1),
    (0x19F, 1, 214, 1),
    (0x1A0, 3, 1, 2),
    (0x1A6, 1, 218, 1),
    (0x1A7, 1, 1, 1),
    (0x1A9, 1, 218, 1),
    (0x1AC, 1, 1, 1),
    (0x1AE, 1, 218, 1),
    (0x1AF, 1, 1, 1),
    (0x1B1, 2, 217, 1),
    (0x1B3, 2, 1, 2),
    (0x1B7, 1, 219, 1),
    (0x1B8, 1, 1, 1),
    (0x1BC, 1, 1, 1),
    (0x1BF, 1, 56, 1),
    (0x1CD, 8, 1, 2),
    (0x1DE, 9, 1, 2),
    (0x1F4, 1, 1, 1),
    (0x1F8, 20, 1, 2),
    (0x222, 9, 1, 2),
    (0x23A, 1, 10795, 1),
    (0x23B, 1, 1, 1),
    (0x23E, 1, 10792, 1),
    (0x23F, 2, 10815, 1),
    (0x241, 1, 1, 1),
    (0x244, 1, 69, 1),
    (0x245, 1, 71, 1),
    (0x246, 5, 1, 2),
    (0x250, 1, 10783, 1),
    (0x251, 1, 10780, 1),
    (0x252, 1, 10782, 1),
    (0x25C, 1, 42319, 1),
    (0x261, 1, 42315, 1),
    (0x265, 1, 42280, 1),
    (0x266, 1, 42308, 1),
    (0x26A, 1, 42308, 1),
    (0x26B, 1, 10743, 1),
    (0x26C, 1, 42305, 1),
    (0x271, 1, 10749, 1),
    (0x27D, 1, 10727, 1),
    (0x282, 1, 42307, 1),
    (0x287, 1, 42282, 1),
    (0x29D, 1, 42261, 1),
    (0x29E, 1, 42258, 1),
    (0x370, 2, 1, 2),
    (0x376, 1, 1, 1),
    (0x37B, 3, 130, 1),
    (0x37F, 1, 116, 1),
    (0x386, 1, 38, 1),
    (0x388, 3, 37, 1),
    (0x38C, 1, 64, 1),
    (0x38E, 2, 63, 1),
    (0x390, 1, 7235, 1),
    (0x391, 2, 32, 2),
    (0x394, 2, 32, 2),
    (0x397, 1, 32, 1),
    (0x39B, 2, 32, 2),
    (0x39E, 2, 32, 1),
    (0x3A4, 2, 32, 1),
    (0x3A7, 2, 32, 1),
    (0x3AA, 2, 32, 1),
    (0x3B0, 1, 7219, 1),
    (0x3CF, 1, 8, 1),
    (0x3D8, 12, 1, 2),
    (0x3F2, 1, 7, 1),
    (0x3F7, 1, 1, 1),
    (0x3FA, 1, 1, 1),
    (0x400, 16, 80, 1),
    (0x410, 2, 32, 1),
    (0x413, 2, 32, 2),
    (0x416, 8, 32, 1),
    (0x41F, 2, 32, 1),
    (0x423, 7, 32, 1),
    (0x42B, 5, 32, 1),
    (0x460, 1, 1, 1),
    (0x464, 15, 1, 2),
    (0x48A, 27, 1, 2),
    (0x4C0, 1, 15, 1),
    (0x4C1, 7, 1, 2),
    (0x4D0, 48, 1, 2),
    (0x531, 38, 48, 1),
    (0x10A0, 38, 7264, 1),
    (0x10C7, 1, 7264, 1),
    (0x10CD, 1, 7264, 1),
    (0x10D0, 43, 3008, 1),
    (0x10FD, 3, 3008, 1),
    (0x13A0, 80, 38864, 1),
    (0x13F0, 6, 8, 1),
    (0x1D79, 1, 35332, 1),
    (0x1D7D, 1, 3814, 1),
    (0x1D8E, 1, 35384, 1),
    (0x1E00, 48, 1, 2),
    (0x1E62, 26, 1, 2),
    (0x1EA0, 48, 1, 2),
    (0x1F00, 8, 8, 1),
    (0x1F10, 6, 8, 1),
    (0x1F20, 8, 8, 1),
    (0x1F30, 8, 8, 1),
    (0x1F40, 6, 8, 1),
    (0x1F51, 4, 8, 2),
    (0x1F60, 8, 8, 1),
    (0x1F70, 2, 74, 1),
    (0x1F72, 4, 86, 1),
    (0x1F76, 2, 100, 1),
    (0x1F78, 2, 128, 1),
    (0x1F7A, 2, 112, 1),
    (0x1F7C, 2, 126, 1),
    (0x1F80, 8, 8, 1),
    (0x1F90, 8, 8, 1),
    (0x1FA0, 8, 8, 1),
    (0x1FB0, 2, 8, 1),
    (0x1FB3, 1, 9, 1),
    (0x1FC3, 1, 9, 1),
    (0x1FD0, 2, 8, 1),
    (0x1FE0, 2, 8, 1),
    (0x1FE5, 1, 7, 1),
    (0x1FF3, 1, 9, 1),
    (0x2132, 1, 28, 1),
    (0x2160, 16, 16, 1),
    (0x2183, 1, 1, 1),
    (0x24B6, 26, 26, 1),
    (0x2C00, 48, 48, 1),
    (0x2C60, 1, 1, 1),
    (0x2C67, 3, 1, 2),
    (0x2C72, 1, 1, 1),
    (0x2C75, 1, 1, 1),
    (0x2C80, 50, 1, 2),
    (0x2CEB, 2, 1, 2),
    (0x2CF2, 1, 1, 1),
    (0xA640, 5, 1, 2),
    (0xA64C, 17, 1, 2),
    (0xA680, 14, 1, 2),
    (0xA722, 7, 1, 2),
    (0xA732, 31, 1, 2),
    (0xA779, 2, 1, 2),
    (0xA77E, 5, 1, 2),
    (0xA78B, 1, 1, 1),
    (0xA790, 2, 1, 2),
    (0xA794, 1, 48, 1),
    (0xA796, 10, 1, 2),
    (0xA7B3, 1, 928, 1),
    (0xA7B4, 8, 1, 2),
    (0xA7C7, 2, 1, 2),
    (0xA7D0, 1, 1, 1),
    (0xA7D6, 2, 1, 2),
    (0xA7F5, 1, 1, 1),
    (0xFB05, 1, 1, 1),
    (0xFF21, 26, 32, 1),
    (0x10400, 40, 40, 1),
    (0x104B0, 36, 40, 1),
    (0x10570, 11, 39, 1),
    (0x1057C, 15, 39, 1),
    (0x1058C, 7, 39, 1),
    (0x10594, 2, 39, 1),
    (0x10C80, 51, 64, 1),
    (0x118A0, 32, 32, 1),
    (0x16E40, 32, 32, 1),
    (0x1E900, 34, 34, 1),
];
/// Case-equivalence classes of CPython 3.11 with more than two members.
const CASE_MULTI: &[&[u32]] = &[
    &[0x49, 0x69, 0x130, 0x131],
    &[0x4B, 0x6B, 0x212A],
    &[0x53, 0x73, 0x17F],
    &[0xB5, 0x39C, 0x3BC],
    &[0xC5, 0xE5, 0x212B],
    &[0x1C4, 0x1C5, 0x1C6],
    &[0x1C7, 0x1C8, 0x1C9],
    &[0x1CA, 0x1CB, 0x1CC],
    &[0x1F1, 0x1F2, 0x1F3],
    &[0x345, 0x399, 0x3B9, 0x1FBE],
    &[0x392, 0x3B2, 0x3D0],
    &[0x395, 0x3B5, 0x3F5],
    &[0x398, 0x3B8, 0x3D1, 0x3F4],
    &[0x39A, 0x3BA, 0x3F0],
    &[0x3A0, 0x3C0, 0x3D6],
    &[0x3A1, 0x3C1, 0x3F1],
    &[0x3A3, 0x3C2, 0x3C3],
    &[0x3A6, 0x3C6, 0x3D5],
    &[0x3A9, 0x3C9, 0x2126],
    &[0x412, 0x432, 0x1C80],
    &[0x414, 0x434, 0x1C81],
    &[0x41E, 0x43E, 0x1C82],
    &[0x421, 0x441, 0x1C83],
    &[0x422, 0x442, 0x1C84, 0x1C85],
    &[0x42A, 0x44A, 0x1C86],
    &[0x462, 0x463, 0x1C87],
    &[0x1C88, 0xA64A, 0xA64B],
    &[0x1E60, 0x1E61, 0x1E9B],
];
/// Characters matched by `\w` in CPython 3.11 str patterns (Unicode 14: categories L* and N*, plus `_`).
const UNI_WORD: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x41, 0x5A),
    (0x5F, 0x5F),
    (0x61, 0x7A),
    (0xAA, 0xAA),
    (0xB2, 0xB3),
    (0xB5, 0xB5),
    (0xB9, 0xBA),
    (0xBC, 0xBE),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x2C1),
    (0x2C6, 0x2D1),
    (0x2E0, 0x2E4),
    (0x2EC, 0x2EC),
    (0x2EE, 0x2EE),
    (0x370, 0x374),
    (0x376, 0x377),
    (0x37A, 0x37D),
    (0x37F, 0x37F),
    (0x386, 0x386),
    (0x388, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x3F5),
    (0x3F7, 0x481),
    (0x48A, 0x52F),
    (0x531, 0x556),
    (0x559, 0x559),
    (0x560, 0x588),
    (0x5D0, 0x5EA),
    (0x5EF, 0x5F2),
    (0x620, 0x64A),
    (0x660, 0x669),
    (0x66E, 0x66F),
    (0x671, 0x6D3),
    (0x6D5, 0x6D5),
    (0x6E5, 0x6E6),
    (0x6EE, 0x6FC),
    (0x6FF, 0x6FF),
    (0x710, 0x710),
    (0x712, 0x72F),
    (0x74D, 0x7A5),
    (0x7B1, 0x7B1),
    (0x7C0, 0x7EA),
    (0x7F4, 0x7F5),
    (0x7FA, 0x7FA),
    (0x800, 0x815),
    (0x81A, 0x81A),
    (0x824, 0x824),
    (0x828, 0x828),
    (0x840, 0x858),
    (0x860, 0x86A),
    (0x870, 0x887),
    (0x889, 0x88E),
    (0x8A0, 0x8C9),
    (0x904, 0x939),
    (0x93D, 0x93D),
    (0x950, 0x950),
    (0x958, 0x961),
    (0x966, 0x96F),
    (0x971, 0x980),
    (0x985, 0x98C),
    (0x98F, 0x990),
    (0x993, 0x9A8),
    (0x9AA, 0x9B0),
    (0x9B2, 0x9B2),
    (0x9B6, 0x9B9),
    (0x9BD, 0x9BD),
    (0x9CE, 0x9CE),
    (0x9DC, 0x9DD),
    (0x9DF, 0x9E1),
    (0x9E6, 0x9F1),
    (0x9F4, 0x9F9),
    (0x9FC, 0x9FC),
    (0xA05, 0xA0A),
    (0xA0F, 0xA10),
    (0xA13, 0xA28),
    (0xA2A, 0xA30),
    (0xA32, 0xA33),
    (0xA35, 0xA36),
    (0xA38, 0xA39),
    (0xA59, 0xA5C),
    (0xA5E, 0xA5E),
    (0xA66, 0xA6F),
    (0xA72, 0xA74),
    (0xA85, 0xA8D),
    (0xA8F, 0xA91),
    (0xA93, 0xAA8),
    (0xAAA, 0xAB0),
    (0xAB2, 0xAB3),
    (0xAB5, 0xAB9),
    (0xABD, 0xABD),
    (0xAD0, 0xAD0),
    (0xAE0, 0xAE1),
    (0xAE6, 0xAEF),
    (0xAF9, 0xAF9),
    (0xB05, 0xB0C),
    (0xB0F, 0xB10),
    (0xB13, 0xB28),
    (0xB2A, 0xB30),
    (0xB32, 0xB33),
    (0xB35, 0xB39),
    (0xB3D, 0xB3D),
    (0xB5C, 0xB5D),
    (0xB5F, 0xB61),
    (0xB66, 0xB6F),
    (0xB71, 0xB77),
    (0xB83, 0xB83),
    (0xB85, 0xB8A),
    (0xB8E, 0xB90),
    (0xB92, 0xB95),
    (0xB99, 0xB9A),
    (0xB9C, 0xB9C),
    (0xB9E, 0xB9F),
    (0xBA3, 0xBA4),
    (0xBA8, 0xBAA),
    (0xBAE, 0xBB9),
    (0xBD0, 0xBD0),
    (0xBE6, 0xBF2),
    (0xC05, 0xC0C),
    (0xC0E, 0xC10),
    (0xC12, 0xC28),
    (0xC2A, 0xC39),
    (0xC3D, 0xC3D),
    (0xC58, 0xC5A),
    (0xC5D, 0xC5D),
    (0xC60, 0xC61),
    (0xC66, 0xC6F),
    (0xC78, 0xC7E),
    (0xC80, 0xC80),
    (0xC85, 0xC8C),
    (0xC8E, 0xC90),
    (0xC92, 0xCA8),
    (0xCAA, 0xCB3),
    (0xCB5, 0xCB9),
    (0xCBD, 0xCBD),
    (0xCDD, 0xCDE),
    (0xCE0, 0xCE1),
    (0xCE6, 0xCEF),
    (0xCF1, 0xCF2),
    (0xD04, 0xD0C),
    (0xD0E, 0xD10),
    (0xD12, 0xD3A),
    (0xD3D, 0xD3D),
    (0xD4E, 0xD4E),
    (0xD54, 0xD56),
    (0xD58, 0xD61),
    (0xD66, 0xD78),
    (0xD7A, 0xD7F),
    (0xD85, 0xD96),
    (0xD9A, 0xDB1),
    (0xDB3, 0xDBB),
    (0xDBD, 0xDBD),
    (0xDC0, 0xDC6),
    (0xDE6, 0xDEF),
    (0xE01, 0xE30),
    (0xE32, 0xE33),
    (0xE40, 0xE46),
    (0xE50, 0xE59),
    (0xE81, 0xE82),
    (0xE84, 0xE84),
    (0xE86, 0xE8A),
    (0xE8C, 0xEA3),
    (0xEA5, 0xEA5),
    (0xEA7, 0xEB0),
    (0xEB2, 0xEB3),
    (0xEBD, 0xEBD),
    (0xEC0, 0xEC4),
    (0xEC6, 0xEC6),
    (0xED0, 0xED9),
    (0xEDC, 0xEDF),
    (0xF00, 0xF00),
    (0xF20, 0xF33),
    (0xF40, 0xF47),
    (0xF49, 0xF6C),
    (0xF88, 0xF8C),
    (0x1000, 0x102A),
    (0x103F, 0x1049),
    (0x1050, 0x1055),
    (0x105A, 0x105D),
    (0x1061, 0x1061),
    (0x1065, 0x1066),
    (0x106E, 0x1070),
    (0x1075, 0x1081),
    (0x108E, 0x108E),
    (0x1090, 0x1099),
    (0x10A0, 0x10C5),
    (0x10C7, 0x10C7),
    (0x10CD, 0x10CD),
    (0x10D0, 0x10FA),
    (0x10FC, 0x1248),
    (0x124A, 0x124D),
    (0x1250, 0x1256),
    (0x1258, 0x1258),
    (0x125A, 0x125D),
    (0x1260, 0x1288),
    (0x128A, 0x128D),
    (0x1290, 0x12B0),
    (0x12B2, 0x12B5),
    (0x12B8, 0x12BE),
    (0x12C0, 0x12C0),
    (0x12C2, 0x12C5),
    (0x12C8, 0x12D6),
    (0x12D8, 0x1310),
    (0x1312, 0x1315),
    (0x1318, 0x135A),
    (0x1369, 0x137C),
    (0x1380, 0x138F),
    (0x13A0, 0x13F5),
    (0x13F8, 0x13FD),
    (0x1401, 0x166C),
    (0x166F, 0x167F),
    (0x1681, 0x169A),
    (0x16A0, 0x16EA),
    (0x16EE, 0x16F8),
    (0x1700, 0x1711),
    (0x171F, 0x1731),
    (0x1740, 0x1751),
    (0x1760, 0x176C),
    (0x176E, 0x1770),
    (0x1780, 0x17B3),
    (0x17D7, 0x17D7),
    (0x17DC, 0x17DC),
    (0x17E0, 0x17E9),
    (0x17F0, 0x17F9),
    (0x1810, 0x1819),
    (0x1820, 0x1878),
    (0x1880, 0x1884),
    (0x1887, 0x18A8),
    (0x18AA, 0x18AA),
    (0x18B0, 0x18F5),
    (0x1900, 0x191E),
    (0x1946, 0x196D),
    (0x1970, 0x1974),
    (0x1980, 0x19AB),
    (0x19B0, 0x19C9),
    (0x19D0, 0x19DA),
    (0x1A00, 0x1A16),
    (0x1A20, 0x1A54),
    (0x1A80, 0x1A89),
    (0x1A90, 0x1A99),
    (0x1AA7, 0x1AA7),
    (0x1B05, 0x1B33),
    (0x1B45, 0x1B4C),
    (0x1B50, 0x1B59),
    (0x1B83, 0x1BA0),
    (0x1BAE, 0x1BE5),
    (0x1C00, 0x1C23),
    (0x1C40, 0x1C49),
    (0x1C4D, 0x1C7D),
    (0x1C80, 0x1C88),
    (0x1C90, 0x1CBA),
    (0x1CBD, 0x1CBF),
    (0x1CE9, 0x1CEC),
    (0x1CEE, 0x1CF3),
    (0x1CF5, 0x1CF6),
    (0x1CFA, 0x1CFA),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1F15),
    (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57),
    (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D),
    (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4),
    (0x1FB6, 0x1FBC),
    (0x1FBE, 0x1FBE),
    (0x1FC2, 0x1FC4),
    (0x1FC6, 0x1FCC),
    (0x1FD0, 0x1FD3),
    (0x1FD6, 0x1FDB),
    (0x1FE0, 0x1FEC),
    (0x1FF2, 0x1FF4),
    (0x1FF6, 0x1FFC),
    (0x2070, 0x2071),
    (0x2074, 0x2079),
    (0x207F, 0x2089),
    (0x2090, 0x209C),
    (0x2102, 0x2102),
    (0x2107, 0x2107),
    (0x210A, 0x2113),
    (0x2115, 0x2115),
    (0x2119, 0x211D),
    (0x2124, 0x2124),
    (0x2126, 0x2126),
    (0x2128, 0x2128),
    (0x212A, 0x212D),
    (0x212F, 0x2139),
    (0x213C, 0x213F),
    (0x2145, 0x2149),
    (0x214E, 0x214E),
    (0x2150, 0x2189),
    (0x2460, 0x249B),
    (0x24EA, 0x24FF),
    (0x2776, 0x2793),
    (0x2C00, 0x2CE4),
    (0x2CEB, 0x2CEE),
    (0x2CF2, 0x2CF3),
    (0x2CFD, 0x2CFD),
    (0x2D00, 0x2D25),
    (0x2D27, 0x2D27),
    (0x2D2D, 0x2D2D),
    (0x2D30, 0x2D67),
    (0x2D6F, 0x2D6F),
    (0x2D80, 0x2D96),
    (0x2DA0, 0x2DA6),
    (0x2DA8, 0x2DAE),
    (0x2DB0, 0x2DB6),
    (0x2DB8, 0x2DBE),
    (0x2DC0, 0x2DC6),
    (0x2DC8, 0x2DCE),
    (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE),
    (0x2E2F, 0x2E2F),
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3031, 0x3035),
    (0x3038, 0x303C),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FC, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3192, 0x3195),
    (0x31A0, 0x31BF),
    (0x31F0, 0x31FF),
    (0x3220, 0x3229),
    (0x3248, 0x324F),
    (0x3251, 0x325F),
    (0x3280, 0x3289),
    (0x32B1, 0x32BF),
    (0x3400, 0x4DBF),
    (0x4E00, 0xA48C),
    (0xA4D0, 0xA4FD),
    (0xA500, 0xA60C),
    (0xA610, 0xA62B),
    (0xA640, 0xA66E),
    (0xA67F, 0xA69D),
    (0xA6A0, 0xA6EF),
    (0xA717, 0xA71F),
    (0xA722, 0xA788),
    (0xA78B, 0xA7CA),
    (0xA7D0, 0xA7D1),
    (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA801),
    (0xA803, 0xA805),
    (0xA807, 0xA80A),
    (0xA80C, 0xA822),
    (0xA830, 0xA835),
    (0xA840, 0xA873),
    (0xA882, 0xA8B3),
    (0xA8D0, 0xA8D9),
    (0xA8F2, 0xA8F7),
    (0xA8FB, 0xA8FB),
    (0xA8FD, 0xA8FE),
    (0xA900, 0xA925),
    (0xA930, 0xA946),
    (0xA960, 0xA97C),
    (0xA984, 0xA9B2),
    (0xA9CF, 0xA9D9),
    (0xA9E0, 0xA9E4),
    (0xA9E6, 0xA9FE),
    (0xAA00, 0xAA28),
    (0xAA40, 0xAA42),
    (0xAA44, 0xAA4B),
    (0xAA50, 0xAA59),
    (0xAA60, 0xAA76),
    (0xAA7A, 0xAA7A),
    (0xAA7E, 0xAAAF),
    (0xAAB1, 0xAAB1),
    (0xAAB5, 0xAAB6),
    (0xAAB9, 0xAABD),
    (0xAAC0, 0xAAC0),
    (0xAAC2, 0xAAC2),
    (0xAADB, 0xAADD),
    (0xAAE0, 0xAAEA),
    (0xAAF2, 0xAAF4),
    (0xAB01, 0xAB06),
    (0xAB09, 0xAB0E),
    (0xAB11, 0xAB16),
    (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E),
    (0xAB30, 0xAB5A),
    (0xAB5C, 0xAB69),
    (0xAB70, 0xABE2),
    (0xABF0, 0xABF9),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFB00, 0xFB06),
    (0xFB13, 0xFB17),
    (0xFB1D, 0xFB1D),
    (0xFB1F, 0xFB28),
    (0xFB2A, 0xFB36),
    (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E),
    (0xFB40, 0xFB41),
    (0xFB43, 0xFB44),
    (0xFB46, 0xFBB1),
    (0xFBD3, 0xFD3D),
    (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7),
    (0xFDF0, 0xFDFB),
    (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC),
    (0xFF10, 0xFF19),
    (0xFF21, 0xFF3A),
    (0xFF41, 0xFF5A),
    (0xFF66, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0x10000, 0x1000B),
    (0x1000D, 0x10026),
    (0x10028, 0x1003A),
    (0x1003C, 0x1003D),
    (0x1003F, 0x1004D),
    (0x10050, 0x1005D),
    (0x10080, 0x100FA),
    (0x10107, 0x10133),
    (0x10140, 0x10178),
    (0x1018A, 0x1018B),
    (0x10280, 0x1029C),
    (0x102A0, 0x102D0),
    (0x102E1, 0x102FB),
    (0x10300, 0x10323),
    (0x1032D, 0x1034A),
    (0x10350, 0x10375),
    (0x10380, 0x1039D),
    (0x103A0, 0x103C3),
    (0x103C8, 0x103CF),
    (0x103D1, 0x103D5),
    (0x10400, 0x1049D),
    (0x104A0, 0x104A9),
    (0x104B0, 0x104D3),
    (0x104D8, 0x104FB),
    (0x10500, 0x10527),
    (0x10530, 0x10563),
    (0x10570, 0x1057A),
    (0x1057C, 0x1058A),
    (0x1058C, 0x10592),
    (0x10594, 0x10595),
    (0x10597, 0x105A1),
    (0x105A3, 0x105B1),
    (0x105B3, 0x105B9),
    (0x105BB, 0x105BC),
    (0x10600, 0x10736),
    (0x10740, 0x10755),
    (0x10760, 0x10767),
    (0x10780, 0x10785),
    (0x10787, 0x107B0),
    (0x107B2, 0x107BA),
    (0x10800, 0x10805),
    (0x10808, 0x10808),
    (0x1080A, 0x10835),
    (0x10837, 0x10838),
    (0x1083C, 0x1083C),
    (0x1083F, 0x10855),
    (0x10858, 0x10876),
    (0x10879, 0x1089E),
    (0x108A7, 0x108AF),
    (0x108E0, 0x108F2),
    (0x108F4, 0x108F5),
    (0x108FB, 0x1091B),
    (0x10920, 0x10939),
    (0x10980, 0x109B7),
    (0x109BC, 0x109CF),
    (0x109D2, 0x10A00),
    (0x10A10, 0x10A13),
    (0x10A15, 0x10A17),
    (0x10A19, 0x10A35),
    (0x10A40, 0x10A48),
    (0x10A60, 0x10A7E),
    (0x10A80, 0x10A9F),
    (0x10AC0, 0x10AC7),
    (0x10AC9, 0x10AE4),
    (0x10AEB, 0x10AEF),
    (0x10B00, 0x10B35),
    (0x10B40, 0x10B55),
    (0x10B58, 0x10B72),
    (0x10B78, 0x10B91),
    (0x10BA9, 0x10BAF),
    (0x10C00, 0x10C48),
    (0x10C80, 0x10CB2),
    (0x10CC0, 0x10CF2),
    (0x10CFA, 0x10D23),
    (0x10D30, 0x10D39),
    (0x10E60, 0x10E7E),
    (0x10E80, 0x10EA9),
    (0x10EB0, 0x10EB1),
    (0x10F00, 0x10F27),
    (0x10F30, 0x10F45),
    (0x10F51, 0x10F54),
    (0x10F70, 0x10F81),
    (0x10FB0, 0x10FCB),
    (0x10FE0, 0x10FF6),
    (0x11003, 0x11037),
    (0x11052, 0x1106F),
    (0x11071, 0x11072),
    (0x11075, 0x11075),
    (0x11083, 0x110AF),
    (0x110D0, 0x110E8),
    (0x110F0, 0x110F9),
    (0x11103, 0x11126),
    (0x11136, 0x1113F),
    (0x11144, 0x11144),
    (0x11147, 0x11147),
    (0x11150, 0x11172),
    (0x11176, 0x11176),
    (0x11183, 0x111B2),
    (0x111C1, 0x111C4),
    (0x111D0, 0x111DA),
    (0x111DC, 0x111DC),
    (0x111E1, 0x111F4),
    (0x11200, 0x11211),
    (0x11213, 0x1122B),
    (0x11280, 0x11286),
    (0x11288, 0x11288),
    (0x1128A, 0x1128D),
    (0x1128F, 0x1129D),
    (0x1129F, 0x112A8),
    (0x112B0, 0x112DE),
    (0x112F0, 0x112F9),
    (0x11305, 0x1130C),
    (0x1130F, 0x11310),
    (0x11313, 0x11328),
    (0x1132A, 0x11330),
    (0x11332, 0x11333),
    (0x11335, 0x11339),
    (0x1133D, 0x1133D),
    (0x11350, 0x11350),
    (0x1135D, 0x11361),
    (0x11400, 0x11434),
    (0x11447, 0x1144A),
    (0x11450, 0x11459),
    (0x1145F, 0x11461),
    (0x11480, 0x114AF),
    (0x114C4, 0x114C5),
    (0x114C7, 0x114C7),
    (0x114D0, 0x114D9),
    (0x11580, 0x115AE),
    (0x115D8, 0x115DB),
    (0x11600, 0x1162F),
    (0x11644, 0x11644),
    (0x11650, 0x11659),
    (0x11680, 0x116AA),
    (0x116B8, 0x116B8),
    (0x116C0, 0x116C9),
    (0x11700, 0x1171A),
    (0x11730, 0x1173B),
    (0x11740, 0x11746),
    (0x11800, 0x1182B),
    (0x118A0, 0x118F2),
    (0x118FF, 0x11906),
    (0x11909, 0x11909),
    (0x1190C, 0x11913),
    (0x11915, 0x11916),
    (0x11918, 0x1192F),
    (0x1193F, 0x1193F),
    (0x11941, 0x11941),
    (0x11950, 0x11959),
    (0x119A0, 0x119A7),
    (0x119AA, 0x119D0),
    (0x119E1, 0x119E1),
    (0x119E3, 0x119E3),
    (0x11A00, 0x11A00),
    (0x11A0B, 0x11A32),
    (0x11A3A, 0x11A3A),
    (0x11A50, 0x11A50),
    (0x11A5C, 0x11A89),
    (0x11A9D, 0x11A9D),
    (0x11AB0, 0x11AF8),
    (0x11C00, 0x11C08),
    (0x11C0A, 0x11C2E),
    (0x11C40, 0x11C40),
    (0x11C50, 0x11C6C),
    (0x11C72, 0x11C8F),
    (0x11D00, 0x11D06),
    (0x11D08, 0x11D09),
    (0x11D0B, 0x11D30),
    (0x11D46, 0x11D46),
    (0x11D50, 0x11D59),
    (0x11D60, 0x11D65),
    (0x11D67, 0x11D68),
    (0x11D6A, 0x11D89),
    (0x11D98, 0x11D98),
    (0x11DA0, 0x11DA9),
    (0x11EE0, 0x11EF2),
    (0x11FB0, 0x11FB0),
    (0x11FC0, 0x11FD4),
    (0x12000, 0x12399),
    (0x12400, 0x1246E),
    (0x12480, 0x12543),
    (0x12F90, 0x12FF0),
    (0x13000, 0x1342E),
    (0x14400, 0x14646),
    (0x16800, 0x16A38),
    (0x16A40, 0x16A5E),
    (0x16A60, 0x16A69),
    (0x16A70, 0x16ABE),
    (0x16AC0, 0x16AC9),
    (0x16AD0, 0x16AED),
    (0x16B00, 0x16B2F),
    (0x16B40, 0x16B43),
    (0x16B50, 0x16B59),
    (0x16B5B, 0x16B61),
    (0x16B63, 0x16B77),
    (0x16B7D, 0x16B8F),
    (0x16E40, 0x16E96),
    (0x16F00, 0x16F4A),
    (0x16F50, 0x16F50),
    (0x16F93, 0x16F9F),
    (0x16FE0, 0x16FE1),
    (0x16FE3, 0x16FE3),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B150, 0x1B152),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x1BC00, 0x1BC6A),
    (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88),
    (0x1BC90, 0x1BC99),
    (0x1D2E0, 0x1D2F3),
    (0x1D360, 0x1D378),
    (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F),
    (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6),
    (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9),
    (0x1D4BB, 0x1D4BB),
    (0x1D4BD, 0x1D4C3),
    (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A),
    (0x1D50D, 0x1D514),
    (0x1D516, 0x1D51C),
    (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E),
    (0x1D540, 0x1D544),
    (0x1D546, 0x1D546),
    (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5),
    (0x1D6A8, 0x1D6C0),
    (0x1D6C2, 0x1D6DA),
    (0x1D6DC, 0x1D6FA),
    (0x1D6FC, 0x1D714),
    (0x1D716, 0x1D734),
    (0x1D736, 0x1D74E),
    (0x1D750, 0x1D76E),
    (0x1D770, 0x1D788),
    (0x1D78A, 0x1D7A8),
    (0x1D7AA, 0x1D7C2),
    (0x1D7C4, 0x1D7CB),
    (0x1D7CE, 0x1D7FF),
    (0x1DF00, 0x1DF1E),
    (0x1E100, 0x1E12C),
    (0x1E137, 0x1E13D),
    (0x1E140, 0x1E149),
    (0x1E14E, 0x1E14E),
    (0x1E290, 0x1E2AD),
    (0x1E2C0, 0x1E2EB),
    (0x1E2F0, 0x1E2F9),
    (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE),
    (0x1E7F0, 0x1E7FE),
    (0x1E800, 0x1E8C4),
    (0x1E8C7, 0x1E8CF),
    (0x1E900, 0x1E943),
    (0x1E94B, 0x1E94B),
    (0x1E950, 0x1E959),
    (0x1EC71, 0x1ECAB),
    (0x1ECAD, 0x1ECAF),
    (0x1ECB1, 0x1ECB4),
    (0x1ED01, 0x1ED2D),
    (0x1ED2F, 0x1ED3D),
    (0x1EE00, 0x1EE03),
    (0x1EE05, 0x1EE1F),
    (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24),
    (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32),
    (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39),
    (0x1EE3B, 0x1EE3B),
    (0x1EE42, 0x1EE42),
    (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49),
    (0x1EE4B, 0x1EE4B),
    (0x1EE4D, 0x1EE4F),
    (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54),
    (0x1EE57, 0x1EE57),
    (0x1EE59, 0x1EE59),
    (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F),
    (0x1EE61, 0x1EE62),
    (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A),
    (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77),
    (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E),
    (0x1EE80, 0x1EE89),
    (0x1EE8B, 0x1EE9B),
    (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9),
    (0x1EEAB, 0x1EEBB),
    (0x1F100, 0x1F10C),
    (0x1FBF0, 0x1FBF9),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
];
/// Characters matched by `\d` in CPython 3.11 str patterns (Unicode 14 category Nd).
const UNI_DIGIT: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6F0, 0x6F9),
    (0x7C0, 0x7C9),
    (0x966, 0x96F),
    (0x9E6, 0x9EF),
    (0xA66, 0xA6F),
    (0xAE6, 0xAEF),
    (0xB66, 0xB6F),
    (0xBE6, 0xBEF),
    (0xC66, 0xC6F),
    (0xCE6, 0xCEF),
    (0xD66, 0xD6F),
    (0xDE6, 0xDEF),
    (0xE50, 0xE59),
    (0xED0, 0xED9),
    (0xF20, 0xF29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17E0, 0x17E9),
    (0x1810, 0x1819),
    (0x1946, 0x194F),
    (0x19D0, 0x19D9),
    (0x1A80, 0x1A89),
    (0x1A90, 0x1A99),
    (0x1B50, 0x1B59),
    (0x1BB0, 0x1BB9),
    (0x1C40, 0x1C49),
    (0x1C50, 0x1C59),
    (0xA620, 0xA629),
    (0xA8D0, 0xA8D9),
    (0xA900, 0xA909),
    (0xA9D0, 0xA9D9),
    (0xA9F0, 0xA9F9),
    (0xAA50, 0xAA59),
    (0xABF0, 0xABF9),
    (0xFF10, 0xFF19),
    (0x104A0, 0x104A9),
    (0x10D30, 0x10D39),
    (0x11066, 0x1106F),
    (0x110F0, 0x110F9),
    (0x11136, 0x1113F),
    (0x111D0, 0x111D9),
    (0x112F0, 0x112F9),
    (0x11450, 0x11459),
    (0x114D0, 0x114D9),
    (0x11650, 0x11659),
    (0x116C0, 0x116C9),
    (0x11730, 0x11739),
    (0x118E0, 0x118E9),
    (0x11950, 0x11959),
    (0x11C50, 0x11C59),
    (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9),
    (0x16A60, 0x16A69),
    (0x16AC0, 0x16AC9),
    (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF),
    (0x1E140, 0x1E149),
    (0x1E2F0, 0x1E2F9),
    (0x1E950, 0x1E959),
    (0x1FBF0, 0x1FBF9),
];
/// Characters matched by `\s` in CPython 3.11 str patterns (`str.isspace`).
const UNI_SPACE: &[(u32, u32)] = &[
    (0x9, 0xD),
    (0x1C, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
];

// ---------------------------------------------------------------------------
// Tests (expected values generated with CPython 3.11)
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    /// The small HTML page the crawler pattern runs over.
    const PAGE: &str = "<html><head><title>豆瓣电影 Top 250</title></head><body><ol class=\"grid_view\">\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">1</em>\n            <a href=\"https://movie.example.com/subject/1001/\">\n                <img width=\"100\" alt=\"肖申克的救赎\" src=\"https://img.example.com/p1.jpg\" class=\"\">\n            </a>\n        </div>\n        <div class=\"info\">\n            <div class=\"hd\">\n                <a href=\"https://movie.example.com/subject/1001/\" class=\"\">\n                    <span class=\"title\">肖申克的救赎</span>\n                    <span class=\"other\">&nbsp;/&nbsp;别名</span>\n                </a>\n            </div>\n            <div class=\"bd\">\n                <p class=\"\">导演: 某人&nbsp;&nbsp;&nbsp;主演: 某人<br>1994&nbsp;/&nbsp;美国&nbsp;/&nbsp;犯罪 剧情</p>\n                <div class=\"star\">\n                        <span class=\"rating5-t\"></span>\n                        <span class=\"rating_num\" property=\"v:average\">9.7</span>\n                        <span property=\"v:best\" content=\"10.0\"></span>\n                        <span>3115280人评价</span>\n                </div>\n            </div>\n        </div>\n    </div>\n</li>\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">2</em>\n            <a href=\"https://movie.example.com/subject/1002/\">\n                <img width=\"100\" alt=\"霸王别姬\" src=\"https://img.example.com/p2.jpg\" class=\"\">\n            </a>\n        </div>\n        <div class=\"info\">\n            <div class=\"hd\">\n                <a href=\"https://movie.example.com/subject/1002/\" class=\"\">\n                    <span class=\"title\">霸王别姬</span>\n                    <span class=\"other\">&nbsp;/&nbsp;别名</span>\n                </a>\n            </div>\n            <div class=\"bd\">\n                <p class=\"\">导演: 某人&nbsp;&nbsp;&nbsp;主演: 某人<br>1994&nbsp;/&nbsp;美国&nbsp;/&nbsp;犯罪 剧情</p>\n                <div class=\"star\">\n                        <span class=\"rating5-t\"></span>\n                        <span class=\"rating_num\" property=\"v:average\">9.6</span>\n                        <span property=\"v:best\" content=\"10.0\"></span>\n                        <span>2279344人评价</span>\n                </div>\n            </div>\n        </div>\n    </div>\n</li>\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">3</em>\n            <a href=\"https://movie.example.com/subject/1003/\">\n                <img width=\"100\" alt=\"阿甘正传\" src=\"https://img.example.com/p3.jpg\" class=\"\">\n            </a>\n        </div>\n        <div class=\"info\">\n            <div class=\"hd\">\n                <a href=\"https://movie.example.com/subject/1003/\" class=\"\">\n                    <span class=\"title\">阿甘正传</span>\n                    <span class=\"other\">&nbsp;/&nbsp;别名</span>\n                </a>\n            </div>\n            <div class=\"bd\">\n                <p class=\"\">导演: 某人&nbsp;&nbsp;&nbsp;主演: 某人<br>1994&nbsp;/&nbsp;美国&nbsp;/&nbsp;犯罪 剧情</p>\n                <div class=\"star\">\n                        <span class=\"rating5-t\"></span>\n                        <span class=\"rating_num\" property=\"v:average\">9.5</span>\n                        <span property=\"v:best\" content=\"10.0\"></span>\n                        <span>2332145人评价</span>\n                </div>\n            </div>\n        </div>\n    </div>\n</li>\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">4</em>\n            <a href=\"https://movie.example.com/subject/1004/\">\n                <img width=\"100\" alt=\"泰坦尼克号\" src=\"https://img.example.com/p4.jpg\" class=\"\">\n            </a>\n        </div>\n        <div class=\"info\">\n            <div class=\"hd\">\n                <a href=\"https://movie.example.com/subject/1004/\" class=\"\">\n                    <span class=\"title\">泰坦尼克号</span>\n                    <span class=\"other\">&nbsp;/&nbsp;别名</span>\n                </a>\n            </div>\n            <div class=\"bd\">\n                <p class=\"\">导演: 某人&nbsp;&nbsp;&nbsp;主演: 某人<br>1994&nbsp;/&nbsp;美国&nbsp;/&nbsp;犯罪 剧情</p>\n                <div class=\"star\">\n                        <span class=\"rating5-t\"></span>\n                        <span class=\"rating_num\" property=\"v:average\">9.5</span>\n                        <span property=\"v:best\" content=\"10.0\"></span>\n                        <span>2215987人评价</span>\n                </div>\n            </div>\n        </div>\n    </div>\n</li>\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">5</em>\n            <a href=\"https://movie.example.com/subject/1005/\">\n                <img width=\"100\" alt=\"This Killer Is Not Too Cold\" src=\"https://img.example.com/p5.jpg\" class=\"\">\n            </a>\n        </div>\n        <div class=\"info\">\n            <div class=\"hd\">\n                <a href=\"https://movie.example.com/subject/1005/\" class=\"\">\n                    <span class=\"title\">This Killer Is Not Too Cold</span>\n                    <span class=\"other\">&nbsp;/&nbsp;别名</span>\n                </a>\n            </div>\n            <div class=\"bd\">\n                <p class=\"\">导演: 某人&nbsp;&nbsp;&nbsp;主演: 某人<br>1994&nbsp;/&nbsp;美国&nbsp;/&nbsp;犯罪 剧情</p>\n                <div class=\"star\">\n                        <span class=\"rating5-t\"></span>\n                        <span class=\"rating_num\" property=\"v:average\">9.4</span>\n                        <span property=\"v:best\" content=\"10.0\"></span>\n                        <span>2100000人评价</span>\n                </div>\n            </div>\n        </div>\n    </div>\n</li>\n</ol></body></html>\n";
    /// The course's crawler pattern.
    const CRAWLER: &str = "<div class=\"item\">.*?<div class=\"pic\">.*?<em .*?>(?P<id>\\d+).*?<span class=\"title\">(?P<title>.*?)</span>.*?<span class=\"rating_num\" .*?>(?P<rating_num>.*?)</span>.*?<span>(?P<comment_num>.*?)评价</span>";
    /// (op, pattern, flags, subject, template, pos/maxsplit/count, endpos (-1 = len), expected)
    /// expected values were produced by CPython 3.11.7.
    type Case = (
        &'static str,
        &'static str,
        u32,
        &'static str,
        &'static str,
        usize,
        i64,
        &'static str,
    );
    const CASES: &[Case] = &[
    ("finditer", "a", 0, "banana", "", 0, -1, "1-2;3-4;5-6"),
    ("finditer", "an", 0, "banana", "", 0, -1, "1-3;3-5"),
    ("finditer", "a.a", 0, "banana", "", 0, -1, "1-4"),
    ("finditer", "[a-c]+", 0, "xxabcbaxcx", "", 0, -1, "2-7;8-9"),
    ("finditer", "[^a-c]+", 0, "xxabcbaxcx", "", 0, -1, "0-2;7-8;9-10"),
    ("finditer", "\\d+", 0, "a1b22c333", "", 0, -1, "1-2;3-5;6-9"),
    ("finditer", "\\D+", 0, "a1b22c333", "", 0, -1, "0-1;2-3;5-6"),
    ("finditer", "\\w+", 0, "hello, world_1 !", "", 0, -1, "0-5;7-14"),
    ("finditer", "\\W+", 0, "hello, world_1 !", "", 0, -1, "5-7;14-16"),
    ("finditer", "\\s+", 0, "a b\tc\n\nd\u{1c}e\u{3000}f", "", 0, -1, "1-2;3-4;5-7;8-9;10-11"),
    ("finditer", "\\S+", 0, "a b\tc\n\nd\u{1c}e\u{3000}f", "", 0, -1, "0-1;2-3;4-5;7-8;9-10;11-12"),
    ("finditer", "a*", 0, "baaa", "", 0, -1, "0-0;1-4;4-4"),
    ("finditer", "a*?", 0, "baaa", "", 0, -1, "0-0;1-1;1-2;2-2;2-3;3-3;3-4;4-4"),
    ("finditer", "a+?", 0, "baaa", "", 0, -1, "1-2;2-3;3-4"),
    ("finditer", "a{2}", 0, "aaaaa", "", 0, -1, "0-2;2-4"),
    ("finditer", "a{2,3}", 0, "aaaaaaaa", "", 0, -1, "0-3;3-6;6-8"),
    ("finditer", "a{2,}", 0, "aaaaaaaa a aa", "", 0, -1, "0-8;11-13"),
    ("finditer", "a{,2}", 0, "aaaaa", "", 0, -1, "0-2;2-4;4-5;5-5"),
    ("finditer", "a{2,3}?", 0, "aaaaaaaa", "", 0, -1, "0-2;2-4;4-6;6-8"),
    ("finditer", "(a|ab)(c|bcd)(d*)", 0, "abcd", "", 0, -1, "0-4,0-1,1-4,4-4"),
    ("finditer", "(a+)(b+)?", 0, "aab ab a", "", 0, -1, "0-3,0-2,2-3;4-6,4-5,5-6;7-8,7-8,_"),
    ("finditer", "(?:ab)+", 0, "ababab abab", "", 0, -1, "0-6;7-11"),
    ("finditer", "x*", 0, "abxd", "", 0, -1, "0-0;1-1;2-3;3-3;4-4"),
    ("finditer", "", 0, "abc", "", 0, -1, "0-0;1-1;2-2;3-3"),
    ("finditer", "a|", 0, "aba", "", 0, -1, "0-1;1-1;2-3;3-3"),
    ("finditer", "|a", 0, "aba", "", 0, -1, "0-0;0-1;1-1;2-2;2-3;3-3"),
    ("finditer", "a*|b", 0, "ab", "", 0, -1, "0-1;1-1;1-2;2-2"),
    ("finditer", "(a)|b", 0, "ab", "", 0, -1, "0-1,0-1;1-2,_"),
    ("finditer", "(a)(b)?", 0, "a ab", "", 0, -1, "0-1,0-1,_;2-4,2-3,3-4"),
    ("finditer", ".", 0, "a\nb", "", 0, -1, "0-1;2-3"),
    ("finditer", ".", 16, "a\nb", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", ".+", 0, "ab\ncd", "", 0, -1, "0-2;3-5"),
    ("finditer", "(?s).+", 0, "ab\ncd", "", 0, -1, "0-5"),
    ("finditer", "[\\d\\s]+", 0, "12 34\nx", "", 0, -1, "0-6"),
    ("finditer", "[^\\d\\s]+", 0, "12 34\nxy z", "", 0, -1, "6-8;9-10"),
    ("finditer", "[\\w-]+", 0, "foo-bar baz_1", "", 0, -1, "0-7;8-13"),
    ("finditer", "[a\\-z]+", 0, "a-z b", "", 0, -1, "0-3"),
    ("finditer", "[]a]+", 0, "a]]b", "", 0, -1, "0-3"),
    ("finditer", "[^]a]+", 0, "a]]bc", "", 0, -1, "3-5"),
    ("finditer", "[\\]]+", 0, "x]]y", "", 0, -1, "1-3"),
    ("finditer", "[[]+", 0, "x[[y", "", 0, -1, "1-3"),
    ("finditer", "[a-]+", 0, "a--b", "", 0, -1, "0-3"),
    ("finditer", "[-a]+", 0, "a--b", "", 0, -1, "0-3"),
    ("finditer", "[\\\\]+", 0, "a\\\\b", "", 0, -1, "1-3"),
    ("finditer", "[.*+?]+", 0, "a.*+?b", "", 0, -1, "1-5"),
    ("finditer", "[\\x41-\\x43]+", 0, "ABCD", "", 0, -1, "0-3"),
    ("finditer", "[\\u4e00-\\u9fa5]+", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "0-7;8-15;28-33;37-38;40-41;43-44"),
    ("finditer", "[^\\u4e00-\\u9fa5]+", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "7-8;15-28;33-37;38-40;41-43;44-45"),
    ("finditer", "\\d+", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "23-24;25-27;33-37;38-40;41-43"),
    ("finditer", "\\w+", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "0-7;8-15;16-22;23-24;25-27;28-44"),
    ("finditer", "\\b\\w+\\b", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "0-7;8-15;16-22;23-24;25-27;28-44"),
    ("finditer", "[，。！]", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "7-8;15-16;44-45"),
    ("finditer", "天安门", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "4-7;8-11"),
    ("finditer", "(天安门)(上)?", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "4-7,4-7,_;8-12,8-11,11-12"),
    ("finditer", "\\d", 0, "٣4５", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "\\d", 256, "٣4５", "", 0, -1, "1-2"),
    ("finditer", "\\w+", 0, "café naïve ÆØÅ ½ x²", "", 0, -1, "0-4;5-10;11-14;15-16;17-19"),
    ("finditer", "\\w+", 256, "café naïve ÆØÅ", "", 0, -1, "0-3;5-7;8-10"),
    ("finditer", "\\s", 256, "\u{1c}\u{85}\u{a0} ", "", 0, -1, "3-4"),
    ("finditer", "\\s", 0, "\u{1c}\u{85}\u{a0} ", "", 0, -1, "0-1;1-2;2-3;3-4"),
    ("finditer", "^", 0, "ab\ncd\n", "", 0, -1, "0-0"),
    ("finditer", "^", 8, "ab\ncd\n", "", 0, -1, "0-0;3-3;6-6"),
    ("finditer", "$", 0, "ab\ncd\n", "", 0, -1, "5-5;6-6"),
    ("finditer", "$", 8, "ab\ncd\n", "", 0, -1, "2-2;5-5;6-6"),
    ("finditer", "^\\w+$", 8, "ab\ncd\n", "", 0, -1, "0-2;3-5"),
    ("finditer", "^\\w+$", 0, "ab\ncd\n", "", 0, -1, ""),
    ("finditer", "^\\w+$", 0, "abcd\n", "", 0, -1, "0-4"),
    ("finditer", "\\w+$", 0, "abcd\n\n", "", 0, -1, ""),
    ("finditer", "\\w+\\Z", 0, "abcd\n", "", 0, -1, ""),
    ("finditer", "\\w+\\Z", 0, "abcd", "", 0, -1, "0-4"),
    ("finditer", "\\A\\w+", 8, "ab\ncd", "", 0, -1, "0-2"),
    ("finditer", "(?m)^\\s*#.*$", 0, "# c1\nx = 1\n  # c2\n", "", 0, -1, "0-4;11-17"),
    ("finditer", "\\b", 0, "a b", "", 0, -1, "0-0;1-1;2-2;3-3"),
    ("finditer", "\\B", 0, "ab cd", "", 0, -1, "1-1;4-4"),
    ("finditer", "\\bfoo\\b", 0, "foo foobar barfoo (foo)", "", 0, -1, "0-3;19-22"),
    ("finditer", "\\Bo\\B", 0, "foo boom o", "", 0, -1, "1-2;5-6;6-7"),
    ("finditer", "\\b\\w", 0, "héllo wörld", "", 0, -1, "0-1;6-7"),
    ("finditer", "\\b\\w", 256, "héllo wörld", "", 0, -1, "0-1;2-3;6-7;8-9"),
    ("finditer", "\\b.", 0, "中文 text", "", 0, -1, "0-1;2-3;3-4"),
    ("finditer", "\\B", 0, "", "", 0, -1, ""),
    ("finditer", "\\b", 0, "", "", 0, -1, ""),
    ("finditer", "^$", 0, "", "", 0, -1, "0-0"),
    ("finditer", "$", 0, "\n", "", 0, -1, "0-0;1-1"),
    ("finditer", "^", 8, "\n", "", 0, -1, "0-0;1-1"),
    ("finditer", "abc", 2, "ABC abc AbC", "", 0, -1, "0-3;4-7;8-11"),
    ("finditer", "[a-z]+", 2, "Hello WORLD", "", 0, -1, "0-5;6-11"),
    ("finditer", "[^a-z]+", 2, "Hello WORLD 12", "", 0, -1, "5-6;11-14"),
    ("finditer", "σ", 2, "Σσς", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "ς", 2, "Σσς", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "s", 2, "sSſ", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "k", 2, "kKK", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "i", 2, "iIİı", "", 0, -1, "0-1;1-2;2-3;3-4"),
    ("finditer", "ı", 2, "iIİı", "", 0, -1, "0-1;1-2;2-3;3-4"),
    ("finditer", "é", 2, "éÉ", "", 0, -1, "0-1;1-2"),
    ("finditer", "é", 258, "éÉ", "", 0, -1, "0-1"),
    ("finditer", "[é]", 2, "éÉ", "", 0, -1, "0-1;1-2"),
    ("finditer", "k", 258, "kKK", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "[k-m]+", 2, "KLMklmK", "", 0, -1, "0-7"),
    ("finditer", "(?i)straße", 0, "STRASSE straße STRAẞE", "", 0, -1, "8-14;15-21"),
    ("finditer", "(?i:a)b", 0, "ab Ab aB AB", "", 0, -1, "0-2;3-5"),
    ("finditer", "a(?i:b)c", 0, "abc aBc abC", "", 0, -1, "0-3;4-7"),
    ("finditer", "(?i)a(?-i:b)c", 0, "abc ABC aBc AbC", "", 0, -1, "0-3;12-15"),
    ("finditer", "(a)\\1", 2, "aa aA Aa", "", 0, -1, "0-2,0-1;3-5,3-4;6-8,6-7"),
    ("finditer", "[^a]", 2, "aAb", "", 0, -1, "2-3"),
    ("finditer", "\\W", 2, "aA_!", "", 0, -1, "3-4"),
    ("finditer", "(\\w)\\1", 0, "hello aabb", "", 0, -1, "2-4,2-3;6-8,6-7;8-10,8-9"),
    ("finditer", "(?P<ch>\\w)(?P=ch)", 0, "hello aabb", "", 0, -1, "2-4,2-3;6-8,6-7;8-10,8-9"),
    ("finditer", "(?P<a>x)(?P<b>y)?", 0, "xy x", "", 0, -1, "0-2,0-1,1-2;3-4,3-4,_"),
    ("finditer", "(a)?(?(1)b|c)", 0, "ab c b ac", "", 0, -1, "0-2,0-1;3-4,_;8-9,_"),
    ("finditer", "(?P<q>\")?\\w+(?(q)\")", 0, "\"abc\" def \"gh", "", 0, -1, "0-5,0-1;6-9,_;11-13,_"),
    ("finditer", "(a)|(b)|(c)", 0, "abc", "", 0, -1, "0-1,0-1,_,_;1-2,_,1-2,_;2-3,_,_,2-3"),
    ("finditer", "((a)|b)+", 0, "abab", "", 0, -1, "0-4,3-4,2-3"),
    ("finditer", "(a*)*", 0, "b", "", 0, -1, "0-0,0-0;1-1,1-1"),
    ("finditer", "(a*)+", 0, "b", "", 0, -1, "0-0,0-0;1-1,1-1"),
    ("finditer", "(a|b)*?c", 0, "abc", "", 0, -1, "0-3,1-2"),
    ("finditer", "(?:(a)|b)+", 0, "ab", "", 0, -1, "0-2,0-1"),
    ("finditer", "(a){0}b", 0, "ab", "", 0, -1, "1-2,_"),
    ("finditer", "(\\d+)-(\\d+)", 0, "10-20 3-4", "", 0, -1, "0-5,0-2,3-5;6-9,6-7,8-9"),
    ("finditer", "(a)(?:x\\1)?", 0, "axa a", "", 0, -1, "0-3,0-1;4-5,4-5"),
    ("finditer", "\\w+(?=!)", 0, "so fancy! even with! iterators!", "", 0, -1, "3-8;15-19;21-30"),
    ("finditer", "(?<=\\$)\\d+", 0, "cost $100 and $20", "", 0, -1, "6-9;15-17"),
    ("finditer", "(?<!\\$)\\b\\d+", 0, "cost $100 and 20", "", 0, -1, "14-16"),
    ("finditer", "(?<=a)b", 0, "ab cb ab", "", 0, -1, "1-2;7-8"),
    ("finditer", "(?<=ab|cd)x", 0, "abx cdx xx", "", 0, -1, "2-3;6-7"),
    ("finditer", "(?<=(a))b", 0, "ab", "", 0, -1, "1-2,0-1"),
    ("finditer", "(?=(\\w+))", 0, "abc", "", 0, -1, "0-0,0-3;1-1,1-3;2-2,2-3"),
    ("finditer", "(?=a)", 0, "aba", "", 0, -1, "0-0;2-2"),
    ("finditer", "(?!a)", 0, "aba", "", 0, -1, "1-1;3-3"),
    ("finditer", "a(?!b)", 0, "ab ac a", "", 0, -1, "3-4;6-7"),
    ("finditer", "(?<=中)文", 0, "中文 英文", "", 0, -1, "1-2"),
    ("finditer", "(?<=\\d{3})x", 0, "123x 12x", "", 0, -1, "3-4"),
    ("finditer", "(?>a+)b", 0, "aaab aa", "", 0, -1, "0-4"),
    ("finditer", "a++b", 0, "aaab", "", 0, -1, "0-4"),
    ("finditer", "a++a", 0, "aaaa", "", 0, -1, ""),
    ("finditer", "(?>ab|a)c", 0, "abc ac", "", 0, -1, "0-3;4-6"),
    ("finditer", "a*+", 0, "aab", "", 0, -1, "0-2;2-2;3-3"),
    ("finditer", "x?+y", 0, "xy y", "", 0, -1, "0-2;3-4"),
    ("finditer", "a{1,2}+a", 0, "aaa", "", 0, -1, "0-3"),
    ("finditer", "\n    (\\d+)   # number\n    \\s*     # space\n    ([a-z]+) # word\n", 64, "12 abc 3def", "", 0, -1, "0-6,0-2,3-6;7-11,7-8,8-11"),
    ("finditer", "(?x) a b \\  c # comment", 0, "ab c abc", "", 0, -1, "0-4"),
    ("finditer", "(?x)[ ]a", 0, " a a", "", 0, -1, "0-2;2-4"),
    ("finditer", "a (?x: b c ) d", 0, "a bc d", "", 0, -1, "0-6"),
    ("finditer", "(?x)a{2} b", 0, "aab", "", 0, -1, "0-3"),
    ("finditer", "(?x)a #c\\n+", 0, "aaa", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "\\x41\\u0042\\U00000043", 0, "ABC", "", 0, -1, "0-3"),
    ("finditer", "\\101\\0", 0, "A\u{0}", "", 0, -1, "0-2"),
    ("finditer", "\\01", 0, "\u{1}", "", 0, -1, "0-1"),
    ("finditer", "\\n\\t\\\\", 0, "a\n\t\\b", "", 0, -1, "1-4"),
    ("finditer", "a{", 0, "a{", "", 0, -1, "0-2"),
    ("finditer", "{x}", 0, "a{x}", "", 0, -1, "1-4"),
    ("finditer", "a{1,x}", 0, "a{1,x}", "", 0, -1, "0-6"),
    ("finditer", "a{}", 0, "a{}", "", 0, -1, "0-3"),
    ("finditer", "a{,}", 0, "aaa", "", 0, -1, "0-3;3-3"),
    ("finditer", "x{1", 0, "x{1", "", 0, -1, "0-3"),
    ("finditer", "\\{\\}", 0, "{}", "", 0, -1, "0-2"),
    ("finditer", "\\.", 0, "a.b", "", 0, -1, "1-2"),
    ("finditer", "\\-\\#\\&\\~", 0, "-#&~", "", 0, -1, "0-4"),
    ("finditer", "€+", 0, "€€ $", "", 0, -1, "0-2"),
    ("finditer", "[€-₿]", 0, "€$₽", "", 0, -1, "0-1;2-3"),
    ("search", "^a", 0, "ba", "", 1, -1, "None"),
    ("search", "^a", 8, "b\na", "", 2, -1, "2-3"),
    ("search", "^a", 0, "b\na", "", 2, -1, "None"),
    ("search", "\\Aa", 0, "ba", "", 1, -1, "None"),
    ("search", "a$", 0, "ab", "", 0, 1, "0-1"),
    ("search", "a\\Z", 0, "ab", "", 0, 1, "0-1"),
    ("search", "(?<=b)a", 0, "ba", "", 1, -1, "1-2"),
    ("search", "\\ba", 0, "ba", "", 1, -1, "None"),
    ("search", "\\ba", 0, " a", "", 1, -1, "1-2"),
    ("search", "a(?=b)", 0, "ab", "", 0, 1, "None"),
    ("search", "中", 0, "中中中", "", 1, -1, "1-2"),
    ("search", "", 0, "abc", "", 2, 1, "None"),
    ("search", "", 0, "abc", "", 5, 4, "3-3"),
    ("search", "c", 0, "abc", "", 5, -1, "None"),
    ("search", "x", 0, "xyz", "", 0, 0, "None"),
    ("search", "", 0, "xyz", "", 0, 0, "0-0"),
    ("match", "b", 0, "ab", "", 1, -1, "1-2"),
    ("match", "b", 0, "ab", "", 0, -1, "None"),
    ("match", "a|ab", 0, "abc", "", 0, -1, "0-1"),
    ("match", "é+", 0, "aéé b", "", 1, -1, "1-3"),
    ("match", "\\w+", 0, "ab cd", "", 3, -1, "3-5"),
    ("match", "(?<= )\\w+", 0, "ab cd", "", 3, -1, "3-5"),
    ("fullmatch", "a|ab", 0, "ab", "", 0, -1, "0-2"),
    ("fullmatch", "a|ab", 0, "abc", "", 0, 2, "0-2"),
    ("fullmatch", "a*?", 0, "aaa", "", 0, -1, "0-3"),
    ("fullmatch", "(a+)(a+)", 0, "aaaa", "", 0, -1, "0-4,0-3,3-4"),
    ("fullmatch", "a", 0, "ab", "", 0, -1, "None"),
    ("fullmatch", ".*", 0, "ab\n", "", 0, -1, "None"),
    ("fullmatch", "ab", 0, "xaby", "", 1, 3, "1-3"),
    ("fullmatch", "\\w+$", 0, "abc\n", "", 0, -1, "None"),
    ("fullmatch", "(a|ab)(c|bcd)", 0, "abcd", "", 0, -1, "0-4,0-1,1-4"),
    ("finditer", "\\w+", 0, "ab cd ef gh", "", 3, 8, "3-5;6-8"),
    ("finditer", "^\\w", 8, "ab\ncd\nef", "", 1, 100, "3-4;6-7"),
    ("finditer", "", 0, "abc", "", 1, 2, "1-1;2-2"),
    ("finditer", "\\b", 0, "ab cd", "", 1, 4, "2-2;3-3;4-4"),
    ("finditer", "x*", 0, "中x文xx", "", 1, 5, "1-2;2-2;3-5;5-5"),
    ("split", "\\b", 0, "a b", "", 0, -1, "[\"\", \"a\", \" \", \"b\", \"\"]"),
    ("split", ",", 0, "a,b,,c,", "", 0, -1, "[\"a\", \"b\", \"\", \"c\", \"\"]"),
    ("split", "(,)", 0, "a,b,,c,", "", 0, -1, "[\"a\", \",\", \"b\", \",\", \"\", \",\", \"c\", \",\", \"\"]"),
    ("split", "(,)|(;)", 0, "a,b;c", "", 0, -1, "[\"a\", \",\", null, \"b\", null, \";\", \"c\"]"),
    ("split", "\\s+", 0, " a  b c ", "", 0, -1, "[\"\", \"a\", \"b\", \"c\", \"\"]"),
    ("split", "x*", 0, "axbc", "", 0, -1, "[\"\", \"a\", \"\", \"b\", \"c\", \"\"]"),
    ("split", "", 0, "abc", "", 0, -1, "[\"\", \"a\", \"b\", \"c\", \"\"]"),
    ("split", "^", 8, "a\nb\nc", "", 0, -1, "[\"\", \"a\\n\", \"b\\n\", \"c\"]"),
    ("split", "$", 8, "a\nb\nc", "", 0, -1, "[\"a\", \"\\nb\", \"\\nc\", \"\"]"),
    ("split", ",", 0, "a,b,c,d", "", 2, -1, "[\"a\", \"b\", \"c,d\"]"),
    ("split", "(?=b)", 0, "abab", "", 0, -1, "[\"a\", \"ba\", \"b\"]"),
    ("split", "[，。]", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "", 0, -1, "[\"我爱北京天安门\", \"天安门上太阳升\", \"Python 3.11 版本发布于2022年10月24日！\"]"),
    ("split", "\\d+", 0, "a1b22c", "", 1, -1, "[\"a\", \"b22c\"]"),
    ("split", "(a)(x)?", 0, "bab", "", 0, -1, "[\"b\", \"a\", null, \"b\"]"),
    ("sub", "x*", 0, "abxd", "-", 0, -1, "-a-b--d-"),
    ("sub", "a", 0, "banana", "b", 0, -1, "bbnbnb"),
    ("sub", "a", 0, "banana", "b", 2, -1, "bbnbna"),
    ("sub", "(\\w+) (\\w+)", 0, "hello world foo bar", "\\2 \\1", 0, -1, "world hello bar foo"),
    ("sub", "(?P<first>\\w+) (?P<second>\\w+)", 0, "hello world", "\\g<second> \\g<first>", 0, -1, "world hello"),
    ("sub", "(\\w+)", 0, "a bc", "<\\g<0>>", 0, -1, "<a> <bc>"),
    ("sub", "(\\w+)", 0, "a bc", "[\\g<1>]", 0, -1, "[a] [bc]"),
    ("sub", "(a)|b", 0, "ab", "[\\1]", 0, -1, "[a][]"),
    ("sub", "a", 0, "a", "\\n\\t\\\\", 0, -1, "\n\t\\"),
    ("sub", "a", 0, "a", "\\&", 0, -1, "\\&"),
    ("sub", "a", 0, "a", "\\0", 0, -1, "\u{0}"),
    ("sub", "a", 0, "a", "\\101", 0, -1, "A"),
    ("sub", "", 0, "abc", "-", 0, -1, "-a-b-c-"),
    ("sub", "\\b", 0, "ab cd", "|", 0, -1, "|ab| |cd|"),
    ("sub", "$", 0, "ab\n", "!", 0, -1, "ab!\n!"),
    ("sub", "(?m)$", 0, "ab\ncd\n", "!", 0, -1, "ab!\ncd!\n!"),
    ("sub", "^", 8, "l1\nl2\n", "> ", 0, -1, "> l1\n> l2\n> "),
    ("sub", "天安门", 0, "我爱北京天安门，天安门上太阳升。Python 3.11 版本发布于2022年10月24日！", "TAM", 0, -1, "我爱北京TAM，TAM上太阳升。Python 3.11 版本发布于2022年10月24日！"),
    ("sub", "\\s+", 0, "  a \t b\n", " ", 0, -1, " a b "),
    ("sub", "(\\d)", 0, "a1b2", "\\g<1>0", 0, -1, "a10b20"),
    ("sub", "(\\d)", 0, "a1b2", "\\10", 0, -1, "ERR:invalid group reference 10 at position 1"),
    ("sub", "a", 0, "a", "\\q", 0, -1, "ERR:bad escape \\q at position 0"),
    ("sub", "a", 0, "a", "\\5", 0, -1, "ERR:invalid group reference 5 at position 1"),
    ("sub", "(a)", 0, "a", "\\2", 0, -1, "ERR:invalid group reference 2 at position 1"),
    ("sub", "a", 0, "a", "\\g<x>", 0, -1, "ERR:unknown group name 'x'"),
    ("sub", "a", 0, "a", "\\g<1", 0, -1, "ERR:missing >, unterminated name at position 3"),
    ("sub", "a", 0, "a", "\\g", 0, -1, "ERR:missing < at position 2"),
    ("sub", "a", 0, "a", "\\g<>", 0, -1, "ERR:missing group name at position 3"),
    ("sub", "a", 0, "a", "\\g<-1>", 0, -1, "ERR:bad character in group name '-1' at position 3"),
    ("sub", "a", 0, "a", "\\g<1a>", 0, -1, "ERR:bad character in group name '1a' at position 3"),
    ("sub", "a", 0, "a", "x\n\\q", 0, -1, "ERR:bad escape \\q at position 2 (line 2, column 1)"),
    ("sub", "(a)", 0, "a", "\\g< 1>", 0, -1, "a"),
    ("sub", "(a)", 0, "a", "\\400", 0, -1, "ERR:octal escape value \\400 outside of range 0-0o377 at position 0"),
    ("compile", "(", 0, "", "", 0, -1, "ERR:missing ), unterminated subpattern at position 0"),
    ("compile", "(abc", 0, "", "", 0, -1, "ERR:missing ), unterminated subpattern at position 0"),
    ("compile", "abc)", 0, "", "", 0, -1, "ERR:unbalanced parenthesis at position 3"),
    ("compile", "a)b)", 0, "", "", 0, -1, "ERR:unbalanced parenthesis at position 1"),
    ("compile", "*", 0, "", "", 0, -1, "ERR:nothing to repeat at position 0"),
    ("compile", "a**", 0, "", "", 0, -1, "ERR:multiple repeat at position 2"),
    ("compile", "^*", 0, "", "", 0, -1, "ERR:nothing to repeat at position 1"),
    ("compile", "\\b+", 0, "", "", 0, -1, "ERR:nothing to repeat at position 2"),
    ("compile", "(?<x)", 0, "", "", 0, -1, "ERR:unknown extension ?<x at position 1"),
    ("compile", "(?<=a+)b", 0, "", "", 0, -1, "ERR:look-behind requires fixed-width pattern"),
    ("compile", "(?<=a|bc)", 0, "", "", 0, -1, "ERR:look-behind requires fixed-width pattern"),
    ("compile", "(?<!a*)", 0, "", "", 0, -1, "ERR:look-behind requires fixed-width pattern"),
    ("compile", "\\q", 0, "", "", 0, -1, "ERR:bad escape \\q at position 0"),
    ("compile", "[\\q]", 0, "", "", 0, -1, "ERR:bad escape \\q at position 1"),
    ("compile", "(a)\\2", 0, "", "", 0, -1, "ERR:invalid group reference 2 at position 4"),
    ("compile", "(a)\\1", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(a\\1)", 0, "", "", 0, -1, "ERR:cannot refer to an open group at position 2"),
    ("compile", "[z-a]", 0, "", "", 0, -1, "ERR:bad character range z-a at position 1"),
    ("compile", "[a-\\d]", 0, "", "", 0, -1, "ERR:bad character range a-\\d at position 1"),
    ("compile", "[a", 0, "", "", 0, -1, "ERR:unterminated character set at position 0"),
    ("compile", "[", 0, "", "", 0, -1, "ERR:unterminated character set at position 0"),
    ("compile", "[]", 0, "", "", 0, -1, "ERR:unterminated character set at position 0"),
    ("compile", "a{3,2}", 0, "", "", 0, -1, "ERR:min repeat greater than max repeat at position 2"),
    ("compile", "a{99999999999}", 0, "", "", 0, -1, "ERR:the repetition number is too large"),
    ("compile", "(?P<1a>x)", 0, "", "", 0, -1, "ERR:bad character in group name '1a' at position 4"),
    ("compile", "(?P<a>x)(?P<a>y)", 0, "", "", 0, -1, "ERR:redefinition of group name 'a' as group 2; was group 1 at position 12"),
    ("compile", "(?P=b)", 0, "", "", 0, -1, "ERR:unknown group name 'b' at position 4"),
    ("compile", "(?P<a>x(?P=a))", 0, "", "", 0, -1, "ERR:cannot refer to an open group at position 11"),
    ("compile", "(?P", 0, "", "", 0, -1, "ERR:unexpected end of pattern at position 3"),
    ("compile", "(?Px)", 0, "", "", 0, -1, "ERR:unknown extension ?Px at position 1"),
    ("compile", "(?", 0, "", "", 0, -1, "ERR:unexpected end of pattern at position 2"),
    ("compile", "(?z)", 0, "", "", 0, -1, "ERR:unknown extension ?z at position 1"),
    ("compile", "(?i", 0, "", "", 0, -1, "ERR:missing -, : or ) at position 3"),
    ("compile", "(?i-)", 0, "", "", 0, -1, "ERR:missing flag at position 4"),
    ("compile", "(?-i)", 0, "", "", 0, -1, "ERR:missing : at position 4"),
    ("compile", "(?i-i:a)", 0, "", "", 0, -1, "ERR:bad inline flags: flag turned on and off at position 5"),
    ("compile", "(?a-u:x)", 0, "", "", 0, -1, "ERR:bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 5"),
    ("compile", "(?L)a", 0, "", "", 0, -1, "ERR:bad inline flags: cannot use 'L' flag with a str pattern at position 3"),
    ("compile", "(?au)a", 0, "", "", 0, -1, "ERR:bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4"),
    ("compile", "a(?i)b", 0, "", "", 0, -1, "ERR:global flags not at the start of the expression at position 1"),
    ("compile", "(?i)a", 0, "", "", 0, -1, "OK:34:0:"),
    ("compile", "(?i)(?m)a", 0, "", "", 0, -1, "OK:42:0:"),
    ("compile", "(?x)a(?s)b", 0, "", "", 0, -1, "ERR:global flags not at the start of the expression at position 5"),
    ("compile", "(?#comment", 0, "", "", 0, -1, "ERR:missing ), unterminated comment at position 0"),
    ("compile", "(?#ok)a", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "(?(1)a|b)", 0, "", "", 0, -1, "ERR:invalid group reference 1 at position 3"),
    ("compile", "(?(1)a|b)(c)", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(?(0)a)", 0, "", "", 0, -1, "ERR:bad group number at position 3"),
    ("compile", "(?(x)a)", 0, "", "", 0, -1, "ERR:unknown group name 'x' at position 3"),
    ("compile", "(?(1a)a)", 0, "", "", 0, -1, "ERR:bad character in group name '1a' at position 3"),
    ("compile", "(?P<n>a)(?(n)b|c|d)", 0, "", "", 0, -1, "ERR:conditional backref with more than two branches at position 16"),
    ("compile", "\\x4", 0, "", "", 0, -1, "ERR:incomplete escape \\x4 at position 0"),
    ("compile", "\\u12", 0, "", "", 0, -1, "ERR:incomplete escape \\u12 at position 0"),
    ("compile", "\\U0011ffff", 0, "", "", 0, -1, "ERR:bad escape \\U0011ffff at position 0"),
    ("compile", "\\N{EM DASH}", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "\\400", 0, "", "", 0, -1, "ERR:octal escape value \\400 outside of range 0-0o377 at position 0"),
    ("compile", "\\8", 0, "", "", 0, -1, "ERR:invalid group reference 8 at position 1"),
    ("compile", "[\\8]", 0, "", "", 0, -1, "ERR:bad escape \\8 at position 1"),
    ("compile", "[\\400]", 0, "", "", 0, -1, "ERR:octal escape value \\400 outside of range 0-0o377 at position 1"),
    ("compile", "a\\", 0, "", "", 0, -1, "ERR:bad escape (end of pattern) at position 1"),
    ("compile", "(a\\", 0, "", "", 0, -1, "ERR:bad escape (end of pattern) at position 2"),
    ("compile", "ab\\nc)", 0, "", "", 0, -1, "ERR:unbalanced parenthesis at position 5"),
    ("compile", "ab\nc)", 0, "", "", 0, -1, "ERR:unbalanced parenthesis at position 4 (line 2, column 2)"),
    ("compile", "x\n(?P<1>y)", 0, "", "", 0, -1, "ERR:bad character in group name '1' at position 6 (line 2, column 5)"),
    ("compile", "(?P<a>.)(?P<b>.)(c)(?P<d>.)", 0, "", "", 0, -1, "OK:32:4:a=1,b=2,d=4"),
    ("compile", "a", 256, "", "", 0, -1, "OK:256:0:"),
    ("compile", "a", 90, "", "", 0, -1, "OK:122:0:"),
    ("compile", "a", 288, "", "", 0, -1, "ERR:ASCII and UNICODE flags are incompatible"),
    ("compile", "(?a)\\w", 0, "", "", 0, -1, "OK:256:0:"),
    ("compile", "(?u)\\w", 256, "", "", 0, -1, "ERR:ASCII and UNICODE flags are incompatible"),
    ("compile", "(a)(?<=\\1)", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(?<=(a))", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(a)(?<=(?(1)b|c))", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(?<=\\b)a", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "x{2}{3}", 0, "", "", 0, -1, "ERR:multiple repeat at position 4"),
    ("compile", "(?:)*", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "()*", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "(?=a)*", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "a|*", 0, "", "", 0, -1, "ERR:nothing to repeat at position 2"),
    ("compile", "(|a)*", 0, "", "", 0, -1, "OK:32:1:"),
    ("compile", "a{,2}?", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "\\Z\\A\\b\\B", 0, "", "", 0, -1, "OK:32:0:"),
    ("compile", "a*", 1, "", "", 0, -1, "ERR:internal: unsupported template operator MAX_REPEAT"),
    ("compile", "(?t)a+?", 0, "", "", 0, -1, "ERR:internal: unsupported template operator MIN_REPEAT"),
    ("compile", "(?t)ab", 0, "", "", 0, -1, "OK:33:0:"),
    ("finditer", "(?:)*a", 0, "aa", "", 0, -1, "0-1;1-2"),
    ("finditer", "()*a", 0, "aa", "", 0, -1, "0-1,0-0;1-2,1-1"),
    ("finditer", "(?=a)*a", 0, "aa", "", 0, -1, "0-1;1-2"),
    ("finditer", "(?:(?=(a)))*", 0, "a", "", 0, -1, "0-0,0-1;1-1,_"),
    ("finditer", "(|a)*", 0, "aa", "", 0, -1, "0-0,0-0;0-1,1-1;1-1,1-1;1-2,2-2;2-2,2-2"),
    ("finditer", "(?:a|b)*?b", 0, "aab", "", 0, -1, "0-3"),
    ("finditer", "(a)(?<=\\1)", 0, "aa", "", 0, -1, "0-1,0-1;1-2,1-2"),
    ("finditer", "(?i)(?<=A)b", 0, "ab Ab", "", 0, -1, "1-2;4-5"),
    ("finditer", "a.c", 0, "a中c a\nc", "", 0, -1, "0-3"),
    ("finditer", "[^\\n]+", 0, "ab\ncd", "", 0, -1, "0-2;3-5"),
    ("finditer", "[\\s\\S]+", 0, "ab\ncd", "", 0, -1, "0-5"),
    ("finditer", "(?s:.)b", 0, "\nb", "", 0, -1, "0-2"),
    ("finditer", "x(?-s:.)y", 16, "x\ny xay", "", 0, -1, "4-7"),
    ("finditer", "(?a:\\w+)", 0, "héllo", "", 0, -1, "0-1;2-5"),
    ("finditer", "(?u:\\w+)", 256, "héllo", "", 0, -1, "0-5"),
    ("finditer", "[\\W\\d]+", 0, "ab12!?c", "", 0, -1, "2-6"),
    ("finditer", "[^\\W\\d]+", 0, "ab12!?c_", "", 0, -1, "0-2;6-8"),
    ("finditer", "(\\w+)@(\\w+)\\.com", 0, "x a@b.com, c@d.com", "", 0, -1, "2-9,2-3,4-5;11-18,11-12,13-14"),
    ("finditer", "<(\\w+)>.*?</\\1>", 0, "<a>x</a><b>y</b><a>z</b>", "", 0, -1, "0-8,1-2;8-16,9-10"),
    ("finditer", "(?P<tag><(?P<name>\\w+)>)", 0, "<p><div>", "", 0, -1, "0-3,0-3,1-2;3-8,3-8,4-7"),
    ("finditer", "\\$\\{(\\w+)\\}", 0, "x ${a} ${bc}", "", 0, -1, "2-6,4-5;7-12,9-11"),
    ("finditer", "([\"\\'])(.*?)\\1", 0, "\"a\" 'b' \"c'", "", 0, -1, "0-3,0-1,1-2;4-7,4-5,5-6"),
    ("finditer", "^(?:(\\d+)\\.)+(\\d+)$", 0, "1.2.3", "", 0, -1, "0-5,2-3,4-5"),
    ("finditer", "(\\d+)(?:px|em)", 0, "10px 2em 3pt", "", 0, -1, "0-4,0-2;5-8,5-6"),
    ("finditer", "[0-9a-fA-F]{2}", 0, "a1B2c3zz", "", 0, -1, "0-2;2-4;4-6"),
    ("finditer", "colou?r", 0, "color colour colouur", "", 0, -1, "0-5;6-12"),
    ("finditer", "\\d{3}-\\d{4}", 0, "call 555-1234 or 555-12345", "", 0, -1, "5-13;17-25"),
    ("finditer", "(?i)HELLO", 0, "hello Hello HELLO hElLo", "", 0, -1, "0-5;6-11;12-17;18-23"),
    ("finditer", "(\\w)(\\w)?(\\w)?", 0, "abcd e", "", 0, -1, "0-3,0-1,1-2,2-3;3-4,3-4,_,_;5-6,5-6,_,_"),
    ("finditer", "a(?#comment)b", 0, "ab", "", 0, -1, "0-2"),
    ("finditer", "(?x) \\d+ (?# num ) [a-z]", 0, "12a", "", 0, -1, "0-3"),
    ("finditer", "([a-z]+)(?:,|$)", 0, "ab,cd,ef", "", 0, -1, "0-3,0-2;3-6,3-5;6-8,6-8"),
    ("finditer", "\\bthe\\b", 2, "the other theme, the end", "", 0, -1, "0-3;17-20"),
    ("finditer", "(\\s*)x(\\s*)", 0, " x x  x ", "", 0, -1, "0-3,0-1,2-3;3-6,3-3,4-6;6-8,6-6,7-8"),
    ("finditer", "(?(1)a|b)(c)", 0, "bc ac", "", 0, -1, "0-2,1-2"),
    ("finditer", "(a)?b\\1", 0, "b ab aba", "", 0, -1, "5-8,5-6"),
    ("finditer", "(a)?(?(1)\\1|x)", 0, "aa x a", "", 0, -1, "0-2,0-1;3-4,_"),
    ("finditer", "(a?)+?b", 0, "aab", "", 0, -1, "0-3,1-2"),
    ("finditer", "(a)(b)?\\2", 0, "ab abb a", "", 0, -1, "3-6,3-4,4-5"),
    ("finditer", "(?P<x>a)|(?P<y>b)", 2, "ab", "", 0, -1, "0-1,0-1,_;1-2,_,1-2"),
    ("finditer", "(a)\\1", 258, "aA AA", "", 0, -1, "0-2,0-1;3-5,3-4"),
    ("finditer", "[^a-z]", 258, "aZ1", "", 0, -1, "2-3"),
    ("finditer", "\\w+", 258, "AbKſ", "", 0, -1, "0-2"),
    ("finditer", "k+", 2, "AbKKkſ", "", 0, -1, "2-5"),
    ("finditer", "[\\u0100-\\u017f]+", 2, "ĀāŻżſs", "", 0, -1, "0-6"),
    ("finditer", "𐐀", 2, "𐐀𐐨", "", 0, -1, "0-1;1-2"),
    ("finditer", "[😀-😂]+", 0, "x😀😁😂😃", "", 0, -1, "1-4"),
    ("finditer", ".", 0, "😀a", "", 0, -1, "0-1;1-2"),
    ("finditer", "\\ud800", 0, "abc", "", 0, -1, ""),
    ("finditer", "[\\ud800-\\udfff]", 0, "abc", "", 0, -1, ""),
    ("finditer", "[^\\ud800]", 0, "ab", "", 0, -1, "0-1;1-2"),
    ("finditer", "[\\x00-\\U0010ffff]+", 0, "ab\n中", "", 0, -1, "0-4"),
    ("finditer", "\\r?\\n", 0, "a\r\nb\nc", "", 0, -1, "1-3;4-5"),
    ("finditer", "$", 0, "a\r\n", "", 0, -1, "2-2;3-3"),
    ("finditer", "(((((((((((a)))))))))))", 0, "aa", "", 0, -1, "0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1;1-2,1-2,1-2,1-2,1-2,1-2,1-2,1-2,1-2,1-2,1-2,1-2"),
    ("finditer", "(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p)+", 0, "hello world", "", 0, -1, "0-5;7-8;9-11"),
    ("finditer", "\\w{3}", 0, "abcdefg 中文字符", "", 0, -1, "0-3;3-6;8-11"),
    ("finditer", "[\\w.+-]+@[\\w-]+\\.[\\w.-]+", 0, "mail a.b+c@ex-ample.co.uk now", "", 0, -1, "5-25"),
    ("finditer", "(?<=\\b)\\w", 0, "ab cd", "", 0, -1, "0-1;3-4"),
    ("finditer", "(?i)(?<=[a-z])\\d", 0, "A1 b2 _3", "", 0, -1, "1-2;4-5"),
    ("finditer", "^\\s*$", 8, "a\n\n  \nb", "", 0, -1, "2-5"),
    ("finditer", "(?m)(?<=^)\\w", 0, "ab\ncd", "", 0, -1, "0-1;3-4"),
    ("finditer", "a\\Z|b\\Z", 0, "ab\n", "", 0, -1, ""),
    ("finditer", "(ab)*?c", 0, "ababc", "", 0, -1, "0-5,2-4"),
    ("finditer", "(?:a(?=b)|.)+", 0, "abc", "", 0, -1, "0-3"),
    ("finditer", "\\bÉcole\\b", 2, "l'École école", "", 0, -1, "2-7;8-13"),
    ("finditer", "(?a)\\bé", 0, "é xé", "", 0, -1, "3-4"),
    ("finditer", "(x)(?P<n>y)?(?(n)z|w)", 0, "xyz xw xyw", "", 0, -1, "0-3,0-1,1-2;4-6,4-5,_"),
    ("search", "(?<=a)", 0, "aaa", "", 2, -1, "2-2"),
    ("search", "\\B", 0, "ab", "", 2, -1, "None"),
    ("search", "\\b$", 0, "ab", "", 2, -1, "2-2"),
    ("match", "$", 0, "ab\n", "", 2, -1, "2-2"),
    ("match", "(?=\\n)$", 0, "ab\n", "", 2, -1, "2-2"),
    ("fullmatch", "(a)|ab", 0, "ab", "", 0, -1, "0-2,_"),
    ("fullmatch", "\\d+", 0, "٣٤٥", "", 0, -1, "0-3"),
    ("fullmatch", "(?i)STRASSE", 0, "strasse", "", 0, -1, "0-7"),
    ("fullmatch", "", 0, "", "", 0, -1, "0-0"),
    ("fullmatch", "a?", 0, "", "", 0, -1, "0-0"),
    ("split", "(?:)", 0, "ab", "", 0, -1, "[\"\", \"a\", \"b\", \"\"]"),
    ("split", "a|(?=b)", 0, "cabd", "", 0, -1, "[\"c\", \"\", \"bd\"]"),
    ("split", "\\b", 0, "中文 text", "", 0, -1, "[\"\", \"中文\", \" \", \"text\", \"\"]"),
    ("sub", "(a)|(b)", 0, "abc", "\\2\\1", 0, -1, "abc"),
    ("sub", "(?P<w>\\w+)", 0, "hi 你好", "\\g<w>!", 0, -1, "hi! 你好!"),
    ("sub", "a|(?=b)", 0, "cabd", "-", 0, -1, "c--bd"),
    ("sub", "a", 0, "a", "\\\n", 0, -1, "\\\n"),
    ("sub", "a", 0, "a", "\\x41", 0, -1, "ERR:bad escape \\x at position 0"),
    ("sub", "a", 0, "a", "\\g<0>\\g<0>", 0, -1, "aa"),
    ("sub", "(a)", 0, "a", "\\g<01>", 0, -1, "a"),
    ("sub", "(a)", 0, "a", "\\01", 0, -1, "\u{1}"),
    ("finditer", "(?i)\\w", 0, "ͅιΙ", "", 0, -1, "1-2;2-3"),
    ("finditer", "(?i)[\\w]", 0, "ͅιΙ", "", 0, -1, "1-2;2-3"),
    ("finditer", "(?i)[^\\W]", 0, "ͅιΙ", "", 0, -1, "1-2;2-3"),
    ("finditer", "(?i)[\\u0345]", 0, "ͅιΙ", "", 0, -1, "0-1;1-2;2-3"),
    ("finditer", "[\\b]", 0, "a\u{8}b", "", 0, -1, "1-2"),
    ("finditer", "\\N{EM DASH}", 0, "a\u{2014}b", "", 0, -1, "1-2"),
    ("finditer", "[\\N{EM DASH}x]", 0, "a\u{2014}x", "", 0, -1, "1-2;2-3"),
    ("compile", "\\N{NO SUCH NAME}", 0, "", "", 0, -1, "ERR:undefined character name 'NO SUCH NAME' at position 0"),
    ("compile", "\\N", 0, "", "", 0, -1, "ERR:missing { at position 2"),
    ("compile", "\\N{", 0, "", "", 0, -1, "ERR:missing character name at position 3"),
    ("finditer", "(?i)[^k]", 0, "kKKx", "", 0, -1, "3-4"),
    ("finditer", "(?i)[A-Z]+", 0, "ſKİı", "", 0, -1, "0-4"),
    ("lastindex", "(a)(b)?", 0, "a ab", "", 0, -1, "1;2"),
    ("lastindex", "((a)b)", 0, "ab", "", 0, -1, "1"),
    ("lastindex", "((a))", 0, "a", "", 0, -1, "1"),
    ("lastindex", "(a)()", 0, "a", "", 0, -1, "2"),
    ("lastindex", "(a)|(b)", 0, "ab", "", 0, -1, "1;2"),
    ("lastindex", "(?:(a)|b)+", 0, "ab ba", "", 0, -1, "1;1"),
    ("lastindex", "(a(b)?)+", 0, "aab", "", 0, -1, "1"),
    ("lastindex", "x", 0, "x", "", 0, -1, "None"),
    ("lastindex", "(?=(a))a(b)?", 0, "a ab", "", 0, -1, "1;2"),
    ("lastindex", "(a)(?:(b)|c)", 0, "ab ac", "", 0, -1, "2;1"),
    ("finditer", "<div class=\"item\">.*?<div class=\"pic\">.*?<em .*?>(?P<id>\\d+).*?<span class=\"title\">(?P<title>.*?)</span>.*?<span class=\"rating_num\" .*?>(?P<rating_num>.*?)</span>.*?<span>(?P<comment_num>.*?)评价</span>", 16, PAGE, "", 0, -1, "84-1061,154-155,521-527,932-935,1044-1052;1145-2118,1215-1216,1580-1584,1989-1992,2101-2109;2202-3175,2272-2273,2637-2641,3046-3049,3158-3166;3259-4234,3329-3330,3695-3700,4105-4108,4217-4225;4318-5337,4388-4389,4776-4803,5208-5211,5320-5328"),
    ("sub", "\\s+", 0, "<html><head><title>豆瓣电影 Top 250</title></head><body><ol class=\"grid_view\">\n<li>\n    <div class=\"item\">\n        <div class=\"pic\">\n            <em class=\"\">1</em>\n            <a href=\"https://movie.example.com/subject/1001/\">\n                <img width=\"100\" alt=\"肖申克的救赎\" src=\"https://img.example.com/p", " ", 0, -1, "<html><head><title>豆瓣电影 Top 250</title></head><body><ol class=\"grid_view\"> <li> <div class=\"item\"> <div class=\"pic\"> <em class=\"\">1</em> <a href=\"https://movie.example.com/subject/1001/\"> <img width=\"100\" alt=\"肖申克的救赎\" src=\"https://img.example.com/p"),
    ("finditer", "<span class=\"title\">(.*?)</span>", 0, PAGE, "", 0, -1, "501-534,521-527;1560-1591,1580-1584;2617-2648,2637-2641;3675-3707,3695-3700;4756-4810,4776-4803"),
    ("finditer", "(?P<n>\\d+)人评价", 0, PAGE, "", 0, -1, "1044-1054,1044-1051;2101-2111,2101-2108;3158-3168,3158-3165;4217-4227,4217-4224;5320-5330,5320-5327"),
    ("finditer", "<a href=\"(.*?)\"", 0, PAGE, "", 0, -1, "173-222,182-221;421-470,430-469;1234-1283,1243-1282;1480-1529,1489-1528;2291-2340,2300-2339;2537-2586,2546-2585;3348-3397,3357-3396;3595-3644,3604-3643;4407-4456,4416-4455;4676-4725,4685-4724"),
    ];

    fn fmt_caps(c: &Captures) -> String {
        c.spans
            .iter()
            .map(|s| match s {
                Some((a, b)) => format!("{a}-{b}"),
                None => "_".to_string(),
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// `json.dumps(x, ensure_ascii=False)` of a list of str/None.
    fn json_list(v: &[Option<String>]) -> String {
        let items: Vec<String> = v
            .iter()
            .map(|s| match s {
                None => "null".to_string(),
                Some(s) => {
                    let mut o = String::from("\"");
                    for c in s.chars() {
                        match c {
                            '"' => o.push_str("\\\""),
                            '\\' => o.push_str("\\\\"),
                            '\n' => o.push_str("\\n"),
                            '\r' => o.push_str("\\r"),
                            '\t' => o.push_str("\\t"),
                            '\x08' => o.push_str("\\b"),
                            '\x0c' => o.push_str("\\f"),
                            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                            c => o.push(c),
                        }
                    }
                    o.push('"');
                    o
                }
            })
            .collect();
        format!("[{}]", items.join(", "))
    }

    fn run_case(
        op: &str,
        p: &str,
        f: u32,
        s: &str,
        extra: &str,
        pos: usize,
        endpos: i64,
    ) -> String {
        let r = match Regex::new(p, f) {
            Ok(r) => r,
            Err(e) => return format!("ERR:{e}"),
        };
        let ep = if endpos < 0 {
            usize::MAX
        } else {
            endpos as usize
        };
        let res = match op {
            "compile" => {
                let names: Vec<String> = r
                    .group_names()
                    .iter()
                    .map(|(n, i)| format!("{n}={i}"))
                    .collect();
                Ok(format!(
                    "OK:{}:{}:{}",
                    r.flags(),
                    r.group_count(),
                    names.join(",")
                ))
            }
            "finditer" => r
                .find_all(s, pos, ep)
                .map(|v| v.iter().map(fmt_caps).collect::<Vec<_>>().join(";")),
            "search" | "match" | "fullmatch" => {
                let a = match op {
                    "search" => Anchor::Search,
                    "match" => Anchor::Match,
                    _ => Anchor::FullMatch,
                };
                r.find(s, pos, ep, a)
                    .map(|m| m.map_or("None".to_string(), |c| fmt_caps(&c)))
            }
            "split" => r.split(s, pos).map(|v| json_list(&v)),
            "lastindex" => r.find_all(s, 0, usize::MAX).map(|v| {
                v.iter()
                    .map(|c| r.lastindex(c).map_or("None".to_string(), |i| i.to_string()))
                    .collect::<Vec<_>>()
                    .join(";")
            }),
            "sub" => match Template::parse(extra, &r) {
                Err(e) => Ok(format!("ERR:{e}")),
                Ok(t) => {
                    let (out, _) = r.sub(&t, s, pos).unwrap();
                    // The char-offset path must agree with the byte-offset one.
                    let all = r.find_all(s, 0, usize::MAX).unwrap();
                    let lim = if pos == 0 {
                        all.len()
                    } else {
                        pos.min(all.len())
                    };
                    let mut alt = String::new();
                    let mut last = 0usize;
                    for c in &all[..lim] {
                        let (a, b) = c.spans[0].unwrap();
                        alt.push_str(char_slice(s, last, a));
                        alt.push_str(&t.expand(s, c));
                        last = b;
                    }
                    alt.push_str(char_slice(s, last, usize::MAX));
                    assert_eq!(alt, out, "expand/sub disagree for {p:?}");
                    Ok(out)
                }
            },
            _ => unreachable!(),
        };
        match res {
            Ok(s) => s,
            Err(e) => format!("RUNTIME-ERR:{e}"),
        }
    }

    #[test]
    fn cpython_cases() {
        let mut failures = Vec::new();
        for &(op, p, f, s, extra, pos, endpos, expected) in CASES {
            let got = run_case(op, p, f, s, extra, pos, endpos);
            if got != expected {
                failures.push(format!(
                    "{op} {p:?} flags={f} subject={:?} extra={extra:?} pos={pos} endpos={endpos}\n   expected {expected:?}\n   got      {got:?}",
                    s.chars().take(60).collect::<String>()
                ));
            }
        }
        for f in &failures {
            eprintln!("{f}");
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed",
            failures.len(),
            CASES.len()
        );
    }

    #[test]
    fn crawler_named_groups() {
        let r = Regex::new(CRAWLER, DOTALL).unwrap();
        let names = r.group_names();
        assert_eq!(
            names,
            vec![
                ("id".to_string(), 1),
                ("title".to_string(), 2),
                ("rating_num".to_string(), 3),
                ("comment_num".to_string(), 4)
            ]
        );
        let ms = r.find_all(PAGE, 0, usize::MAX).unwrap();
        assert_eq!(ms.len(), 5);
        let g = |c: &Captures, i: usize| {
            let (a, b) = c.spans[i].unwrap();
            char_slice(PAGE, a, b).to_string()
        };
        assert_eq!(g(&ms[0], 1), "1");
        assert_eq!(g(&ms[0], 2), "肖申克的救赎");
        assert_eq!(g(&ms[0], 3), "9.7");
        assert_eq!(g(&ms[0], 4), "3115280人");
        assert_eq!(g(&ms[4], 2), "This Killer Is Not Too Cold");
    }

    #[test]
    fn escape_and_slices() {
        assert_eq!(escape("a.b*c"), "a\\.b\\*c");
        assert_eq!(escape("hello world"), "hello\\ world");
        assert_eq!(escape("中文-测试"), "中文\\-测试");
        assert_eq!(escape("x\ty\n"), "x\\\ty\\\n");
        assert_eq!(escape("a_b#c&d~e"), "a_b\\#c\\&d\\~e");
        assert_eq!(escape("\"quote'"), "\"quote'");
        assert_eq!(char_slice("中文abc", 1, 3), "文a");
        assert_eq!(char_slice("中文abc", 4, 99), "c");
        assert_eq!(char_slice("中文abc", 9, 99), "");
        assert_eq!(char_slice("中文abc", 3, 1), "");
        let r = Regex::new("a", 0).unwrap();
        assert_eq!(r.flags(), UNICODE);
        let t = Template::parse("x\\g<0>y", &r).unwrap();
        assert_eq!(t.literal(), None);
        assert_eq!(
            Template::parse("plain", &r).unwrap().literal(),
            Some("plain")
        );
    }

    #[test]
    fn send_sync_and_lazy_steps() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Regex>();
        assert_send_sync::<Template>();
        // find_next reproduces find_all step by step.
        let r = Regex::new("a*|b", 0).unwrap();
        let s = "abaab";
        let all = r.find_all(s, 0, usize::MAX).unwrap();
        let mut steps = Vec::new();
        let (mut pos, mut adv) = (0, false);
        while let Some(c) = r.find_next(s, pos, usize::MAX, adv).unwrap() {
            let (a, b) = c.spans[0].unwrap();
            adv = a == b;
            pos = b;
            steps.push(c);
        }
        assert_eq!(all, steps);
        // Deep nesting is an error, not a stack overflow.
        let deep = "(".repeat(5000) + &")".repeat(5000);
        assert!(Regex::new(&deep, 0).is_err());
    }

    /// Patterns that must never panic, whatever they contain.
    #[test]
    fn no_panics_on_odd_input() {
        let atoms = [
            "a", ".", "\\b", "\\B", "^", "$", "\\A", "\\Z", "(", ")", "[", "]", "*", "+", "?",
            "{2}", "{,3}", "|", "(?=", "(?<=", "(?!", "(?<!", "(?:", "(?P<n>", "(?P=n)", "\\1",
            "(?(1)", "\\w", "\\s", "\\d", "中", "é", "(?i)", "(?x)", "(?s:", "\\", "#", " ",
            "\\ud800", "[^", "-", "(?>", "*+", "{", "}",
        ];
        let subjects = ["", "a", "abc\n", "中文 é\nx", "aaaa"];
        let mut seed: u64 = 0x1234_5678;
        for _ in 0..1200 {
            let mut p = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 6) as usize + 1;
            let mut x = seed;
            for _ in 0..len {
                p.push_str(atoms[(x % atoms.len() as u64) as usize]);
                x /= atoms.len() as u64;
            }
            for flags in [0, IGNORECASE | MULTILINE, ASCII | DOTALL | VERBOSE] {
                if let Ok(r) = Regex::new(&p, flags) {
                    for s in subjects {
                        let _ = r.find_all(s, 0, usize::MAX);
                        let _ = r.find(s, 1, 3, Anchor::FullMatch);
                        let _ = r.split(s, 0);
                    }
                }
            }
        }
    }

    /// Timing of find_all for the crawler pattern over a ~100 KB page
    /// (run with `cargo test --release -- --nocapture crawler_perf`).
    #[test]
    fn crawler_perf() {
        let mut page = String::from("<html><body><ol>\n");
        let item = PAGE.split("<li>").nth(1).unwrap();
        let mut i = 0;
        while page.len() < 100_000 {
            page.push_str("<li>");
            page.push_str(item);
            i += 1;
        }
        page.push_str("</ol></body></html>\n");
        let r = Regex::new(CRAWLER, DOTALL).unwrap();
        let t0 = std::time::Instant::now();
        let ms = r.find_all(&page, 0, usize::MAX).unwrap();
        let dt = t0.elapsed();
        assert_eq!(ms.len(), i);
        eprintln!(
            "crawler find_all: {} bytes, {} matches, {:?} (compile excluded)",
            page.len(),
            ms.len(),
            dt
        );
    }
}
