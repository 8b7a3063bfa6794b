//! `str.format` and `str.format_map`: a port of CPython 3.11's format-string machinery
//! (`Objects/stringlib/unicode_format.h`).
//!
//! Grammar: literal text with `{{`/`}}` escapes, and replacement fields
//! `{field_name!conversion:format_spec}`. A field name is an argument index or keyword name
//! (empty for automatic numbering) followed by `.attr` and `[key]` parts (`[digits]` indexes
//! with an int). A format spec may itself contain replacement fields, expanded once (two
//! levels in all, as PEP 3101 says). Every error is CPython's exception type and message.

use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Where named fields are looked up.
pub enum Kwargs<'a> {
    /// No keyword arguments: every named field is a KeyError.
    None,
    /// The keyword arguments of `str.format`.
    List(&'a [(Rc<PyStr>, Value)]),
    /// The mapping of `str.format_map` (looked up with `__getitem__`).
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoNumber,
}

/// Formats `fmt` with positional `args` (None for `format_map`) and named `kwargs`.
pub fn format(vm: &mut Vm, fmt: &str, args: Option<&[Value]>, kwargs: Kwargs) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut ctx = Ctx {
        args,
        kwargs,
        auto: AutoNumber {
            state: AutoState::Init,
            next: 0,
        },
    };
    build_string(vm, &chars, &mut ctx, 2)
}

/// A parsed replacement field: ranges into the input.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

fn build_string(vm: &mut Vm, input: &[char], ctx: &mut Ctx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded".into()));
    }
    let mut out = String::with_capacity(input.len() + 16);
    let n = input.len();
    let mut pos = 0usize;
    while pos < n {
        // Literal text up to a brace.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = input[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if markup && c == '}' && (at_end || input[pos] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string".into()));
        }
        if markup && at_end && c == '{' {
            return Err(vm.value_error("Single '{' encountered in format string".into()));
        }
        if !at_end {
            if input[pos] == c {
                // An escaped brace: the literal keeps one of the two.
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&input[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(input, &mut pos).map_err(|m| vm.value_error(m.into()))?;
        let text = output_markup(vm, input, &field, ctx, depth)?;
        out.push_str(&text);
        if out.len() > vm.limits.memory_bytes {
            return Err(vm.memory_error());
        }
    }
    Ok(out)
}

/// CPython's `parse_field`, starting just after the opening brace.
fn parse_field(input: &[char], pos: &mut usize) -> Result<Field, &'static str> {
    let n = input.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = input[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < n && input[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = (name_start, pos.saturating_sub(1).max(name_start));
    if c == '!' || c == ':' {
        let mut conversion = None;
        if c == '!' {
            if *pos >= n {
                return Err("end of string while looking for conversion specifier");
            }
            conversion = Some(input[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = input[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: (0, 0),
                        spec_needs_expanding: false,
                    });
                }
                if c2 != ':' {
                    return Err("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        let mut expand = false;
        while *pos < n {
            let c3 = input[*pos];
            *pos += 1;
            if c3 == '{' {
                expand = true;
                count += 1;
            } else if c3 == '}' {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: (spec_start, *pos - 1),
                        spec_needs_expanding: expand,
                    });
                }
            }
        }
        return Err("unmatched '{' in format spec");
    }
    if c != '}' {
        return Err("expected '}' before end of string");
    }
    Ok(Field {
        name,
        conversion: None,
        spec: (0, 0),
        spec_needs_expanding: false,
    })
}

/// CPython's `get_integer`: the value of a field name made only of decimal digits.
fn get_integer(vm: &mut Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let d = match super::str::decimal_value(c) {
            Some(d) => d as i64,
            None => return Ok(None),
        };
        if acc > (i64::MAX - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string".into()));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

fn field_value(vm: &mut Vm, name: &[char], ctx: &mut Ctx) -> PyResult<Value> {
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    if ctx.auto.state == AutoState::Init && numeric {
        ctx.auto.state = if empty {
            AutoState::Auto
        } else {
            AutoState::Manual
        };
    }
    if numeric {
        if ctx.auto.state == AutoState::Manual {
            if empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                ));
            }
        } else if !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification".into(),
            ));
        }
    }
    if empty {
        index = Some(ctx.auto.next);
        ctx.auto.next += 1;
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            match &ctx.kwargs {
                Kwargs::None => return Err(vm.key_error(Value::string(key))),
                Kwargs::List(kw) => match kw.iter().find(|(k, _)| k.as_str() == key) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(Value::string(key))),
                },
                Kwargs::Mapping(m) => {
                    let m = (*m).clone();
                    vm.getitem(&m, &Value::string(key))?
                }
            }
        }
        Some(idx) => match ctx.args {
            None => return Err(vm.value_error("Format string contains positional fields".into())),
            Some(args) => match args.get(idx) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(&format!(
                        "Replacement index {idx} out of range for positional args tuple"
                    )));
                }
            },
        },
    };
    // The rest: `.attr` and `[key]` parts, applied as they are parsed.
    let mut j = i;
    while j < name.len() {
        let c = name[j];
        j += 1;
        match c {
            '.' => {
                let s = j;
                while j < name.len() && name[j] != '.' && name[j] != '[' {
                    j += 1;
                }
                if s == j {
                    return Err(vm.value_error("Empty attribute in format string".into()));
                }
                let attr: String = name[s..j].iter().collect();
                obj = vm.getattr(&obj, &PyStr::new(attr))?;
            }
            '[' => {
                let s = j;
                let mut closed = false;
                while j < name.len() {
                    j += 1;
                    if name[j - 1] == ']' {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err(vm.value_error("Missing ']' in format string".into()));
                }
                let key = &name[s..j - 1];
                let idx = get_integer(vm, key)?;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string".into()));
                }
                let k = match idx {
                    Some(n) => Value::Int(n as i64),
                    None => Value::string(key.iter().collect()),
                };
                obj = vm.getitem(&obj, &k)?;
            }
            _ => {
                return Err(vm.value_error(
                    "Only '.' or '[' may follow ']' in format field specifier".into(),
                ))
            }
        }
    }
    Ok(obj)
}

fn output_markup(
    vm: &mut Vm,
    input: &[char],
    field: &Field,
    ctx: &mut Ctx,
    depth: i32,
) -> PyResult<String> {
    let name = &input[field.name.0..field.name.1];
    let mut obj = field_value(vm, name, ctx)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => Value::Str(vm.repr(&obj)?),
            's' => vm.to_str(&obj)?,
            'a' => {
                let r = vm.repr(&obj)?;
                Value::string(crate::format::ascii_escape(r.as_str()))
            }
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
            c => {
                return Err(
                    vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        };
    }
    let spec_chars = &input[field.spec.0..field.spec.1];
    let spec = if field.spec_needs_expanding {
        build_string(vm, spec_chars, ctx, depth - 1)?
    } else {
        spec_chars.iter().collect()
    };
    let r = vm.format_value(&obj, &Value::string(spec))?;
    match vm.base_value(&r) {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
        }
    }
}
