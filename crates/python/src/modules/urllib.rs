//! `urllib` (being written).

use crate::value::*;
use crate::vm::Vm;


pub fn make_package(vm: &mut Vm) -> Value {
    Value::Module(super::new_native_module(vm, "urllib", &[]))
}

pub fn make_request(vm: &mut Vm) -> Value {
    Value::Module(super::new_native_module(vm, "urllib.request", &[]))
}
