//! `set` and `frozenset`: CPython's set table (see `pyhash::SetTable`) holding values, so sets
//! iterate in exactly CPython's order.

use crate::pyhash::SetTable;
use crate::value::Value;
use std::cell::RefCell;

pub struct PySet {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            frozen,
        }
    }

    pub fn from_table(table: SetTable<Value>, frozen: bool) -> PySet {
        PySet {
            table: RefCell::new(table),
            frozen,
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items in table order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(k, _)| k.clone()).collect()
    }
}
