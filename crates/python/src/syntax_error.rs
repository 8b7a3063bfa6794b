//! Parsing, with errors worded and placed as CPython 3.11 reports them.
//!
//! The parser crate finds the errors; its wording differs from CPython's, so each kind is
//! mapped here. Some errors CPython finds before parsing (an unclosed bracket, a mismatched
//! closing bracket) are found by a small bracket scan first, because the parser reports them
//! later and elsewhere.

use crate::error::{CompileError, CompileErrorKind};
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{
    parse_unchecked, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions, Parsed,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// CPython refuses expressions nested deeper than this (and we must not overflow our stack).
const MAX_NESTING: usize = 200;

/// Parses a module, or says why not as CPython would.
pub fn parse(source: &str) -> Result<Parsed<ModModule>, CompileError> {
    // Too-deep nesting is refused before parsing: the parser would overflow its stack.
    let brackets = scan_brackets(source);
    if let Some(BracketProblem::TooDeep(e)) = brackets {
        return Err(e);
    }
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    if let Some(first) = parsed.errors().first() {
        // CPython's tokenizer reports a bracket problem when it reaches it: a mismatched
        // closing bracket where it stands, an unclosed one only at the end of the input.
        let err_line = line_of(source, first.location.start());
        match brackets {
            Some(BracketProblem::Mismatch(at, e)) if at <= first.location.start().to_usize() => {
                return Err(e)
            }
            Some(BracketProblem::Unclosed(at, e))
                if err_line > line_of(source, TextSize::from(at as u32)) =>
            {
                return Err(e)
            }
            _ => {}
        }
        return Err(map_error(source, parsed.tokens(), first));
    }
    let parsed = parsed
        .try_into_module()
        .ok_or_else(|| CompileError::syntax("invalid syntax".into(), TextRange::default()))?;
    Ok(parsed)
}

fn map_error(source: &str, tokens: &[Token], e: &ParseError) -> CompileError {
    let range = e.location;
    let syntax = |m: &str| CompileError::syntax(m.to_string(), range);
    match &e.error {
        ParseErrorType::Lexical(lex) => {
            match lex {
                LexicalErrorType::IndentationError => {
                    let mut err = CompileError::indentation(
                        "unindent does not match any outer indentation level".into(),
                        range,
                    );
                    err.kind = CompileErrorKind::Indentation;
                    // CPython's caret sits just past the end of the offending line.
                    let line = line_of(source, range.start());
                    let text = source
                        .lines()
                        .nth(line.saturating_sub(1) as usize)
                        .unwrap_or("");
                    err.line = Some(line);
                    err.column = Some(text.chars().count() as u32 + 1);
                    err.end_column = Some(text.chars().count() as u32 + 2);
                    err
                }
                LexicalErrorType::UnclosedStringError => {
                    let line = line_of(source, range.start());
                    let text = &source[range.start().to_usize().min(source.len())..];
                    let triple = text
                        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                        .starts_with("\"\"\"")
                        || text
                            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                            .starts_with("'''");
                    if triple {
                        let end_line = source.lines().count() as u32;
                        syntax(&format!("unterminated triple-quoted string literal (detected at line {end_line})"))
                    } else {
                        let mut e = syntax(&format!(
                            "unterminated string literal (detected at line {line})"
                        ));
                        e.range = TextRange::empty(range.start());
                        e
                    }
                }
                LexicalErrorType::UnrecognizedToken { tok } => {
                    if *tok == '$' || *tok == '?' || *tok == '`' {
                        syntax("invalid syntax")
                    } else if tok.is_whitespace() || (*tok as u32) > 127 {
                        syntax(&format!(
                            "invalid character '{}' (U+{:04X})",
                            tok, *tok as u32
                        ))
                    } else {
                        syntax("invalid syntax")
                    }
                }
                LexicalErrorType::UnicodeError
                | LexicalErrorType::MissingUnicodeLbrace
                | LexicalErrorType::MissingUnicodeRbrace => escape_error(source, tokens, range),
                LexicalErrorType::LineContinuationError => {
                    syntax("unexpected character after line continuation character")
                }
                LexicalErrorType::Eof => syntax("unexpected EOF while parsing"),
                LexicalErrorType::FStringError(_) => syntax("f-string: invalid syntax"),
                LexicalErrorType::InvalidByteLiteral => {
                    syntax("bytes can only contain ASCII literal characters")
                }
                _ => syntax("invalid syntax"),
            }
        }
        ParseErrorType::UnexpectedIndentation => {
            CompileError::indentation("unexpected indent".into(), range)
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            if *expected == TokenKind::Indent
                || (*found != TokenKind::Indent && is_missing_block(source, range))
            {
                return expected_block(source, range);
            }
            match expected {
                TokenKind::Colon => syntax("expected ':'"),
                _ => syntax("invalid syntax"),
            }
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let text = slice(source, range);
            if looks_literal(text) {
                syntax("cannot assign to literal here. Maybe you meant '==' instead of '='?")
            } else if text.contains('(') {
                syntax("cannot assign to function call here. Maybe you meant '==' instead of '='?")
            } else {
                syntax("cannot assign to expression here. Maybe you meant '==' instead of '='?")
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            syntax("'expression' is an illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidDeleteTarget => syntax("cannot delete expression"),
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        ParseErrorType::SimpleStatementsOnSameLine
        | ParseErrorType::SimpleAndCompoundStatementOnSameLine => syntax("invalid syntax"),
        ParseErrorType::OtherError(m) if m.contains("indented block") => {
            expected_block(source, range)
        }
        _ => syntax("invalid syntax"),
    }
}

/// A bad `\x`, `\u`, `\U` or `\N` escape in a string literal, as CPython words it: the
/// codec's complaint with the escape's byte positions in the literal's text, the caret just
/// past the literal. `range` is where the parser noticed it, inside the escape.
fn escape_error(source: &str, tokens: &[Token], range: TextRange) -> CompileError {
    let at = range.start();
    let invalid = || CompileError::syntax("invalid syntax".into(), range);
    let Some(literal) = literal_around(source, tokens, at) else {
        return invalid();
    };
    let body = slice(source, literal.text).as_bytes();
    let upto = (at - literal.text.start()).to_usize().min(body.len());
    let Some(backslash) = body[..upto].iter().rposition(|b| *b == b'\\') else {
        return invalid();
    };
    // CPython spells each non-ASCII character as `\UXXXXXXXX` before decoding, so the
    // positions count such a character as 10 bytes.
    let position = |i: usize| {
        let text = std::str::from_utf8(&body[..i]).unwrap_or("");
        text.chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum::<usize>()
    };
    let hex_run = |n: usize| {
        body[backslash + 2..]
            .iter()
            .take(n)
            .take_while(|b| b.is_ascii_hexdigit())
            .count()
    };
    let message = if literal.bytes {
        format!(
            "(value error) invalid \\x escape at position {}",
            position(backslash)
        )
    } else {
        let close = body[backslash..].iter().position(|b| *b == b'}');
        let (last, reason) = match (body.get(backslash + 1), body.get(backslash + 2)) {
            (Some(b'N'), Some(b'{')) => match close {
                Some(close) => (backslash + close, "unknown Unicode character name"),
                None => (body.len() - 1, "malformed \\N character escape"),
            },
            (Some(b'N'), _) => (backslash + 1, "malformed \\N character escape"),
            (Some(b'u'), _) => (backslash + 1 + hex_run(4), "truncated \\uXXXX escape"),
            (Some(b'U'), _) if hex_run(8) == 8 => (backslash + 9, "illegal Unicode character"),
            (Some(b'U'), _) => (backslash + 1 + hex_run(8), "truncated \\UXXXXXXXX escape"),
            _ => (backslash + 1 + hex_run(2), "truncated \\xXX escape"),
        };
        let (first, last) = (
            position(backslash),
            position(backslash) + (last - backslash),
        );
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {reason}"
        )
    };
    // CPython places this caret by bytes, not characters, past what precedes on its line.
    let mut err = CompileError::syntax(message, TextRange::empty(literal.end));
    let end = literal.end.to_usize().min(source.len());
    let line_start = source[..end].rfind('\n').map_or(0, |i| i + 1);
    err.line = Some(line_of(source, literal.end));
    err.column = Some((end - line_start) as u32 + 1);
    err.end_column = Some((end - line_start) as u32 + 2);
    err
}

/// A string literal in the source.
struct Literal {
    /// Its text, inside the quotes.
    text: TextRange,
    /// Where the literal ends (after its closing quotes).
    end: TextSize,
    bytes: bool,
}

/// The string literal around `at`: a string token, or the text part of an f-string.
fn literal_around(source: &str, tokens: &[Token], at: TextSize) -> Option<Literal> {
    let mut middle = None;
    for token in tokens {
        let r = token.range();
        match token.kind() {
            TokenKind::String if r.start() <= at && at < r.end() => {
                let raw = slice(source, r);
                let open = raw.find(['\'', '"'])?;
                let quote = &raw[open..open + 1];
                let triple = raw[open..].starts_with(&quote.repeat(3)) && raw.len() >= open + 6;
                let quotes = if triple { 3 } else { 1 };
                let start = r.start() + TextSize::from((open + quotes) as u32);
                let stop = (r.end() - TextSize::from(quotes as u32)).max(start);
                return Some(Literal {
                    text: TextRange::new(start, stop),
                    end: r.end(),
                    bytes: raw[..open].contains(['b', 'B']),
                });
            }
            // In an f-string, CPython counts from the start of the text part the escape is in.
            TokenKind::FStringMiddle if r.start() <= at && at <= r.end() => middle = Some(r),
            TokenKind::FStringEnd if r.end() > at => {
                return Some(Literal {
                    text: middle?,
                    end: r.end(),
                    bytes: false,
                });
            }
            _ => {}
        }
    }
    None
}

fn slice(source: &str, range: TextRange) -> &str {
    let a = range.start().to_usize().min(source.len());
    let b = range.end().to_usize().min(source.len()).max(a);
    source.get(a..b).unwrap_or("")
}

fn looks_literal(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
        || t == "None"
        || t == "True"
        || t == "False"
}

fn line_of(source: &str, offset: TextSize) -> u32 {
    let o = offset.to_usize().min(source.len());
    source[..o].bytes().filter(|b| *b == b'\n').count() as u32 + 1
}

/// Whether the error sits where a block should have started: the previous non-blank line ends
/// with ':' and this line is not indented deeper.
fn is_missing_block(source: &str, range: TextRange) -> bool {
    header_before(source, range).is_some()
}

/// The compound statement header just before `range`, as (line number, its text).
fn header_before(source: &str, range: TextRange) -> Option<(u32, String)> {
    let line = line_of(source, range.start());
    let lines: Vec<&str> = source.lines().collect();
    let mut i = line as usize;
    while i > 1 {
        i -= 1;
        let prev = lines.get(i - 1)?;
        let t = prev.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let code = t.split('#').next().unwrap_or("").trim_end();
        if code.ends_with(':') {
            let cur_indent = lines
                .get(line as usize - 1)
                .map(|l| indent_of(l))
                .unwrap_or(0);
            if cur_indent <= indent_of(prev) {
                return Some((i as u32, t.to_string()));
            }
        }
        return None;
    }
    None
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn expected_block(source: &str, range: TextRange) -> CompileError {
    let Some((line, header)) = header_before(source, range) else {
        return CompileError::indentation("expected an indented block".into(), range);
    };
    let word = header
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let what = match word {
        "if" => "'if' statement".to_string(),
        "elif" => "'elif' statement".to_string(),
        "else" => "'else' statement".to_string(),
        "for" => "'for' statement".to_string(),
        "while" => "'while' statement".to_string(),
        "try" => "'try' statement".to_string(),
        "except" => "'except' statement".to_string(),
        "finally" => "'finally' statement".to_string(),
        "with" => "'with' statement".to_string(),
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        _ => String::new(),
    };
    let msg = if what.is_empty() {
        "expected an indented block".to_string()
    } else {
        format!("expected an indented block after {what} on line {line}")
    };
    CompileError::indentation(msg, range)
}

/// A bracket problem and where it is (byte offset).
enum BracketProblem {
    TooDeep(CompileError),
    Mismatch(usize, CompileError),
    Unclosed(usize, CompileError),
}

/// Finds unclosed or mismatched brackets the way CPython's tokenizer does.
fn scan_brackets(source: &str) -> Option<BracketProblem> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b);
                let q = b;
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= bytes.len() {
                        return None; // The parser reports the unterminated string.
                    }
                    let c = bytes[i];
                    if c == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && c == b'\n' {
                        return None;
                    }
                    if c == q
                        && (!triple
                            || (bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q)))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((b, i));
                if stack.len() > MAX_NESTING {
                    return Some(BracketProblem::TooDeep(CompileError::syntax(
                        "too many nested parentheses".into(),
                        TextRange::empty(TextSize::from(i as u32)),
                    )));
                }
            }
            b')' | b']' | b'}' => {
                let want = match b {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        return Some(BracketProblem::Mismatch(
                            i,
                            CompileError::syntax(
                                format!("unmatched '{}'", b as char),
                                TextRange::empty(TextSize::from(i as u32)),
                            ),
                        ))
                    }
                    Some((open, at)) if open != want => {
                        let open_line = line_of(source, TextSize::from(at as u32));
                        let close_line = line_of(source, TextSize::from(i as u32));
                        let msg = if open_line == close_line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                b as char, open as char
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                b as char, open as char, open_line
                            )
                        };
                        return Some(BracketProblem::Mismatch(
                            i,
                            CompileError::syntax(msg, TextRange::empty(TextSize::from(i as u32))),
                        ));
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().map(|&(open, at)| {
        BracketProblem::Unclosed(
            at,
            CompileError::syntax(
                format!("'{}' was never closed", open as char),
                TextRange::empty(TextSize::from(at as u32)),
            ),
        )
    })
}
