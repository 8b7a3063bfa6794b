//! Resumable native→Python calls.
//!
//! A builtin that calls Python (`sorted`'s key, `map`'s function, a `__repr__` that asks
//! a manager) runs that call in a nested loop on the Rust stack, which cannot be suspended.
//! When the Python code blocks there, the whole instruction that called the builtin is
//! retried after the wait. So that no Python code runs twice, each native depth keeps a
//! record of the calls its instruction has made: the calls that finished answer from the
//! record on the retry, and the call that blocked gets its saved frames back and goes on
//! from where it stopped. A record lives until its instruction completes.

use crate::value::{GenState, Generator, Value};
use crate::vm::{Frame, PyErr, PyResult, Vm};
use std::rc::Rc;

/// The nested calls of one instruction, at one native depth.
#[derive(Default)]
pub(crate) struct NestedRecord {
    done: Vec<DoneCall>,
    /// How many of `done` the current attempt has been answered from.
    cursor: usize,
    blocked: Option<BlockedCall>,
}

/// A call that finished: what it ran (so a retry that makes another call is noticed) and
/// its result or exception.
struct DoneCall {
    key: usize,
    result: Result<Value, Value>,
    /// For a generator: whether it ended with this call.
    ended: bool,
}

/// A call that blocked: its frames, their stack and handled exceptions, and the stack
/// height they start from.
struct BlockedCall {
    key: usize,
    sp: usize,
    frames: Vec<Frame>,
    stack: Vec<Value>,
    exc: Vec<Value>,
}

/// What a retried instruction's nested call gets from the record.
pub(crate) enum Replay {
    /// The call finished in an earlier attempt: its outcome.
    Done(Result<Value, Value>),
    /// The call blocked in an earlier attempt: its frames are back on the stack.
    Resumed,
    /// A call the record does not know: run it.
    Fresh,
}

/// Identifies a nested call: the generator it resumes, or the code its first frame runs.
pub(crate) fn call_key(frame: &Frame) -> usize {
    match &frame.generator {
        Some(g) => generator_key(g),
        None => Rc::as_ptr(&frame.code) as usize,
    }
}

pub(crate) fn generator_key(g: &Rc<Generator>) -> usize {
    Rc::as_ptr(g) as usize
}

impl Vm {
    /// Answers a nested call at native depth `level` from the record, if the record knows
    /// it. `depth` is where the call's frames start (any fresh ones are dropped when the
    /// record answers), `sp` the stack height they start from.
    pub(crate) fn replay(&mut self, level: usize, key: usize, depth: usize, sp: usize) -> Replay {
        let Some(record) = self.nested.get_mut(level) else {
            return Replay::Fresh;
        };
        if let Some(done) = record.done.get(record.cursor) {
            if done.key != key {
                self.nested.truncate(level);
                return Replay::Fresh;
            }
            record.cursor += 1;
            let result = done.result.clone();
            self.replayed_end = Some(done.ended);
            self.frames.truncate(depth);
            self.stack.truncate(sp);
            return Replay::Done(result);
        }
        match record.blocked.take() {
            None => Replay::Fresh,
            Some(b) if b.key == key && b.sp == sp => {
                self.frames.truncate(depth);
                self.stack.truncate(sp);
                self.stack.extend(b.stack);
                self.frames.extend(b.frames);
                self.exc_stack.extend(b.exc);
                Replay::Resumed
            }
            Some(_) => {
                self.nested.truncate(level);
                Replay::Fresh
            }
        }
    }

    /// Whether the instruction at the current native depth has a record.
    pub(crate) fn has_record(&self) -> bool {
        self.nested.len() > self.native_depth
    }

    /// Whether the retried instruction's next nested call at this depth resumes `g` from
    /// the record (then the generator must not be resumed again).
    pub(crate) fn replays_generator(&self, g: &Rc<Generator>) -> bool {
        let key = generator_key(g);
        self.nested
            .get(self.native_depth)
            .is_some_and(|r| match r.done.get(r.cursor) {
                Some(done) => done.key == key,
                None => r.blocked.as_ref().is_some_and(|b| b.key == key),
            })
    }

    fn record_at(&mut self, level: usize) -> &mut NestedRecord {
        if self.nested.len() <= level {
            self.nested.resize_with(level + 1, NestedRecord::default);
        }
        &mut self.nested[level]
    }

    /// Notes a nested call that finished.
    pub(crate) fn record_done(
        &mut self,
        level: usize,
        key: usize,
        result: Result<Value, Value>,
        generator: Option<&Rc<Generator>>,
    ) {
        let ended = generator.is_some_and(|g| matches!(*g.state.borrow(), GenState::Finished));
        let record = self.record_at(level);
        record.done.truncate(record.cursor);
        record.done.push(DoneCall { key, result, ended });
        record.cursor = record.done.len();
    }

    /// Takes the frames of a nested call that blocked off the stack, for the retry.
    pub(crate) fn record_blocked(
        &mut self,
        level: usize,
        key: usize,
        depth: usize,
        sp: usize,
        exc_depth: usize,
    ) {
        let blocked = BlockedCall {
            key,
            sp,
            frames: self.frames.split_off(depth),
            stack: self.stack.split_off(sp.min(self.stack.len())),
            exc: self
                .exc_stack
                .split_off(exc_depth.min(self.exc_stack.len())),
        };
        self.record_at(level).blocked = Some(blocked);
    }

    /// A builtin about to read `iterable` and call Python between or after its steps (a
    /// key, a comparison, an addition): when `iterable` is a native iterator, its steps go
    /// in the instruction's record from the first, so that a retry after a block reads
    /// the same items (the iterator itself has moved on).
    pub(crate) fn keep_steps_of(&mut self, iterable: &Value) {
        if matches!(iterable, Value::Iter(_)) {
            self.record_at(self.native_depth);
        }
    }

    /// The instruction at the current native depth blocked: its retry reads its record
    /// from the start.
    pub(crate) fn rewind_record(&mut self) {
        if let Some(r) = self.nested.get_mut(self.native_depth) {
            r.cursor = 0;
        }
    }

    /// The instruction at the current native depth completed: its record is no longer
    /// needed.
    #[inline(always)]
    pub(crate) fn drop_records(&mut self) {
        if self.nested.len() > self.native_depth {
            self.nested.truncate(self.native_depth);
        }
    }

    /// The outcome of a native iterator's step that the retried instruction took before
    /// (an exhausted iterator is recorded as `Unbound`).
    pub(crate) fn replay_step(&mut self, key: usize) -> Option<PyResult<Option<Value>>> {
        let (depth, sp) = (self.frames.len(), self.stack.len());
        match self.replay(self.native_depth, key, depth, sp) {
            Replay::Done(Ok(Value::Unbound)) => Some(Ok(None)),
            Replay::Done(Ok(v)) => Some(Ok(Some(v))),
            Replay::Done(Err(e)) => Some(Err(PyErr::Exception(e))),
            Replay::Resumed | Replay::Fresh => None,
        }
    }

    /// Runs a step of a native iterator one native depth down, so the Python calls it
    /// makes have their own record.
    pub(crate) fn in_step<T>(&mut self, step: impl FnOnce(&mut Vm) -> T) -> T {
        self.native_depth += 1;
        let r = step(self);
        self.native_depth -= 1;
        r
    }

    /// A native iterator's step has kept the outcome of its calls so far in its own state:
    /// a retry must not be answered from their record again.
    pub(crate) fn commit_step(&mut self) {
        if let Some(r) = self.nested.get_mut(self.native_depth) {
            r.done.clear();
            r.cursor = 0;
        }
    }

    /// Records a native iterator's step at the current depth once it has called Python or
    /// the instruction's record has begun (a step that only ran native code before
    /// anything was recorded is not needed by any retry); a step that blocked leaves its
    /// Python calls' record for its retry.
    pub(crate) fn step_done(&mut self, key: usize, result: &PyResult<Option<Value>>) {
        let level = self.native_depth;
        let outcome = match result {
            Ok(Some(v)) => Ok(v.clone()),
            Ok(None) => Ok(Value::Unbound),
            Err(PyErr::Exception(e)) => Err(e.clone()),
            Err(PyErr::Block(_)) => {
                if let Some(r) = self.nested.get_mut(level + 1) {
                    r.cursor = 0;
                }
                return;
            }
        };
        if self.nested.len() > level {
            self.nested.truncate(level + 1);
            self.record_done(level, key, outcome, None);
        }
    }

    /// Whether `g` has ended after a nested call of it (as it had then, when the call was
    /// answered from the record).
    pub fn generator_ended(&mut self, g: &Rc<Generator>) -> bool {
        match self.replayed_end.take() {
            Some(ended) => ended,
            None => matches!(*g.state.borrow(), GenState::Finished),
        }
    }
}
