//! `os` (being written).

use crate::value::*;
use crate::vm::Vm;

pub fn make(vm: &mut Vm) -> Value {
    Value::Module(super::new_native_module(vm, "os", &[]))
}

pub fn make_path(vm: &mut Vm) -> Value {
    Value::Module(super::new_native_module(vm, "posixpath", &[]))
}
