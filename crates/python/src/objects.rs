//! The object protocols: type of a value, attribute lookup and assignment (with properties,
//! methods, `__getattr__`, `__slots__`), truth, `repr`/`str`, hashing and equality,
//! comparisons, containment, iteration, subscripts, and errors. Numbers live in `numeric`.

use crate::bytecode::{CmpOp, UnaryOp};
use crate::dict::{native_key_eq, PyDict};
use crate::set::PySet;
use crate::types::TypeId;
use crate::value::*;
use crate::vm::{FrameKind, PyErr, PyResult, Vm};
use std::rc::Rc;

impl Vm {
    // ----- types -----

    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::None | Value::Unbound => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::Long(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Module(_) => t.module.clone(),
            Value::Iter(i) => {
                let name = iter_type_name(&i.state.borrow());
                self.classes
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| t.iterator.clone())
            }
            Value::Generator(_) => t.generator.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iter(i) => iter_type_name(&i.state.borrow()).to_string(),
            _ => self.type_of(v).name().as_str().to_string(),
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(cls)
    }

    /// The builtin value inside an instance of a subclass of a builtin type, or the value.
    pub fn base_value(&self, v: &Value) -> Value {
        match v {
            Value::Instance(i) if i.class.layout == Layout::Builtin => i.base.borrow().clone(),
            other => other.clone(),
        }
    }

    // ----- errors -----

    /// A new exception instance of `cls` with `args`.
    pub fn new_exception(&mut self, cls: &Rc<Class>, args: Vec<Value>) -> Value {
        let inst = Instance {
            class: cls.clone(),
            dict: Some(Rc::new(PyDict::new())),
            base: std::cell::RefCell::new(Value::None),
            exc: Some(std::cell::RefCell::new(ExcState {
                args: Value::tuple(args),
                ..Default::default()
            })),
            native: std::cell::RefCell::new(None),
        };
        Value::Instance(Rc::new(inst))
    }

    pub fn new_error(&mut self, cls: &Rc<Class>, msg: String) -> PyErr {
        PyErr::Exception(self.new_exception(cls, vec![Value::string(msg)]))
    }

    pub fn type_error(&mut self, msg: String) -> PyErr {
        let c = self.types.exc.type_error.clone();
        self.new_error(&c, msg)
    }

    pub fn value_error(&mut self, msg: String) -> PyErr {
        let c = self.types.exc.value_error.clone();
        self.new_error(&c, msg)
    }

    pub fn runtime_error(&mut self, msg: String) -> PyErr {
        let c = self.types.exc.runtime_error.clone();
        self.new_error(&c, msg)
    }

    pub fn index_error(&mut self, msg: &str) -> PyErr {
        let c = self.types.exc.index_error.clone();
        self.new_error(&c, msg.to_string())
    }

    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        let c = self.types.exc.zero_division_error.clone();
        self.new_error(&c, msg.to_string())
    }

    pub fn overflow_error(&mut self, msg: &str) -> PyErr {
        let c = self.types.exc.overflow_error.clone();
        self.new_error(&c, msg.to_string())
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.types.exc.key_error.clone();
        PyErr::Exception(self.new_exception(&c, vec![key]))
    }

    pub fn memory_error(&mut self) -> PyErr {
        let c = self.types.exc.memory_error.clone();
        PyErr::Exception(self.new_exception(&c, vec![]))
    }

    pub fn attribute_error(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{}'",
                c.name().as_str(),
                name
            ),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name.as_str(), name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let c = self.types.exc.attribute_error.clone();
        self.new_error(&c, msg)
    }

    /// The `args` of an exception instance.
    pub fn exc_args(&self, exc: &Value) -> Vec<Value> {
        match exc {
            Value::Instance(i) => match &i.exc {
                Some(st) => match &st.borrow().args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => vec![],
                },
                None => vec![],
            },
            _ => vec![],
        }
    }

    /// `str(v)` for messages, never failing.
    pub fn str_lossy(&mut self, v: &Value) -> String {
        match self.to_str(v) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => format!("<{} object>", self.type_name(v)),
        }
    }

    // ----- attributes -----

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None => {
                    if name.as_str() == "__dict__" {
                        return Ok(Value::Dict(m.dict.clone()));
                    }
                    if let Some(v) = crate::modules::module_lazy_attr(self, m, name)? {
                        return Ok(v);
                    }
                    Err(self.attribute_error(obj, name.as_str()))
                }
            },
            Value::Class(c) => self.class_getattr(c, name),
            Value::Super(s) => self.super_getattr(s, name),
            _ => {
                if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
                    return Ok(v);
                }
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(attr) => self.bind_descriptor(attr, obj, &cls),
                    None => Err(self.attribute_error(obj, name.as_str())),
                }
            }
        }
    }

    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &PyStr,
    ) -> PyResult<Value> {
        let class_attr = inst.class.lookup(name);
        self.instance_getattr_found(obj, inst, name, class_attr)
    }

    /// `obj.name` for an instance, given what its class has under `name` (looked up once
    /// by the caller, which may have run a property's getter itself).
    pub(crate) fn instance_getattr_found(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &PyStr,
        class_attr: Option<Value>,
    ) -> PyResult<Value> {
        let cls = inst.class.clone();
        if let Some(Value::Property(p)) = &class_attr {
            if matches!(p.fget, Value::None) {
                return Err(self.attribute_error_prop(obj, name, "getter"));
            }
            let f = p.fget.clone();
            // As in CPython, a getter's AttributeError hands the lookup to `__getattr__`.
            return match self.call(&f, vec![obj.clone()]) {
                Err(PyErr::Exception(e))
                    if self.isinstance(&e, &self.types.exc.attribute_error.clone()) =>
                {
                    match cls.lookup(&self.names.getattr) {
                        Some(ga) => {
                            let n = Value::Str(Rc::new(PyStr::new(name.as_str().to_string())));
                            self.call(&ga, vec![obj.clone(), n])
                        }
                        None => Err(PyErr::Exception(e)),
                    }
                }
                other => other,
            };
        }
        // A data descriptor (a class attribute whose type has __set__) wins over the instance.
        let getter = match &class_attr {
            Some(a @ Value::Instance(ai)) => ai
                .class
                .lookup(&self.names.get)
                .map(|g| (a.clone(), g, ai.class.lookup(&self.names.set).is_some())),
            _ => None,
        };
        if let Some((desc, g, true)) = &getter {
            let owner = Value::Class(cls.clone());
            return self.call_dunder(g, desc, vec![obj.clone(), owner]);
        }
        if let Some(d) = &inst.dict {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        if let Some((desc, g, false)) = &getter {
            let owner = Value::Class(cls.clone());
            return self.call_dunder(g, desc, vec![obj.clone(), owner]);
        }
        if let Some(attr) = class_attr {
            return self.bind_descriptor(attr, obj, &cls);
        }
        if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
            return Ok(v);
        }
        if let Some(ga) = cls.lookup(&self.names.getattr) {
            let n = Value::Str(Rc::new(PyStr::new(name.as_str().to_string())));
            return self.call(&ga, vec![obj.clone(), n]);
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    fn attribute_error_prop(&mut self, obj: &Value, name: &PyStr, what: &str) -> PyErr {
        let tn = self.type_name(obj);
        let c = self.types.exc.attribute_error.clone();
        let msg = match what {
            "getter" => format!(
                "property '{}' of '{}' object has no getter",
                name.as_str(),
                tn
            ),
            "setter" => format!(
                "property '{}' of '{}' object has no setter",
                name.as_str(),
                tn
            ),
            _ => format!(
                "property '{}' of '{}' object has no deleter",
                name.as_str(),
                tn
            ),
        };
        self.new_error(&c, msg)
    }

    /// Turns a class attribute into what `obj.attr` gives: bound methods and so on.
    pub fn bind_descriptor(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &Rc<Class>,
    ) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                this: obj.clone(),
                func: attr,
            })),
            Value::Builtin(b) if b.this.is_none() && b.method => Value::Builtin(Rc::new(Builtin {
                name: b.name,
                func: b.func,
                this: Some(obj.clone()),
                data: b.data.clone(),
                method: true,
            })),
            Value::StaticMethod(f) => (*f).clone(),
            Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                this: Value::Class(cls.clone()),
                func: (*f).clone(),
            })),
            Value::Property(p) => {
                let f = p.fget.clone();
                self.call(&f, vec![obj.clone()])?
            }
            other => other,
        })
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &PyStr) -> PyResult<Value> {
        if let Some(v) = crate::builtins::class_special_attr(self, c, name) {
            return Ok(v);
        }
        match c.lookup(name) {
            Some(Value::ClassMethod(f)) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                this: Value::Class(c.clone()),
                func: (*f).clone(),
            }))),
            Some(Value::StaticMethod(f)) => Ok((*f).clone()),
            Some(v) => Ok(v),
            None => {
                let this = Value::Class(c.clone());
                if let Some(v) = self.meta_method(&this, name) {
                    let meta = self.type_of(&this);
                    return self.bind_descriptor(v, &this, &meta);
                }
                // Methods of `type` itself (e.g. `mro`).
                let tt = self.types.type_.clone();
                if let Some(v) = tt.dict.get_str(name) {
                    return self.bind_descriptor(v, &Value::Class(c.clone()), &tt);
                }
                Err(self.attribute_error(&Value::Class(c.clone()), name.as_str()))
            }
        }
    }

    fn super_getattr(&mut self, s: &Rc<SuperObj>, name: &PyStr) -> PyResult<Value> {
        let start_cls = match &s.this {
            Value::Class(c) if c.is_subclass(&s.class) => c.clone(),
            other => self.type_of(other),
        };
        let mut found_self = false;
        for c in start_cls.mro_iter() {
            if found_self {
                if let Some(v) = c.dict.get_str(name) {
                    return match (&s.this, v) {
                        (Value::Class(_), Value::Function(f)) => Ok(Value::Function(f)),
                        (_, v) => self.bind_descriptor(v, &s.this, &start_cls),
                    };
                }
            } else if Rc::ptr_eq(c, &s.class) {
                found_self = true;
            }
        }
        Err(self.attribute_error(&Value::Super(s.clone()), name.as_str()))
    }

    /// For `obj.name(...)`: the unbound function when `name` is a plain method of obj's type
    /// (saves creating a bound method), else `None`.
    pub fn lookup_method(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        match obj {
            Value::Module(_) | Value::Class(_) | Value::Super(_) => Ok(None),
            Value::Instance(inst) => {
                if let Some(d) = &inst.dict {
                    if d.get_str(name).is_some() {
                        return Ok(None);
                    }
                }
                match inst.class.lookup(name) {
                    Some(f @ Value::Function(_)) => Ok(Some(f)),
                    Some(Value::Builtin(b)) if b.this.is_none() && b.method => {
                        Ok(Some(Value::Builtin(b)))
                    }
                    _ => Ok(None),
                }
            }
            _ => {
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(Value::Builtin(b)) if b.this.is_none() && b.method => {
                        Ok(Some(Value::Builtin(b)))
                    }
                    _ => Ok(None),
                }
            }
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class_attr = inst.class.lookup(name);
                self.instance_setattr_found(obj, inst, name, value, class_attr)
            }
            _ => self.setattr_other(obj, name, value),
        }
    }

    /// `obj.name = value` for an instance, given what its class has under `name`.
    pub(crate) fn instance_setattr_found(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        value: Value,
        class_attr: Option<Value>,
    ) -> PyResult<()> {
        let cls = inst.class.clone();
        if let Some(attr) = class_attr {
            if let Value::Property(p) = &attr {
                if matches!(p.fset, Value::None) {
                    return Err(self.attribute_error_prop(obj, name, "setter"));
                }
                let f = p.fset.clone();
                self.call(&f, vec![obj.clone(), value])?;
                return Ok(());
            }
            if let Value::Instance(ai) = &attr {
                if let Some(set) = ai.class.lookup(&self.names.set) {
                    self.call_dunder(&set, &attr, vec![obj.clone(), value])?;
                    return Ok(());
                }
            }
        }
        if let Some(sa) = cls.lookup(&self.names.setattr) {
            if !matches!(sa, Value::Builtin(_)) {
                let n = Value::Str(name.clone());
                self.call(&sa, vec![obj.clone(), n, value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, inst, name, value)
    }

    /// `obj.name = value` for what is not an instance.
    fn setattr_other(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Class(c) => {
                if let Some(f) = self.meta_method(obj, &self.names.setattr) {
                    self.call_dunder(&f, obj, vec![Value::Str(name.clone()), value])?;
                    return Ok(());
                }
                self.set_class_attr(c, name, value)
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = value {
                            *f.name.borrow_mut() = s;
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = value {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    _ => f.dict.set_str(name.clone(), value),
                }
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                let c = self.types.exc.attribute_error.clone();
                let has = self.type_of(obj).lookup(name).is_some();
                let msg = if has {
                    format!("'{}' object attribute '{}' is read-only", tn, name.as_str())
                } else {
                    format!("'{}' object has no attribute '{}'", tn, name.as_str())
                };
                Err(self.new_error(&c, msg))
            }
        }
    }

    /// `object.__setattr__`: the instance dict, or a slot.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        match &inst.dict {
            Some(d) => {
                if inst.exc.is_some() {
                    if let Some(()) = crate::exceptions::set_exc_attr(self, inst, name, &value) {
                        return Ok(());
                    }
                }
                d.set_str(name.clone(), value);
                Ok(())
            }
            None => match &inst.class.slots {
                Some(slots) if slots.iter().any(|s| s.as_str() == name.as_str()) => {
                    let mut native = inst.native.borrow_mut();
                    let map = native.get_or_insert_with(|| Box::new(PyDict::new()));
                    if let Some(d) = map.downcast_ref::<PyDict>() {
                        d.set_str(name.clone(), value);
                    }
                    Ok(())
                }
                _ => Err(self.attribute_error(obj, name.as_str())),
            },
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(&self.names.delattr) {
                    if !matches!(f, Value::Builtin(_)) {
                        self.call_dunder(&f, obj, vec![Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, name)
            }
            _ => self.generic_delattr(obj, name),
        }
    }

    /// `object.__delattr__`: properties, the instance dict or slots, class and module dicts.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Property(p)) = inst.class.lookup(name) {
                    if matches!(p.fdel, Value::None) {
                        return Err(self.attribute_error_prop(obj, name, "deleter"));
                    }
                    let f = p.fdel.clone();
                    self.call(&f, vec![obj.clone()])?;
                    return Ok(());
                }
                if let Some(d) = &inst.dict {
                    if d.del_str(name) {
                        return Ok(());
                    }
                }
                if inst.dict.is_none() {
                    let native = inst.native.borrow();
                    if let Some(d) = native.as_ref().and_then(|b| b.downcast_ref::<PyDict>()) {
                        if d.del_str(name) {
                            return Ok(());
                        }
                    }
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
            Value::Class(c) => {
                if c.dict.del_str(name) {
                    Ok(())
                } else {
                    Err(self.attribute_error(obj, name.as_str()))
                }
            }
            Value::Module(m) => {
                if m.dict.del_str(name) {
                    Ok(())
                } else {
                    Err(self.attribute_error(obj, name.as_str()))
                }
            }
            _ => Err(self.attribute_error(obj, name.as_str())),
        }
    }

    /// Looks up a dunder on the type of an instance (user classes only).
    pub fn user_dunder(&self, v: &Value, name: &PyStr) -> Option<Value> {
        match v {
            // Native classes (dict views, ...) implement their operators as builtin methods.
            Value::Instance(i) => self.instance_dunder(i, name),
            Value::Class(_) => self.meta_method(v, name),
            _ => None,
        }
    }

    /// A dunder of an instance's class that overrides the builtin behaviour: one written in
    /// Python, or a builtin method of a native class (dict views, bytearray).
    pub fn instance_dunder(&self, i: &Instance, name: &PyStr) -> Option<Value> {
        let native = i.class.layout == Layout::Native || i.class.builtin == Some(TypeId::ByteArray);
        if native {
            return i.class.lookup(name);
        }
        // A builtin type's own methods are its builtin behaviour; a builtin method that a
        // subclass made natively defines (re.RegexFlag's `|`) overrides it.
        let (owner, f) = i
            .class
            .mro_iter()
            .find_map(|k| Some((k, k.dict.get_str(name)?)))?;
        Some(f).filter(|f| !matches!(f, Value::Builtin(_)) || owner.builtin.is_none())
    }

    /// Calls a dunder found on the type with `self` first.
    /// The method `name` a class's metaclass defines in Python, for the class `v`: what
    /// `len(cls)`, `iter(cls)`, `cls[key]`, `cls(...)` and the like call on it.
    pub fn meta_method(&self, v: &Value, name: &PyStr) -> Option<Value> {
        let Value::Class(c) = v else { return None };
        c.meta
            .as_ref()?
            .mro_iter()
            .filter(|k| k.builtin.is_none())
            .find_map(|k| k.dict.get_str(name))
    }

    pub fn call_dunder(&mut self, f: &Value, this: &Value, rest: Vec<Value>) -> PyResult<Value> {
        let mut args = Vec::with_capacity(rest.len() + 1);
        args.push(this.clone());
        args.extend(rest);
        match f {
            Value::StaticMethod(s) => {
                let s = (**s).clone();
                self.call(&s, args[1..].to_vec())
            }
            _ => self.call(f, args),
        }
    }

    // ----- truth -----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Long(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.bool_) {
                    let r = self.call_dunder(&f, v, vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self
                                .type_error(format!("__bool__ should return bool, returned {tn}")))
                        }
                    };
                }
                if let Some(f) = i.class.lookup(&self.names.len) {
                    let r = self.call_dunder(&f, v, vec![])?;
                    return Ok(self.index_value(&r)? != 0);
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.truthy(&b);
                }
                true
            }
            _ => true,
        })
    }

    // ----- repr and str -----

    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        if let Some(f) = self.meta_method(v, &self.names.repr) {
            return match self.call_dunder(&f, v, vec![])? {
                Value::Str(s) => Ok(s),
                other => {
                    let tn = self.type_name(&other);
                    Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            };
        }
        let s = match v {
            Value::Str(s) => crate::format::str_repr(s.as_str()),
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
            Value::None => "None".to_string(),
            Value::Float(f) => crate::format::float_repr(*f),
            Value::Long(b) => b.to_string(),
            Value::Instance(i) => {
                let f = i.class.lookup(&self.names.repr);
                match f {
                    Some(f) if !matches!(f, Value::Builtin(_)) => {
                        let r = self.call_dunder(&f, v, vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s),
                            other => {
                                let tn = self.type_name(&other);
                                Err(self.type_error(format!(
                                    "__repr__ returned non-string (type {tn})"
                                )))
                            }
                        };
                    }
                    Some(Value::Builtin(b)) => {
                        let r = (b.func)(self, Args::new(vec![v.clone()]))?;
                        return match r {
                            Value::Str(s) => Ok(s),
                            _ => Ok(Rc::new(PyStr::new(String::new()))),
                        };
                    }
                    _ => self.default_repr(v),
                }
            }
            _ => crate::builtins::builtin_repr(self, v)?,
        };
        Ok(Rc::new(PyStr::new(s)))
    }

    /// Sets a class attribute; `__name__` and `__qualname__` rename the class itself,
    /// since reading them does not look in the class dict.
    pub fn set_class_attr(
        &mut self,
        c: &Rc<Class>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let slot = match name.as_str() {
            "__name__" => &c.name,
            "__qualname__" => &c.qualname,
            _ => {
                c.dict.set_str(name.clone(), value);
                return Ok(());
            }
        };
        match value {
            Value::Str(s) => {
                *slot.borrow_mut() = s;
                Ok(())
            }
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!(
                    "can only assign string to {}.{}, not '{tn}'",
                    c.name().as_str(),
                    name.as_str()
                )))
            }
        }
    }

    pub fn default_repr(&mut self, v: &Value) -> String {
        let cls = self.type_of(v);
        let module = match cls.dict.get_str(&self.names.module) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        let addr = v.ptr().unwrap_or(0);
        if module == "builtins" {
            format!(
                "<{} object at {:#014x}>",
                cls.qualname.borrow().as_str(),
                addr
            )
        } else {
            format!(
                "<{}.{} object at {:#014x}>",
                module,
                cls.qualname.borrow().as_str(),
                addr
            )
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.str) {
                    let r = self.call_dunder(&f, v, vec![])?;
                    return match r {
                        Value::Str(_) => Ok(r),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                        }
                    };
                }
                if i.exc.is_some() {
                    return crate::exceptions::exc_str(self, v);
                }
                if i.class.layout == Layout::Builtin
                    && i.class
                        .lookup(&self.names.repr)
                        .is_none_or(|r| matches!(r, Value::Builtin(_)))
                {
                    let b = i.base.borrow().clone();
                    if let Value::Str(_) = b {
                        return Ok(b);
                    }
                }
                Ok(Value::Str(self.repr(v)?))
            }
            _ => Ok(Value::Str(self.repr(v)?)),
        }
    }

    pub fn to_string(&mut self, v: &Value) -> PyResult<String> {
        match self.to_str(v)? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Ok(String::new()),
        }
    }

    // ----- hashing and equality -----

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::pyhash::*;
        Ok(match v {
            Value::Int(i) => hash_int_i64(*i),
            Value::Long(b) => hash_bigint(b),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash_float_with_identity(*f, 0),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => hash_bytes(&b.data),
            Value::None => hash_pointer(0x5f3a_1d20),
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for it in t.items.iter() {
                    hs.push(self.hash(it)?);
                }
                hash_tuple(&hs)
            }
            Value::Set(s) if s.frozen => s.table.borrow().frozenset_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{tn}'")));
            }
            Value::Range(r) => hash_tuple(&[
                hash_int_i64(r.len()),
                hash_int_i64(r.start),
                hash_int_i64(r.step),
            ]),
            Value::Instance(i) => {
                match i.class.lookup(&self.names.hash) {
                    Some(Value::None) => {
                        let tn = i.class.name();
                        return Err(self.type_error(format!("unhashable type: '{}'", tn.as_str())));
                    }
                    Some(f) if !matches!(f, Value::Builtin(_)) => {
                        let r = self.call_dunder(&f, v, vec![])?;
                        return match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Long(b) => Ok(hash_bigint(&b)),
                            Value::Bool(b) => Ok(b as i64),
                            _ => {
                                Err(self
                                    .type_error("__hash__ method should return an integer".into()))
                            }
                        };
                    }
                    _ => {}
                }
                // A class defining __eq__ without __hash__ is unhashable.
                if i.class
                    .mro_iter()
                    .any(|c| c.dict.get_str(&self.names.eq).is_some() && c.builtin.is_none())
                    && !i
                        .class
                        .mro_iter()
                        .any(|c| c.dict.get_str(&self.names.hash).is_some())
                {
                    let tn = i.class.name();
                    return Err(self.type_error(format!("unhashable type: '{}'", tn.as_str())));
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.hash(&b);
                }
                hash_pointer(Rc::as_ptr(i) as *const u8 as usize)
            }
            // Equal bound methods (same object, same function) hash alike.
            Value::BoundMethod(m) => {
                let this = self
                    .hash(&m.this)
                    .unwrap_or_else(|_| hash_pointer(m.this.ptr().unwrap_or(0)));
                this ^ hash_pointer(m.func.ptr().unwrap_or(0))
            }
            other => hash_pointer(other.ptr().unwrap_or(0)),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = native_key_eq(a, b) {
            if !matches!((a, b), (Value::Tuple(_), Value::Tuple(_))) || r {
                return Ok(r);
            }
        }
        let v = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&v)
    }

    /// Rich comparison with reflected operands and NotImplemented, as CPython's do_richcompare.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = crate::numeric::compare_numbers(a, b, op) {
            return Ok(Value::Bool(r));
        }
        // User dunders (reflected first when b's type is a subclass of a's).
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected_first = !Rc::ptr_eq(&ta, &tb)
            && tb.is_subclass(&ta)
            && self.user_dunder(b, &name_of(op.swapped())).is_some();
        if reflected_first {
            if let Some(f) = self.user_dunder(b, &name_of(op.swapped())) {
                let r = self.call_dunder(&f, b, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_dunder(a, &name_of(op)) {
            let r = self.call_dunder(&f, a, vec![b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        } else if op == CmpOp::Ne {
            if let Some(f) = self.user_dunder(a, &self.names.eq.clone()) {
                let r = self.call_dunder(&f, a, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
        }
        if !reflected_first {
            if let Some(f) = self.user_dunder(b, &name_of(op.swapped())) {
                let r = self.call_dunder(&f, b, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Builtin comparisons (subclasses of builtins compare by their builtin values).
        let ba = self.base_value(a);
        let bb = self.base_value(b);
        if let Some(r) = crate::numeric::compare_numbers(&ba, &bb, op) {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.builtin_compare(&ba, &bb, op)? {
            return Ok(Value::Bool(r));
        }
        // A method is looked up anew each time: two are equal when they bind the same
        // function to the same object.
        let same = match (a, b) {
            (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                x.this.is(&y.this) && x.func.is(&y.func)
            }
            _ => a.is(b),
        };
        match op {
            CmpOp::Eq => Ok(Value::Bool(same)),
            CmpOp::Ne => Ok(Value::Bool(!same)),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    na,
                    nb
                )))
            }
        }
    }

    /// Comparisons between builtin values: `None` when the types do not compare.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord = |o: Ordering| match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        };
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(ord(x.as_str().cmp(y.as_str()))),
            (Value::Bytes(x), Value::Bytes(y)) => Some(ord(x.data.cmp(&y.data))),
            (Value::Tuple(x), Value::Tuple(y)) => Some(self.seq_compare(&x.items, &y.items, op)?),
            (Value::List(x), Value::List(y)) => {
                let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
                Some(self.seq_compare(&xs, &ys, op)?)
            }
            (Value::Dict(x), Value::Dict(y)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let e = self.dict_eq(x, y)?;
                    Some(if op == CmpOp::Eq { e } else { !e })
                }
                _ => None,
            },
            (Value::Set(x), Value::Set(y)) => Some(self.set_compare(x, y, op)?),
            (Value::Range(x), Value::Range(y)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let same = (x.is_empty() && y.is_empty())
                        || (x.len() == y.len()
                            && x.start == y.start
                            && (x.len() == 1 || x.step == y.step));
                    Some(if op == CmpOp::Eq { same } else { !same })
                }
                _ => None,
            },
            (Value::None, Value::None) => match op {
                CmpOp::Eq => Some(true),
                CmpOp::Ne => Some(false),
                _ => None,
            },
            (Value::Slice(x), Value::Slice(y)) => {
                let xs = vec![x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = vec![y.start.clone(), y.stop.clone(), y.step.clone()];
                Some(self.seq_compare(&xs, &ys, op)?)
            }
            _ => None,
        })
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        for (x, y) in xs.iter().zip(ys.iter()) {
            if x.is(y) {
                continue;
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(x, y, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (lx, ly) = (xs.len(), ys.len());
        Ok(match op {
            CmpOp::Lt => lx < ly,
            CmpOp::Le => lx <= ly,
            CmpOp::Eq => lx == ly,
            CmpOp::Ne => lx != ly,
            CmpOp::Gt => lx > ly,
            CmpOp::Ge => lx >= ly,
        })
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, x: &Rc<PySet>, y: &Rc<PySet>, op: CmpOp) -> PyResult<bool> {
        let subset = |vm: &mut Vm, a: &Rc<PySet>, b: &Rc<PySet>| -> PyResult<bool> {
            if a.len() > b.len() {
                return Ok(false);
            }
            for item in a.items() {
                if !vm.set_contains(b, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => x.len() == y.len() && subset(self, x, y)?,
            CmpOp::Ne => !(x.len() == y.len() && subset(self, x, y)?),
            CmpOp::Le => subset(self, x, y)?,
            CmpOp::Lt => x.len() < y.len() && subset(self, x, y)?,
            CmpOp::Ge => subset(self, y, x)?,
            CmpOp::Gt => x.len() > y.len() && subset(self, y, x)?,
        })
    }

    // ----- dicts and sets with Python equality -----

    /// Finds `key` in `d`: its entry index.
    pub fn dict_find(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let native = d.table.borrow().find_native(hash, key);
        match native {
            crate::dict::Probe::Found(i) => Ok(Some(i)),
            crate::dict::Probe::Absent => Ok(None),
            crate::dict::Probe::NeedsVm => {
                let candidates = d.table.borrow().candidates(hash);
                for i in candidates {
                    let k = match d.table.borrow().slots().get(i) {
                        Some(e) if !matches!(e.key, Value::Unbound) => e.key.clone(),
                        _ => continue,
                    };
                    if k.is(key) || self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(d.get_str(s));
        }
        let h = self.hash(key)?;
        Ok(self
            .dict_find(d, key, h)?
            .map(|i| d.table.borrow().entry(i).value.clone()))
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            d.set_str(s.clone(), value);
            return Ok(());
        }
        let h = self.hash(&key)?;
        match self.dict_find(d, &key, h)? {
            Some(i) => {
                d.table.borrow_mut().set_value_at(i, value);
            }
            None => d.table.borrow_mut().push_new(h, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn dict_del(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(Some(d.table.borrow_mut().remove_at(i).value)),
            None => Ok(None),
        }
    }

    pub(crate) fn set_eq_fn(&mut self) -> impl FnMut(&Value, &Value) -> Result<bool, PyErr> + '_ {
        move |a: &Value, b: &Value| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            None => {
                if a.is(b) {
                    return Ok(true);
                }
                self.eq(a, b)
            }
        }
    }

    pub fn set_add(&mut self, s: &PySet, v: Value) -> PyResult<bool> {
        let h = self.hash(&v)?;
        let mut table = match s.table.try_borrow_mut() {
            Ok(t) => t,
            Err(_) => return Err(self.runtime_error("Set changed size during iteration".into())),
        };
        let mut eq = self.set_eq_fn();
        table.insert(h, v, &mut eq)
    }

    pub fn set_contains(&mut self, s: &PySet, v: &Value) -> PyResult<bool> {
        let h = match self.hash(v) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {..}` raises TypeError, like CPython.
                return Err(e);
            }
        };
        let table = match s.table.try_borrow() {
            Ok(t) => t,
            Err(_) => return Err(self.runtime_error("Set changed size during iteration".into())),
        };
        let mut eq = self.set_eq_fn();
        table.contains(h, v, &mut eq)
    }

    pub fn set_remove(&mut self, s: &PySet, v: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(v)?;
        let mut table = match s.table.try_borrow_mut() {
            Ok(t) => t,
            Err(_) => return Err(self.runtime_error("Set changed size during iteration".into())),
        };
        let mut eq = self.set_eq_fn();
        table.remove(h, v, &mut eq)
    }

    // ----- containment -----

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.meta_method(container, &self.names.contains) {
            let r = self.call_dunder(&f, container, vec![item.clone()])?;
            return self.truthy(&r);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => {
                    let tn = self.type_name(other);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            Value::List(l) => {
                let items = l.items.borrow().clone();
                for x in items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => match item {
                Value::Int(_) | Value::Bool(_) => {
                    let i = match item {
                        Value::Bool(b) => *b as i64,
                        Value::Int(i) => *i,
                        _ => 0,
                    };
                    if r.step > 0 {
                        Ok(i >= r.start && i < r.stop && (i - r.start) % r.step == 0)
                    } else {
                        Ok(i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0)
                    }
                }
                _ => {
                    let items = self.collect_iterable(container)?;
                    for x in items {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.data.iter().any(|x| *x as i64 == *i)),
                Value::Bytes(sub) => {
                    if sub.data.is_empty() {
                        return Ok(true);
                    }
                    Ok(b.data
                        .windows(sub.data.len())
                        .any(|w| w == sub.data.as_slice()))
                }
                _ => Err(self.type_error("a bytes-like object is required".into())),
            },
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.contains) {
                    let r = self.call_dunder(&f, container, vec![item.clone()])?;
                    return self.truthy(&r);
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.contains(&b, item);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
        };
        while let Some(x) = self.next_value(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- iteration -----

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(f) = self.meta_method(v, &self.names.iter) {
            return self.call_dunder(&f, v, vec![]);
        }
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Dict(d) => {
                let keys = d.keys();
                IterState::Items {
                    len: keys.len(),
                    items: keys.into(),
                    index: 0,
                    source: v.clone(),
                }
            }
            Value::Set(s) => {
                let items = s.items();
                IterState::Items {
                    len: items.len(),
                    items: items.into(),
                    index: 0,
                    source: v.clone(),
                }
            }
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.iter) {
                    if matches!(f, Value::None) {
                        let tn = i.class.name();
                        return Err(
                            self.type_error(format!("'{}' object is not iterable", tn.as_str()))
                        );
                    }
                    let it = self.call_dunder(&f, v, vec![])?;
                    let ok = match &it {
                        Value::Iter(_) | Value::Generator(_) => true,
                        other => self.type_of(other).lookup(&self.names.next).is_some(),
                    };
                    if !ok {
                        let tn = self.type_name(&it);
                        return Err(
                            self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                        );
                    }
                    return Ok(it);
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.get_iter(&b);
                }
                if i.class.lookup(&self.names.getitem).is_some() {
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }
                } else {
                    let tn = i.class.name();
                    return Err(
                        self.type_error(format!("'{}' object is not iterable", tn.as_str()))
                    );
                }
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        };
        Ok(Value::Iter(Rc::new(PyIter {
            state: std::cell::RefCell::new(state),
        })))
    }

    /// One step of a native iterator.
    pub fn native_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        // Steps an instruction's record must keep (`nested.rs`) take the slow path.
        if !self.has_record() {
            if let Some(step) = self.simple_next(it) {
                return step;
            }
        }
        crate::builtins::iter_next_slow(self, it)
    }

    /// One step of a native iterator over a built-in sequence, string, range or dict/set
    /// (no VM calls, run under the borrow); None for the other iterators.
    pub(crate) fn simple_next(&mut self, it: &Rc<PyIter>) -> Option<PyResult<Option<Value>>> {
        let mut st = it.state.borrow_mut();
        match &mut *st {
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.wrapping_add(*step);
                    return Some(Ok(Some(Value::Int(n))));
                }
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Seq {
                seq: Value::List(l),
                index,
            } => {
                let items = l.items.borrow();
                if *index < items.len() {
                    let v = items[*index].clone();
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
                drop(items);
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Seq {
                seq: Value::Tuple(t),
                index,
            } => {
                if *index < t.items.len() {
                    let v = t.items[*index].clone();
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Seq {
                seq: Value::Bytes(b),
                index,
            } => {
                if *index < b.data.len() {
                    let v = Value::Int(b.data[*index] as i64);
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Str { s, byte } => {
                let text = s.as_str();
                if let Some(c) = text[*byte..].chars().next() {
                    *byte += c.len_utf8();
                    return Some(Ok(Some(Value::string(c.to_string()))));
                }
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Items {
                items,
                index,
                source,
                len,
            } => {
                let cur_len = match source {
                    Value::Dict(d) => d.len(),
                    Value::Set(s) => s.len(),
                    _ => *len,
                };
                if cur_len != *len {
                    let what = if matches!(source, Value::Set(_)) {
                        "set"
                    } else {
                        "dictionary"
                    };
                    *len = usize::MAX;
                    drop(st);
                    return Some(Err(
                        self.runtime_error(format!("{what} changed size during iteration"))
                    ));
                }
                if *index < items.len() {
                    let v = items[*index].clone();
                    *index += 1;
                    return Some(Ok(Some(v)));
                }
                *st = IterState::Exhausted;
                Some(Ok(None))
            }
            IterState::Exhausted => Some(Ok(None)),
            _ => None,
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Range(r) => {
                let n = r.len();
                if n > 50_000_000 {
                    return Err(self.memory_error());
                }
                return Ok((0..n).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_value(&it)? {
            out.push(x);
            if out.len() & 0xffff == 0
                && out.len() * std::mem::size_of::<Value>() > self.limits.memory_bytes
            {
                return Err(self.memory_error());
            }
        }
        Ok(out)
    }

    /// `a, b = seq`: exactly `n` items.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(_) => {
                        let tn = self.type_name(seq);
                        return Err(
                            self.type_error(format!("cannot unpack non-iterable {tn} object"))
                        );
                    }
                };
                let mut out = Vec::new();
                while let Some(x) = self.next_value(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        Ok(items)
    }

    /// (key, value) pairs of a mapping (a dict, or anything with keys() and __getitem__).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        match m {
            Value::Dict(d) => Ok(d.items()),
            Value::Instance(i)
                if i.class.layout == Layout::Builtin
                    && i.class
                        .lookup(&self.names.getitem)
                        .is_none_or(|f| matches!(f, Value::Builtin(_))) =>
            {
                let b = i.base.borrow().clone();
                self.mapping_items(&b)
            }
            _ => {
                let keys_name = Rc::new(PyStr::new("keys".into()));
                let keys = match self.getattr(m, &keys_name) {
                    Ok(k) => k,
                    Err(_) => {
                        let tn = self.type_name(m);
                        return Err(self.type_error(format!("'{tn}' object is not a mapping")));
                    }
                };
                let keys = self.call(&keys, vec![])?;
                let keys = self.collect_iterable(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    // ----- unary operators -----

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if let Some(r) = crate::numeric::unary(self, a, op)? {
            return Ok(r);
        }
        let name = match op {
            UnaryOp::Neg => self.names.neg.clone(),
            UnaryOp::Pos => self.names.pos.clone(),
            UnaryOp::Invert => self.names.invert.clone(),
            UnaryOp::Not => unreachable!("handled above"),
        };
        if let Some(f) = self.user_dunder(a, &name) {
            return self.call_dunder(&f, a, vec![]);
        }
        // A subclass of a number type: the operator on its number.
        let base = self.base_value(a);
        if !matches!(base, Value::Instance(_)) && !base.is(a) {
            return self.unary_op(&base, op);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    // ----- subscripts -----

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::Instance(i) => {
                if let Some(f) = self.instance_dunder(i, &self.names.getitem.clone()) {
                    return self.call_dunder(&f, obj, vec![key.clone()]);
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    if let Value::Dict(d) = &b {
                        // dict subclasses consult __missing__.
                        if let Some(v) = self.dict_get(d, key)? {
                            return Ok(v);
                        }
                        if let Some(m) = i.class.lookup(&self.names.missing) {
                            return self.call_dunder(&m, obj, vec![key.clone()]);
                        }
                        return Err(self.key_error(key.clone()));
                    }
                    return self.getitem(&b, key);
                }
                if let Some(f) = i.class.lookup(&self.names.getitem) {
                    return self.call_dunder(&f, obj, vec![key.clone()]);
                }
                let tn = i.class.name();
                Err(self.type_error(format!("'{}' object is not subscriptable", tn.as_str())))
            }
            Value::Class(c) => match self.meta_method(obj, &self.names.getitem) {
                Some(f) => self.call_dunder(&f, obj, vec![key.clone()]),
                None => self.class_getitem(c, key),
            },
            _ => crate::builtins::builtin_getitem(self, obj, key),
        }
    }

    /// `cls[key]`: the class's `__class_getitem__` (a classmethod without saying so), or for
    /// the builtin containers a `types.GenericAlias` (`list[int]`).
    fn class_getitem(&mut self, c: &Rc<Class>, key: &Value) -> PyResult<Value> {
        let cls = Value::Class(c.clone());
        match c.lookup(&PyStr::new("__class_getitem__".into())) {
            Some(Value::ClassMethod(f)) | Some(Value::StaticMethod(f)) => {
                return self.call(&f.as_ref().clone(), vec![cls, key.clone()]);
            }
            Some(f) => return self.call(&f, vec![cls, key.clone()]),
            None => {}
        }
        // The builtin containers, and classes derived from them, as theirs is inherited.
        let generic = c.mro_iter().any(|k| {
            matches!(
                k.builtin,
                Some(
                    TypeId::List
                        | TypeId::Dict
                        | TypeId::Tuple
                        | TypeId::Set
                        | TypeId::FrozenSet
                        | TypeId::Type
                )
            )
        });
        if generic {
            let alias = self.types_module_attr("GenericAlias")?;
            return self.call(&alias, vec![cls, key.clone()]);
        }
        Err(self.type_error(format!("type '{}' is not subscriptable", c.name().as_str())))
    }

    /// An attribute of the `types` module (written in Python), imported on first use.
    pub fn types_module_attr(&mut self, name: &str) -> PyResult<Value> {
        let Some(module) = self.import_module("types")? else {
            return Err(self.type_error("the types module is missing".into()));
        };
        self.getattr(&module, &PyStr::new(name.into()))
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => crate::methods::list::set_item(self, l, key, value),
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::Instance(i) => {
                if let Some(f) = self.instance_dunder(i, &self.names.setitem.clone()) {
                    self.call_dunder(&f, obj, vec![key, value])?;
                    return Ok(());
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.setitem(&b, key, value);
                }
                if let Some(f) = i.class.lookup(&self.names.setitem) {
                    self.call_dunder(&f, obj, vec![key, value])?;
                    return Ok(());
                }
                let tn = i.class.name();
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    tn.as_str()
                )))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => crate::methods::list::del_item(self, l, key),
            Value::Dict(d) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(i) => {
                if let Some(f) = self.instance_dunder(i, &self.names.delitem.clone()) {
                    self.call_dunder(&f, obj, vec![key.clone()])?;
                    return Ok(());
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.delitem(&b, key);
                }
                if let Some(f) = i.class.lookup(&self.names.delitem) {
                    self.call_dunder(&f, obj, vec![key.clone()])?;
                    return Ok(());
                }
                let tn = i.class.name();
                Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    tn.as_str()
                )))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object does not support item deletion")))
            }
        }
    }

    /// An integer index from a value (`__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Long(_) => Err(self.index_error("cannot fit 'int' into an index-sized integer")),
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup(&self.names.index) {
                    let r = self.call_dunder(&f, v, vec![])?;
                    return self.index_value(&r);
                }
                if i.class.layout == Layout::Builtin {
                    let b = i.base.borrow().clone();
                    return self.index_value(&b);
                }
                let tn = i.class.name();
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn.as_str()
                )))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    // ----- instances and classes -----

    /// `cls(*args)`: builtin constructors, or `__new__` + `__init__`.
    pub fn instantiate(
        &mut self,
        cls: &Rc<Class>,
        args: Args,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        if cls.meta.is_some() {
            let this = Value::Class(cls.clone());
            if let Some(f) = self.meta_method(&this, &self.names.call) {
                let mut pos = vec![this];
                pos.extend(args.pos);
                return self.call_args(&f, Args { pos, kw: args.kw }).map(Some);
            }
        }
        self.instantiate_plain(cls, args, kind)
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`.
    pub fn instantiate_plain(
        &mut self,
        cls: &Rc<Class>,
        args: Args,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        if let Some(id) = cls.builtin {
            if id != TypeId::Object && id != TypeId::BaseException && cls.layout != Layout::Native {
                // Exactly a builtin type (not a subclass): its constructor.
                return crate::builtins::construct_builtin(self, cls, id, args).map(Some);
            }
        }
        if Rc::ptr_eq(cls, &self.types.type_) {
            return crate::builtins::construct_builtin(self, cls, TypeId::Type, args).map(Some);
        }
        // __new__
        let new_fn = cls.lookup(&self.names.new);
        let object_new = self.types.object.dict.get_str(&self.names.new);
        let is_object_new = match (&new_fn, &object_new) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        let instance = match new_fn {
            Some(Value::StaticMethod(f)) if !is_object_new => {
                let mut pos = vec![Value::Class(cls.clone())];
                pos.extend(args.pos.iter().cloned());
                let inst = self.call_args(
                    &f,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?;
                if !self.type_of(&inst).is_subclass(cls) {
                    return Ok(Some(inst));
                }
                inst
            }
            Some(Value::Function(f)) => {
                let mut pos = vec![Value::Class(cls.clone())];
                pos.extend(args.pos.iter().cloned());
                let inst = self.call_args(
                    &Value::Function(f),
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?;
                if !self.type_of(&inst).is_subclass(cls) {
                    return Ok(Some(inst));
                }
                inst
            }
            _ => self.new_instance(cls, &args)?,
        };
        match cls.lookup(&self.names.init) {
            Some(Value::Function(f)) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(instance.clone());
                pos.extend(args.pos);
                match self.push_function_frame(
                    &f,
                    Args { pos, kw: args.kw },
                    FrameKind::Init(instance.clone()),
                )? {
                    None => {
                        if matches!(kind, FrameKind::Nested) {
                            // Run __init__ to completion for a native caller.
                            let depth = self.frames_depth() - 1;
                            if let Some(fr) = self.frames.last_mut() {
                                fr.kind = FrameKind::Nested;
                            }
                            let r = self.run_nested_public(depth)?;
                            if !r.is_none() {
                                let tn = self.type_name(&r);
                                return Err(self.type_error(format!(
                                    "__init__() should return None, not '{tn}'"
                                )));
                            }
                            return Ok(Some(instance));
                        }
                        Ok(None)
                    }
                    Some(_) => {
                        Err(self
                            .type_error("__init__() should return None, not 'generator'".into()))
                    }
                }
            }
            Some(init) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(instance.clone());
                pos.extend(args.pos);
                self.call_args(&init, Args { pos, kw: args.kw })?;
                Ok(Some(instance))
            }
            None => Ok(Some(instance)),
        }
    }

    /// A class that `abc` found abstract methods in cannot have instances.
    fn check_not_abstract(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        let Some(abstract_methods) = cls.dict.get_str(&PyStr::new("__abstractmethods__".into()))
        else {
            return Ok(());
        };
        let mut names: Vec<String> = Vec::new();
        for m in self.collect_iterable(&abstract_methods)? {
            names.push(self.to_string(&m)?);
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            cls.name().as_str(),
            names.join(", ")
        )))
    }

    /// `object.__new__(cls)` with the layout the class needs.
    pub fn new_instance(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        let has_dict = cls.slots.is_none();
        let exc = if cls.layout == Layout::Exception {
            Some(std::cell::RefCell::new(ExcState {
                args: Value::tuple(args.pos.clone()),
                ..Default::default()
            }))
        } else {
            None
        };
        let os_attrs = cls.layout == Layout::Exception
            && cls.is_subclass(&self.types.exc.os_error)
            && args.pos.len() >= 2;
        let base = if cls.layout == Layout::Builtin {
            crate::builtins::default_base_value(self, cls, args)?
        } else {
            Value::None
        };
        if cls.layout == Layout::Object
            && cls.lookup(&self.names.init).is_none()
            && (!args.pos.is_empty() || !args.kw.is_empty())
        {
            let n = cls.name();
            return Err(self.type_error(format!("{}() takes no arguments", n.as_str())));
        }
        if cls.meta.is_some() {
            // As object.__new__ does: surplus arguments are reported before abstractness.
            let object_init = self.types.object.dict.get_str(&self.names.init);
            let inherits_object_init = match (cls.lookup(&self.names.init), object_init) {
                (Some(a), Some(b)) => a.is(&b),
                _ => true,
            };
            if inherits_object_init && (!args.pos.is_empty() || !args.kw.is_empty()) {
                let n = cls.name();
                return Err(self.type_error(format!("{}() takes no arguments", n.as_str())));
            }
            self.check_not_abstract(cls)?;
        }
        let dict = if has_dict {
            Some(Rc::new(PyDict::new()))
        } else {
            None
        };
        if let (true, Some(d)) = (os_attrs, &dict) {
            d.set_str_key("errno", args.pos[0].clone());
            d.set_str_key("strerror", args.pos[1].clone());
            if let Some(f) = args.pos.get(2) {
                d.set_str_key("filename", f.clone());
            }
        }
        Ok(Value::Instance(Rc::new(Instance {
            class: cls.clone(),
            dict,
            base: std::cell::RefCell::new(base),
            exc,
            native: std::cell::RefCell::new(None),
        })))
    }

    pub fn run_nested_public(&mut self, depth: usize) -> PyResult<Value> {
        self.run_nested(depth)
    }

    /// Creates a class from a finished class body (or `type(name, bases, ns)`): the
    /// metaclass, given or the most derived of the bases' ones, makes it from the namespace.
    pub fn build_class(
        &mut self,
        name: Value,
        bases: Vec<Value>,
        namespace: Rc<PyDict>,
        classcell: Value,
        mut keywords: Vec<(Rc<PyStr>, Value)>,
    ) -> PyResult<Value> {
        let base_classes = self.resolve_bases(&bases)?;
        let given = keywords
            .iter()
            .position(|(k, _)| k.as_str() == "metaclass")
            .map(|i| keywords.remove(i).1);
        let meta = match given {
            // Any callable may stand as the metaclass; only a class takes part in deriving it.
            Some(Value::Class(m)) => self.derive_metaclass(m, &base_classes)?,
            Some(f) => {
                return self.call_metaclass(&f, name, base_classes, namespace, classcell, keywords)
            }
            None => {
                let ty = self.types.type_.clone();
                self.derive_metaclass(ty, &base_classes)?
            }
        };
        if Rc::ptr_eq(&meta, &self.types.type_) {
            let cls = self.new_type(None, &name, base_classes, namespace, keywords)?;
            if let Value::Cell(c) = classcell {
                *c.borrow_mut() = Value::Class(cls.clone());
            }
            return Ok(Value::Class(cls));
        }
        self.call_metaclass(
            &Value::Class(meta),
            name,
            base_classes,
            namespace,
            classcell,
            keywords,
        )
    }

    fn call_metaclass(
        &mut self,
        meta: &Value,
        name: Value,
        bases: Vec<Rc<Class>>,
        namespace: Rc<PyDict>,
        classcell: Value,
        keywords: Vec<(Rc<PyStr>, Value)>,
    ) -> PyResult<Value> {
        let bases = Value::tuple(bases.into_iter().map(Value::Class).collect());
        let args = Args {
            pos: vec![name, bases, Value::Dict(namespace)],
            kw: keywords,
        };
        let made = self.call_args(meta, args)?;
        if let (Value::Cell(c), Value::Class(_)) = (classcell, &made) {
            *c.borrow_mut() = made.clone();
        }
        Ok(made)
    }

    /// The bases as classes; a base standing for classes (`list[int]`, `Generic[T]`)
    /// names them through `__mro_entries__`.
    fn resolve_bases(&mut self, bases: &[Value]) -> PyResult<Vec<Rc<Class>>> {
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                Value::Instance(i)
                    if i.class
                        .lookup(&PyStr::new("__mro_entries__".into()))
                        .is_some() =>
                {
                    let f = self.getattr(b, &PyStr::new("__mro_entries__".into()))?;
                    let entries = self.call(&f, vec![Value::tuple(bases.to_vec())])?;
                    let Value::Tuple(t) = entries else {
                        return Err(self.type_error("__mro_entries__ must return a tuple".into()));
                    };
                    for e in t.items.iter() {
                        match e {
                            Value::Class(c) => base_classes.push(c.clone()),
                            other => {
                                let tn = self.type_name(other);
                                return Err(
                                    self.type_error(format!("bases must be types, not {tn}"))
                                );
                            }
                        }
                    }
                }
                other => {
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("bases must be types, not {tn}")));
                }
            }
        }
        Ok(base_classes)
    }

    /// The most derived of `meta` and the bases' metaclasses, which must form a chain.
    fn derive_metaclass(&mut self, meta: Rc<Class>, bases: &[Rc<Class>]) -> PyResult<Rc<Class>> {
        let mut winner = meta;
        for b in bases {
            let bm = self.type_of(&Value::Class(b.clone()));
            if winner.is_subclass(&bm) {
                continue;
            }
            if bm.is_subclass(&winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases"
                    .into(),
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, namespace, **kw)`: makes the class, tells the
    /// namespace's descriptors their names (`__set_name__`) and the first base that wants to
    /// know of the new subclass (`__init_subclass__`, given the keywords).
    pub fn new_type(
        &mut self,
        meta: Option<Rc<Class>>,
        name: &Value,
        mut bases: Vec<Rc<Class>>,
        namespace: Rc<PyDict>,
        keywords: Vec<(Rc<PyStr>, Value)>,
    ) -> PyResult<Rc<Class>> {
        let name_s = match name {
            Value::Str(s) => s.as_str().to_string(),
            _ => return Err(self.type_error("class name must be a string".into())),
        };
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        let meta = meta.filter(|m| !Rc::ptr_eq(m, &self.types.type_));
        let cls = crate::builtins::make_class(self, &name_s, bases, namespace, meta)?;
        let owner = Value::Class(cls.clone());
        for (key, value) in cls.dict.items() {
            let Value::Instance(i) = &value else { continue };
            if let Some(f) = i.class.lookup(&self.names.set_name) {
                self.call_dunder(&f, &value, vec![owner.clone(), key])?;
            }
        }
        // The first base's `__init_subclass__`, a class method (see `make_class`).
        let hook = cls
            .mro
            .iter()
            .find_map(|c| c.dict.get_str(&self.names.init_subclass));
        let hook = match hook {
            Some(Value::ClassMethod(f)) => Some((*f).clone()),
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        match hook {
            Some(f) => {
                let args = Args {
                    pos: vec![owner],
                    kw: keywords,
                };
                self.call_args(&f, args)?;
            }
            None if !keywords.is_empty() => {
                return Err(self.type_error(format!(
                    "{name_s}.__init_subclass__() takes no keyword arguments"
                )))
            }
            _ => {}
        }
        Ok(cls)
    }
}

fn name_of(op: CmpOp) -> PyStr {
    PyStr::new(op.dunder().to_string())
}

/// The `type(it).__name__` of a native iterator.
pub fn iter_type_name(st: &IterState) -> &'static str {
    match st {
        IterState::Seq {
            seq: Value::List(_),
            ..
        } => "list_iterator",
        IterState::Seq {
            seq: Value::Tuple(_),
            ..
        } => "tuple_iterator",
        IterState::Seq {
            seq: Value::Bytes(_),
            ..
        } => "bytes_iterator",
        IterState::Seq { .. } => "iterator",
        IterState::Range { .. } => "range_iterator",
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::Items {
            source: Value::Set(_),
            ..
        } => "set_iterator",
        IterState::Items { .. } => "dict_keyiterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Reversed { .. } => "list_reverseiterator",
        IterState::Callable { .. } => "callable_iterator",
        IterState::Exhausted => "iterator",
    }
}
