//! Compile-time errors: what the parser or the compiler rejects, located in the source, worded
//! as CPython words them (the parser crate's own wording is mapped in `syntax_error`).

use ruff_text_size::TextRange;
use std::fmt;

/// The Python exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a subclass of SyntaxError).
    Indentation,
    /// `TabError`.
    Tab,
}

impl CompileErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            CompileErrorKind::Syntax => "SyntaxError",
            CompileErrorKind::Indentation => "IndentationError",
            CompileErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error at a place in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub range: TextRange,
    /// Overrides the line derived from `range` (CPython reports some errors on another line).
    pub line: Option<u32>,
    /// Overrides the 1-based column (caret position) derived from `range`.
    pub column: Option<u32>,
    /// Column where the caret run ends (exclusive, 1-based), for `^^^^` markers.
    pub end_column: Option<u32>,
}

impl CompileError {
    pub fn syntax(message: String, range: TextRange) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Syntax,
            message,
            range,
            line: None,
            column: None,
            end_column: None,
        }
    }

    pub fn indentation(message: String, range: TextRange) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Indentation,
            message,
            range,
            line: None,
            column: None,
            end_column: None,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.message)
    }
}

impl std::error::Error for CompileError {}
