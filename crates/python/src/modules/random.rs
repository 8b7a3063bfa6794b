//! `random`: CPython 3.11's module functions and the `Random` class over
//! `crate::pyrandom::PyRandom`, so a program seeded the same way draws the same numbers as
//! under CPython. Argument errors use the wording of CPython's Python-level methods
//! (`Random.randint() missing 1 required positional argument: 'b'`).
//!
//! The module functions share the VM's hidden instance (`vm.random`, seeded from the host's
//! entropy when first used without a seed); a `Random` object keeps its own generator in
//! its native state.

use crate::bytecode::BinOp;
use crate::pyrandom::{error_kind, PyRandom, SAMPLE_TOO_LARGE};
use crate::types::{add_method, new_class, TypeId};
use crate::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::One;
use std::rc::Rc;

/// The operations shared by the module functions and the `Random` methods.
type Impl = fn(&mut Vm, Option<&Value>, Args) -> PyResult<Value>;

macro_rules! both {
    ($($module_fn:ident, $method_fn:ident => $imp:ident;)*) => {
        $(
            fn $module_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let f: Impl = $imp;
                f(vm, None, args)
            }
            fn $method_fn(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
                if args.pos.is_empty() {
                    return Err(vm.type_error("descriptor needs a 'Random' object".into()));
                }
                let this = args.pos.remove(0);
                let f: Impl = $imp;
                f(vm, Some(&this), args)
            }
        )*
    };
}

both! {
    m_seed, c_seed => seed_impl;
    m_random, c_random => random_impl;
    m_randint, c_randint => randint_impl;
    m_randrange, c_randrange => randrange_impl;
    m_uniform, c_uniform => uniform_impl;
    m_choice, c_choice => choice_impl;
    m_choices, c_choices => choices_impl;
    m_shuffle, c_shuffle => shuffle_impl;
    m_sample, c_sample => sample_impl;
    m_getrandbits, c_getrandbits => getrandbits_impl;
    m_randbytes, c_randbytes => randbytes_impl;
    m_gauss, c_gauss => gauss_impl;
    m_normalvariate, c_normalvariate => normalvariate_impl;
    m_lognormvariate, c_lognormvariate => lognormvariate_impl;
    m_expovariate, c_expovariate => expovariate_impl;
    m_triangular, c_triangular => triangular_impl;
    m_betavariate, c_betavariate => betavariate_impl;
    m_gammavariate, c_gammavariate => gammavariate_impl;
    m_vonmisesvariate, c_vonmisesvariate => vonmisesvariate_impl;
    m_paretovariate, c_paretovariate => paretovariate_impl;
    m_weibullvariate, c_weibullvariate => weibullvariate_impl;
}

const FUNCS: [(&str, NativeFn, NativeFn); 21] = [
    ("seed", m_seed, c_seed),
    ("random", m_random, c_random),
    ("randint", m_randint, c_randint),
    ("randrange", m_randrange, c_randrange),
    ("uniform", m_uniform, c_uniform),
    ("choice", m_choice, c_choice),
    ("choices", m_choices, c_choices),
    ("shuffle", m_shuffle, c_shuffle),
    ("sample", m_sample, c_sample),
    ("getrandbits", m_getrandbits, c_getrandbits),
    ("randbytes", m_randbytes, c_randbytes),
    ("gauss", m_gauss, c_gauss),
    ("normalvariate", m_normalvariate, c_normalvariate),
    ("lognormvariate", m_lognormvariate, c_lognormvariate),
    ("expovariate", m_expovariate, c_expovariate),
    ("triangular", m_triangular, c_triangular),
    ("betavariate", m_betavariate, c_betavariate),
    ("gammavariate", m_gammavariate, c_gammavariate),
    ("vonmisesvariate", m_vonmisesvariate, c_vonmisesvariate),
    ("paretovariate", m_paretovariate, c_paretovariate),
    ("weibullvariate", m_weibullvariate, c_weibullvariate),
];

/// Builds the module.
pub fn make(vm: &mut Vm) -> Value {
    let funcs: Vec<(&'static str, NativeFn)> = FUNCS.iter().map(|(n, f, _)| (*n, *f)).collect();
    let m = super::new_native_module(vm, "random", &funcs);
    let cls = random_class(vm);
    m.dict.set_str_key("Random", Value::Class(cls));
    Value::Module(m)
}

/// The `random.Random` class (native state: a `PyRandom`).
fn random_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.classes.get("random.Random") {
        return c.clone();
    }
    let c = new_class(
        "Random",
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(TypeId::Native),
    );
    c.dict.set_str_key("__module__", Value::str("random"));
    add_method(&c, "__init__", c_init);
    for (name, _, method) in FUNCS.iter() {
        add_method(&c, name, *method);
    }
    vm.classes.insert("random.Random", c.clone());
    c
}

fn c_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(
            vm.type_error("descriptor '__init__' of 'Random' object needs an argument".into())
        );
    }
    let this = args.pos.remove(0);
    if let Some(x) = crate::builtins::take_kw(&mut args, "x") {
        args.pos.insert(0, x);
    }
    let slots = bind(vm, "Random.__init__", &args, &["x"], 0, &[])?;
    let mut seed_args = Args::new(vec![slots[0].clone().unwrap_or(Value::None)]);
    seed_args.kw.clear();
    seed_impl(vm, Some(&this), seed_args)?;
    Ok(Value::None)
}

// ----- state access -----

/// Runs `f` on the generator of `owner` (a `Random` object) or of the module.
fn with_rng<T>(
    vm: &mut Vm,
    owner: Option<&Value>,
    f: impl FnOnce(&mut PyRandom) -> T,
) -> PyResult<T> {
    match owner {
        None => {
            if vm.random.is_none() {
                let e = vm.host.entropy();
                vm.random = Some(PyRandom::from_entropy(&e));
            }
            match vm.random.as_mut() {
                Some(r) => Ok(f(r)),
                None => Err(vm.runtime_error("random state unavailable".into())),
            }
        }
        Some(Value::Instance(inst)) => {
            let missing = !matches!(inst.native.borrow().as_ref(), Some(b) if b.is::<PyRandom>());
            if missing {
                let e = vm.host.entropy();
                *inst.native.borrow_mut() = Some(Box::new(PyRandom::from_entropy(&e)));
            }
            let mut st = inst.native.borrow_mut();
            match st.as_mut().and_then(|b| b.downcast_mut::<PyRandom>()) {
                Some(r) => Ok(f(r)),
                None => {
                    drop(st);
                    Err(vm.type_error("descriptor requires a 'random.Random' object".into()))
                }
            }
        }
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor requires a 'random.Random' object but received a '{tn}'"
            )))
        }
    }
}

/// Replaces the generator of `owner` (used by `seed`).
fn set_rng(vm: &mut Vm, owner: Option<&Value>, rng: PyRandom) {
    match owner {
        None => vm.random = Some(rng),
        Some(Value::Instance(inst)) => *inst.native.borrow_mut() = Some(Box::new(rng)),
        Some(_) => {}
    }
}

/// Turns a message from `pyrandom` into the exception CPython raises.
fn rand_error(vm: &mut Vm, msg: String) -> PyErr {
    let cls = match error_kind(&msg) {
        "TypeError" => vm.types.exc.type_error.clone(),
        "IndexError" => vm.types.exc.index_error.clone(),
        "ZeroDivisionError" => vm.types.exc.zero_division_error.clone(),
        "OverflowError" => vm.types.exc.overflow_error.clone(),
        _ => vm.types.exc.value_error.clone(),
    };
    vm.new_error(&cls, msg)
}

fn lift<T>(vm: &mut Vm, r: Result<T, String>) -> PyResult<T> {
    r.map_err(|m| rand_error(vm, m))
}

// ----- argument binding -----

/// Binds positional and keyword arguments to `params` (the first `required` are required)
/// followed by keyword-only `kwonly`, with the wording of a Python method `qual`.
fn bind(
    vm: &mut Vm,
    qual: &str,
    args: &Args,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let np = params.len();
    if args.pos.len() > np {
        let given = args.pos.len() + 1;
        let msg = if required == np {
            format!(
                "{qual}() takes {} positional argument{} but {given} were given",
                np + 1,
                if np == 0 { "" } else { "s" }
            )
        } else {
            format!(
                "{qual}() takes from {} to {} positional arguments but {given} were given",
                required + 1,
                np + 1
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = vec![None; np + kwonly.len()];
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let idx = params
            .iter()
            .chain(kwonly.iter())
            .position(|p| *p == k.as_str());
        match idx {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "{qual}() got multiple values for argument '{}'",
                    k.as_str()
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{qual}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    let missing: Vec<&str> = (0..required)
        .filter(|i| slots[*i].is_none())
        .map(|i| params[i])
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        return Err(vm.type_error(format!(
            "{qual}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(slots)
}

fn float_of(vm: &mut Vm, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        None => Ok(default),
        Some(v) => crate::builtins::as_f64(vm, v),
    }
}

fn req(v: &Option<Value>) -> Value {
    v.clone().unwrap_or(Value::None)
}

/// An int for randrange: ints pass, integral floats are accepted (deprecated in CPython),
/// other floats are a ValueError naming the argument.
fn randrange_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match vm.base_value(v) {
        Value::Int(i) => Ok(BigInt::from(i)),
        Value::Bool(b) => Ok(BigInt::from(b as i64)),
        Value::Long(b) => Ok((*b).clone()),
        Value::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 {
                Ok(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
            } else if f.is_nan() {
                Err(vm.value_error("cannot convert float NaN to integer".into()))
            } else if f.is_infinite() {
                Err(vm.overflow_error("cannot convert float infinity to integer"))
            } else {
                Err(vm.value_error(format!("non-integer {what} for randrange()")))
            }
        }
        Value::Str(s) => {
            // CPython falls back to int(x): a numeric string converts but is not the same
            // object, anything else fails to convert.
            let t = s.as_str().trim().replace('_', "");
            if !t.is_empty() && t.parse::<BigInt>().is_ok() {
                Err(vm.value_error(format!("non-integer {what} for randrange()")))
            } else {
                let r = vm.repr(&Value::Str(s.clone()))?;
                Err(vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    r.as_str()
                )))
            }
        }
        other @ Value::Instance(_) => {
            let i = vm.index_value(&other)?;
            Ok(BigInt::from(i))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

// ----- seeding -----

fn seed_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let slots = bind(vm, "Random.seed", &args, &["a", "version"], 0, &[])?;
    let a = slots[0].clone().unwrap_or(Value::None);
    let version = match &slots[1] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 2,
    };
    let rng =
        match vm.base_value(&a) {
            Value::None => {
                let e = vm.host.entropy();
                PyRandom::from_entropy(&e)
            }
            Value::Int(i) => PyRandom::from_i64_seed(i),
            Value::Bool(b) => PyRandom::from_i64_seed(b as i64),
            Value::Long(b) => PyRandom::from_int_seed(&b),
            Value::Float(f) => {
                // CPython seeds with the hash read as an unsigned machine word.
                let h = vm.hash(&Value::Float(f))?;
                PyRandom::from_int_seed(&BigInt::from(h as u64))
            }
            Value::Str(s) if version == 1 => PyRandom::from_int_seed(&BigInt::from(v1_seed(
                s.as_str().chars().map(|c| c as u64),
            ))),
            Value::Bytes(b) if version == 1 => {
                PyRandom::from_int_seed(&BigInt::from(v1_seed(b.data.iter().map(|c| *c as u64))))
            }
            Value::Str(s) => PyRandom::from_str_seed(s.as_str()),
            Value::Bytes(b) => PyRandom::from_bytes_seed(&b.data),
            _ => return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
                    .into(),
            )),
        };
    set_rng(vm, owner, rng);
    Ok(Value::None)
}

/// The version-1 string hash `random.seed(s, version=1)` uses.
fn v1_seed(chars: impl Iterator<Item = u64> + Clone) -> i128 {
    let mut it = chars.clone();
    let mut x: u64 = match it.next() {
        Some(c) => c << 7,
        None => 0,
    };
    let mut n: u64 = 0;
    for c in chars {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
        n += 1;
    }
    x ^= n;
    x as i128
}

// ----- basic draws -----

fn random_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("Random.random() takes no keyword arguments".into()));
    }
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(Value::Float(with_rng(vm, owner, |r| r.random())?))
}

fn getrandbits_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("Random.getrandbits() takes no keyword arguments".into()));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let k = crate::builtins::arg_int(vm, &args.pos[0])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    if k > 1 << 31 {
        return Err(vm.memory_error());
    }
    let b = with_rng(vm, owner, |r| r.getrandbits(k as u32))?;
    Ok(Value::from_bigint(b))
}

fn randbytes_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.randbytes", &args, &["n"], 1, &[])?;
    let n = crate::builtins::arg_int(vm, &req(&s[0]))?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    if n > 1 << 28 {
        return Err(vm.memory_error());
    }
    let b = with_rng(vm, owner, |r| r.randbytes(n as usize))?;
    Ok(Value::bytes(b))
}

fn randrange_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        "Random.randrange",
        &args,
        &["start", "stop", "step"],
        1,
        &[],
    )?;
    randrange_values(
        vm,
        owner,
        &req(&s[0]),
        s[1].clone().filter(|v| !v.is_none()),
        s[2].clone(),
    )
}

fn randrange_values(
    vm: &mut Vm,
    owner: Option<&Value>,
    start: &Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = randrange_int(vm, start, "arg 1")?;
    let Some(stop) = stop else {
        // CPython checks `step is not 1` (the cached small int) before converting it.
        if let Some(st) = &step {
            if !matches!(st, Value::Int(1)) {
                return Err(vm.type_error("Missing a non-None stop argument".into()));
            }
        }
        let r = with_rng(vm, owner, |r| r.randrange(&istart, None, &BigInt::one()))?;
        return lift(vm, r).map(Value::from_bigint);
    };
    let istop = randrange_int(vm, &stop, "stop")?;
    let istep = match &step {
        Some(st) => randrange_int(vm, st, "step")?,
        None => BigInt::one(),
    };
    let r = with_rng(vm, owner, |r| r.randrange(&istart, Some(&istop), &istep))?;
    lift(vm, r).map(Value::from_bigint)
}

fn randint_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.randint", &args, &["a", "b"], 2, &[])?;
    let b = req(&s[1]);
    let stop = vm.binary_op(&b, &Value::Int(1), BinOp::Add, false)?;
    randrange_values(vm, owner, &req(&s[0]), Some(stop), None)
}

fn uniform_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.uniform", &args, &["a", "b"], 2, &[])?;
    let (a, b) = (req(&s[0]), req(&s[1]));
    if let (Some(x), Some(y)) = (simple_f64(&a), simple_f64(&b)) {
        let u = with_rng(vm, owner, |r| r.uniform(x, y))?;
        return Ok(Value::Float(u));
    }
    let width = vm.binary_op(&b, &a, BinOp::Sub, false)?;
    let u = with_rng(vm, owner, |r| r.random())?;
    let t = vm.binary_op(&width, &Value::Float(u), BinOp::Mul, false)?;
    vm.binary_op(&a, &t, BinOp::Add, false)
}

/// A float or small int as f64 when that is exactly what Python arithmetic would use.
fn simple_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if i.abs() < (1 << 53) => Some(*i as f64),
        _ => None,
    }
}

// ----- sequences -----

fn choice_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.choice", &args, &["seq"], 1, &[])?;
    let seq = req(&s[0]);
    let n = vm.len_of(&seq)?;
    let r = with_rng(vm, owner, |r| r.choice_index(n))?;
    let i = lift(vm, r)?;
    vm.getitem(&seq, &Value::Int(i as i64))
}

fn float_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(crate::builtins::as_f64(vm, it)?);
    }
    Ok(out)
}

fn choices_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        "Random.choices",
        &args,
        &["population", "weights"],
        1,
        &["cum_weights", "k"],
    )?;
    let population = req(&s[0]);
    let n = vm.len_of(&population)?;
    let weights = match &s[1] {
        Some(v) if !v.is_none() => Some(float_list(vm, v)?),
        _ => None,
    };
    let cum = match &s[2] {
        Some(v) if !v.is_none() => Some(float_list(vm, v)?),
        _ => None,
    };
    let k = match &s[3] {
        Some(v) => crate::builtins::arg_int(vm, v)?.max(0) as usize,
        None => 1,
    };
    if k > 100_000_000 {
        return Err(vm.memory_error());
    }
    let r = with_rng(vm, owner, |r| {
        r.choices_indices(n, weights.as_deref(), cum.as_deref(), k)
    })?;
    let idx = lift(vm, r)?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(vm.getitem(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn shuffle_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.shuffle", &args, &["x"], 1, &[])?;
    let x = req(&s[0]);
    if let Value::List(l) = &x {
        let mut items = std::mem::take(&mut *l.items.borrow_mut());
        with_rng(vm, owner, |r| r.shuffle(&mut items))?;
        *l.items.borrow_mut() = items;
        return Ok(Value::None);
    }
    let n = vm.len_of(&x)?;
    for i in (1..n).rev() {
        let j = with_rng(vm, owner, |r| r.randbelow_u64(i as u64 + 1))? as usize;
        let xj = vm.getitem(&x, &Value::Int(j as i64))?;
        let xi = vm.getitem(&x, &Value::Int(i as i64))?;
        vm.setitem(&x, Value::Int(i as i64), xj)?;
        vm.setitem(&x, Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

/// Whether `v` counts as a `collections.abc.Sequence` for `sample`.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match vm.base_value(v) {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            true
        }
        Value::Instance(i) => {
            let has = |n: &str| i.class.lookup(&PyStr::new(n.to_string())).is_some();
            has("__getitem__") && has("__len__") && !has("keys")
        }
        _ => false,
    }
}

fn sample_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        "Random.sample",
        &args,
        &["population", "k"],
        2,
        &["counts"],
    )?;
    let population = req(&s[0]);
    if !is_sequence(vm, &population) {
        return Err(vm.type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).".into(),
        ));
    }
    let n = vm.len_of(&population)?;
    let kv = req(&s[1]);
    let k = match vm.base_value(&kv) {
        Value::Float(_) => {
            return Err(vm.type_error("can't multiply sequence by non-int of type 'float'".into()))
        }
        other => crate::builtins::arg_int(vm, &other)?,
    };
    let idx = match &s[2] {
        Some(c) if !c.is_none() => {
            let items = vm.collect_iterable(c)?;
            let mut counts = Vec::with_capacity(items.len());
            for it in &items {
                counts.push(crate::builtins::arg_int(vm, it)?);
            }
            if k < 0 {
                return Err(vm.value_error(SAMPLE_TOO_LARGE.into()));
            }
            let r = with_rng(vm, owner, |r| {
                r.sample_counts_indices(n, &counts, k as usize)
            })?;
            lift(vm, r)?
        }
        _ => {
            if k < 0 {
                return Err(vm.value_error(SAMPLE_TOO_LARGE.into()));
            }
            let r = with_rng(vm, owner, |r| r.sample_indices(n, k as usize))?;
            lift(vm, r)?
        }
    };
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(vm.getitem(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

// ----- distributions -----

fn gauss_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.gauss", &args, &["mu", "sigma"], 0, &[])?;
    let mu = float_of(vm, &s[0], 0.0)?;
    let sigma = float_of(vm, &s[1], 1.0)?;
    Ok(Value::Float(with_rng(vm, owner, |r| r.gauss(mu, sigma))?))
}

fn normalvariate_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.normalvariate", &args, &["mu", "sigma"], 0, &[])?;
    let mu = float_of(vm, &s[0], 0.0)?;
    let sigma = float_of(vm, &s[1], 1.0)?;
    Ok(Value::Float(with_rng(vm, owner, |r| {
        r.normalvariate(mu, sigma)
    })?))
}

fn lognormvariate_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.lognormvariate", &args, &["mu", "sigma"], 2, &[])?;
    let mu = float_of(vm, &s[0], 0.0)?;
    let sigma = float_of(vm, &s[1], 1.0)?;
    let r = with_rng(vm, owner, |r| r.lognormvariate(mu, sigma))?;
    lift(vm, r).map(Value::Float)
}

fn expovariate_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.expovariate", &args, &["lambd"], 1, &[])?;
    let l = float_of(vm, &s[0], 1.0)?;
    let r = with_rng(vm, owner, |r| r.expovariate(l))?;
    lift(vm, r).map(Value::Float)
}

fn triangular_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        "Random.triangular",
        &args,
        &["low", "high", "mode"],
        0,
        &[],
    )?;
    let low = float_of(vm, &s[0], 0.0)?;
    let high = float_of(vm, &s[1], 1.0)?;
    let mode = match &s[2] {
        Some(v) if !v.is_none() => Some(crate::builtins::as_f64(vm, v)?),
        _ => None,
    };
    Ok(Value::Float(with_rng(vm, owner, |r| {
        r.triangular(low, high, mode)
    })?))
}

macro_rules! two_param {
    ($name:ident, $qual:expr, $a:expr, $b:expr, $method:ident) => {
        fn $name(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
            let s = bind(vm, $qual, &args, &[$a, $b], 2, &[])?;
            let x = float_of(vm, &s[0], 0.0)?;
            let y = float_of(vm, &s[1], 0.0)?;
            let r = with_rng(vm, owner, |r| r.$method(x, y))?;
            lift(vm, r).map(Value::Float)
        }
    };
}

two_param!(
    betavariate_impl,
    "Random.betavariate",
    "alpha",
    "beta",
    betavariate
);
two_param!(
    gammavariate_impl,
    "Random.gammavariate",
    "alpha",
    "beta",
    gammavariate
);
two_param!(
    vonmisesvariate_impl,
    "Random.vonmisesvariate",
    "mu",
    "kappa",
    vonmisesvariate
);
two_param!(
    weibullvariate_impl,
    "Random.weibullvariate",
    "alpha",
    "beta",
    weibullvariate
);

fn paretovariate_impl(vm: &mut Vm, owner: Option<&Value>, args: Args) -> PyResult<Value> {
    let s = bind(vm, "Random.paretovariate", &args, &["alpha"], 1, &[])?;
    let a = float_of(vm, &s[0], 1.0)?;
    let r = with_rng(vm, owner, |r| r.paretovariate(a))?;
    lift(vm, r).map(Value::Float)
}
