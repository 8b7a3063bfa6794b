//! `dict`: an insertion-ordered hash table of Python values.
//!
//! Entries live in a vector in insertion order (deleted ones become holes, compacted when
//! they pile up); a `hashbrown::HashTable` maps hashes to entry indexes. Comparing keys may
//! run Python code (`__eq__`), which may touch this very dict, so the table never calls out
//! while borrowed: it hands back candidate indexes and the VM compares them (see
//! `Vm::dict_find`). Keys whose equality is known natively (str, int, float, tuple of
//! those...) take a fast path that never leaves the table.

use crate::value::{PyStr, Value};
use hashbrown::HashTable;
use std::cell::RefCell;
use std::rc::Rc;

/// One slot of the entry vector; `key` is `Value::Unbound` for a deleted entry.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The result of a native lookup.
pub enum Probe {
    Found(usize),
    Absent,
    /// A key with the same hash compares with Python code: the VM must decide.
    NeedsVm,
}

#[derive(Default, Clone)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: HashTable<usize>,
    len: usize,
}

pub struct PyDict {
    pub table: RefCell<DictTable>,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

/// Equality of two keys when it needs no Python code; `None` when it does.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Float(x), Float(y)) => x == y || (x.is_nan() && y.is_nan() && x.to_bits() == y.to_bits()),
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Long(x), Long(y)) => x == y,
        (Long(_), Int(_)) | (Int(_), Long(_)) => false,
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !native_key_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Str(_), Int(_) | Float(_) | Bool(_) | None | Tuple(_) | Bytes(_) | Long(_)) => false,
        (Int(_) | Float(_) | Bool(_) | None | Tuple(_) | Bytes(_) | Long(_), Str(_)) => false,
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        _ => match (a.ptr(), b.ptr()) {
            (Some(p), Some(q)) if p == q => true,
            (Some(_), Some(_)) => match (a, b) {
                (Class(_), Class(_)) | (Function(_), Function(_)) | (Module(_), Module(_)) => false,
                _ => return Option::None,
            },
            _ => false,
        },
    })
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Indexes of live entries whose hash equals `hash`.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let entries = &self.entries;
        self.index
            .iter_hash(hash as u64)
            .copied()
            .filter(|&i| entries[i].hash == hash && !matches!(entries[i].key, Value::Unbound))
            .collect()
    }

    /// Finds a key whose equality is native; `NeedsVm` when a candidate needs Python `__eq__`.
    pub fn find_native(&self, hash: i64, key: &Value) -> Probe {
        let entries = &self.entries;
        let mut needs_vm = false;
        let found = self.index.find(hash as u64, |&i| {
            let e = &entries[i];
            if e.hash != hash || matches!(e.key, Value::Unbound) {
                return false;
            }
            match native_key_eq(&e.key, key) {
                Some(b) => b,
                None => {
                    needs_vm = true;
                    false
                }
            }
        });
        match found {
            Some(&i) => Probe::Found(i),
            None if needs_vm => Probe::NeedsVm,
            None => Probe::Absent,
        }
    }

    /// Fast lookup for string keys (attribute and global dicts).
    pub fn get_str(&self, name: &PyStr) -> Option<&Value> {
        let hash = name.hash();
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| {
                let e = &entries[i];
                e.hash == hash && matches!(&e.key, Value::Str(s) if s.as_str() == name.as_str())
            })
            .map(|&i| &entries[i].value)
    }

    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    pub fn set_value_at(&mut self, i: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, value)
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, i, |&j| entries[j].hash as u64);
        self.len += 1;
    }

    /// Removes the entry at index `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let hash = self.entries[i].hash;
        if let Ok(slot) = self.index.find_entry(hash as u64, |&j| j == i) {
            slot.remove();
        }
        let removed = std::mem::replace(
            &mut self.entries[i],
            Entry {
                hash: 0,
                key: Value::Unbound,
                value: Value::Unbound,
            },
        );
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        removed
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !matches!(e.key, Value::Unbound));
        let entries = &self.entries;
        let mut index = HashTable::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(e.hash as u64, i, |&j| entries[j].hash as u64);
        }
        self.index = index;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Unbound))
    }

    /// The raw entry slots (including holes), for iteration by position.
    pub fn slots(&self) -> &[Entry] {
        &self.entries
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// The last live entry's index (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries
            .iter()
            .rposition(|e| !matches!(e.key, Value::Unbound))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(DictTable::default()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get_str(&self, name: &PyStr) -> Option<Value> {
        self.table.borrow().get_str(name).cloned()
    }

    /// Sets a string key (attribute and namespace dicts).
    pub fn set_str(&self, name: Rc<PyStr>, value: Value) {
        let hash = name.hash();
        let mut t = self.table.borrow_mut();
        let found = {
            let entries = &t.entries;
            t.index
                .find(hash as u64, |&i| {
                    let e = &entries[i];
                    e.hash == hash && matches!(&e.key, Value::Str(s) if s.as_str() == name.as_str())
                })
                .copied()
        };
        match found {
            Some(i) => {
                t.entries[i].value = value;
            }
            None => t.push_new(hash, Value::Str(name), value),
        }
    }

    pub fn set_str_key(&self, name: &str, value: Value) {
        self.set_str(Rc::new(PyStr::new(name.to_string())), value)
    }

    /// Removes a string key, returning whether it was there.
    pub fn del_str(&self, name: &PyStr) -> bool {
        let hash = name.hash();
        let mut t = self.table.borrow_mut();
        let found = {
            let entries = &t.entries;
            t.index
                .find(hash as u64, |&i| {
                    let e = &entries[i];
                    e.hash == hash && matches!(&e.key, Value::Str(s) if s.as_str() == name.as_str())
                })
                .copied()
        };
        match found {
            Some(i) => {
                t.remove_at(i);
                true
            }
            None => false,
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn copy(&self) -> PyDict {
        PyDict {
            table: RefCell::new(self.table.borrow().clone()),
        }
    }
}
