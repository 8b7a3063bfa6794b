//! `_traceback`: what the `traceback` module needs from the interpreter — an exception's
//! report as CPython words it, in `traceback.format_exception`'s chunks, the exception
//! being handled, the calling stack, and a traceback object's frames.

use crate::exceptions::Entries;
use crate::value::*;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = super::new_native_module(
        vm,
        "_traceback",
        &[
            ("format", format),
            ("format_only", format_only),
            ("stack", stack),
            ("format_tb", format_tb),
            ("extract_tb", extract_tb),
        ],
    );
    Value::Module(m)
}

fn strings(chunks: Vec<String>) -> Value {
    Value::list(chunks.into_iter().map(Value::string).collect())
}

/// format(exc, limit, chain): the chunks of `exc`'s report.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "format", &args, 3, 3)?;
    let limit = match &args.pos[1] {
        Value::None => None,
        v => Some(crate::builtins::arg_int(vm, v)?),
    };
    let chain = vm.truthy(&args.pos[2])?;
    Ok(strings(vm.format_exception_chunks(
        &args.pos[0],
        limit,
        chain,
    )))
}

/// format_only(exc): the lines that name `exc`.
fn format_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "format_only", &args, 1, 1)?;
    Ok(strings(vm.format_exception_only(&args.pos[0])))
}

/// stack(): (filename, lineno, name, line) for each frame of the calling stack,
/// outermost first.
fn stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "stack", &args, 0, 0)?;
    let entries = vm
        .stack_entries()
        .into_iter()
        .map(|(file, line, name, text)| {
            Value::tuple(vec![
                Value::string(file),
                Value::Int(line as i64),
                Value::string(name),
                Value::string(text),
            ])
        })
        .collect();
    Ok(Value::list(entries))
}

/// The entries of traceback object `tb` (None: no entries) and the `limit` argument.
fn tb_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Entries, Option<i64>)> {
    crate::builtins::check_args(vm, name, args, 2, 2)?;
    let entries = match &args.pos[0] {
        Value::None => Vec::new(),
        tb => match crate::exceptions::traceback_entries(tb) {
            Some(e) => e,
            None => return Err(vm.attribute_error(tb, "tb_frame")),
        },
    };
    let limit = match &args.pos[1] {
        Value::None => None,
        v => Some(crate::builtins::arg_int(vm, v)?),
    };
    Ok((entries, limit))
}

/// format_tb(tb, limit): a chunk per frame, outermost first.
fn format_tb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (entries, limit) = tb_args(vm, &args, "format_tb")?;
    Ok(strings(vm.format_entries(entries, limit)))
}

/// extract_tb(tb, limit): (filename, lineno, name, line) for each frame, outermost first.
fn extract_tb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mut entries, limit) = tb_args(vm, &args, "extract_tb")?;
    crate::exceptions::apply_limit(&mut entries, limit);
    let rows = entries
        .iter()
        .map(|(code, ip)| {
            let line = code.line_at(*ip as usize);
            let text = vm.source_line(&code.filename, line);
            Value::tuple(vec![
                Value::str(&code.filename),
                Value::Int(line as i64),
                Value::Str(code.name.clone()),
                Value::string(text),
            ])
        })
        .collect();
    Ok(Value::list(rows))
}
