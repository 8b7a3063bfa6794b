//! TEMPORARY placeholder until the real pickle lands.
use crate::value::Value;
use crate::vm::{PyResult, Vm};
pub fn dumps(vm: &mut Vm, _v: &Value) -> PyResult<Vec<u8>> {
    Err(vm.runtime_error("pickle placeholder".into()))
}
pub fn loads(vm: &mut Vm, _d: &[u8]) -> PyResult<Value> {
    Err(vm.runtime_error("pickle placeholder".into()))
}
