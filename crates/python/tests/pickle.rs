//! Pickling as processes use it: values round-trip through bytes (also between two VMs, as
//! a spawned child and its parent), shared references and cycles survive, and what cannot be
//! pickled fails with CPython 3.11's exception and message. Garbage input never panics.

use mpplay_python::alloc::CountingAlloc;
use mpplay_python::value::{Args, Builtin, Instance, Layout, Value};
use mpplay_python::vm::PyResult;
use mpplay_python::{pickle, MemoryHost, RunOutcome, Vm, Wait};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

#[global_allocator]
static ALLOC: CountingAlloc<std::alloc::System> = CountingAlloc(std::alloc::System);

fn host(vm: &mut Vm) -> &mut MemoryHost {
    vm.host
        .as_any_mut()
        .downcast_mut::<MemoryHost>()
        .expect("a MemoryHost")
}

/// Runs `src` as the module `name` to the end; returns (exit code, stdout, stderr).
fn run_as(vm: &mut Vm, src: &str, name: &str) -> (i32, String, String) {
    vm.load_main(src, "main.py", name).expect("compiles");
    let code = loop {
        match vm.run(100_000) {
            RunOutcome::Finished(code) => break code,
            RunOutcome::Yielded => {}
            RunOutcome::Blocked(Wait::Sleep { deadline }) => vm.host.sleep_until(deadline),
            RunOutcome::Blocked(other) => panic!("unexpected wait {other:?}"),
        }
    };
    let h = host(vm);
    (
        code,
        std::mem::take(&mut h.stdout),
        std::mem::take(&mut h.stderr),
    )
}

/// Runs a program that must succeed; its stdout with addresses masked.
fn run(src: &str) -> String {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    let (code, out, err) = run_as(&mut vm, src, "__main__");
    assert_eq!(code, 0, "stderr: {err}");
    mask_addresses(&out)
}

/// `0x7f3a...` → `0x?`, since addresses differ between runs and from CPython.
fn mask_addresses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        if hex > 0 {
            out.push('?');
        }
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}

/// Prints `module.Name: message` for each failing expression (checked against CPython 3.11).
const CHECK: &str = "
import pickle
def check(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__module__ + '.' + type(e).__name__ + ':', e)
";

#[test]
fn builtin_values_round_trip() {
    let out = run("
import pickle
values = [None, True, False, 0, -1, 2**63 - 1, -2**63, 2**100, -(2**200) + 7, 1.5, -0.0,
          float('inf'), 'héllo', '', b'\\x00\\xff', bytearray(b'ab'), (), (1, (2, 3)),
          [1, [2]], {'b': 1, 'a': 2, 3: [4]}, {3, 1, 2}, frozenset({'x'}), range(1, 10, 3),
          slice(1, None, -1), ..., NotImplemented, [int, str, ValueError, type(None)],
          [len, print, pickle.dumps]]
for v in values:
    w = pickle.loads(pickle.dumps(v))
    print(type(w).__name__, repr(w), w == v)
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, type(pickle.dumps(1)).__name__)
print(pickle.loads(pickle.dumps(1, protocol=-1)), pickle.loads(pickle.dumps(2, 0)))
");
    assert_eq!(
        out,
        "NoneType None True
bool True True
bool False True
int 0 True
int -1 True
int 9223372036854775807 True
int -9223372036854775808 True
int 1267650600228229401496703205376 True
int -1606938044258990275541962092341162602522202993782792835301369 True
float 1.5 True
float -0.0 True
float inf True
str 'héllo' True
str '' True
bytes b'\\x00\\xff' True
bytearray bytearray(b'ab') True
tuple () True
tuple (1, (2, 3)) True
list [1, [2]] True
dict {'b': 1, 'a': 2, 3: [4]} True
set {1, 2, 3} True
frozenset frozenset({'x'}) True
range range(1, 10, 3) True
slice slice(1, None, -1) True
ellipsis Ellipsis True
NotImplementedType NotImplemented True
list [<class 'int'>, <class 'str'>, <class 'ValueError'>, <class 'NoneType'>] True
list [<built-in function len>, <built-in function print>, <built-in function dumps>] True
True
5 4 bytes
1 2
"
    );
}

#[test]
fn shared_references_and_cycles_survive() {
    let out = run("
import pickle
x = [1]
y = pickle.loads(pickle.dumps([x, x, (x,)]))
print(y, y[0] is y[1], y[2][0] is y[0])
a = []
a.append(a)
b = pickle.loads(pickle.dumps(a))
print(b, b[0] is b)
d = {}
d['self'] = d
e = pickle.loads(pickle.dumps(d))
print(e, e['self'] is e)
t = ([],)
t[0].append(t)
u = pickle.loads(pickle.dumps(t))
print(u[0][0] is u)
class Node:
    pass
n = Node()
n.me = n
n.peers = [n]
m = pickle.loads(pickle.dumps(n))
print(m.me is m, m.peers[0] is m)
");
    assert_eq!(
        out,
        "[[1], [1], ([1],)] True True
[[...]] True
{'self': {...}} True
True
True True
"
    );
}

#[test]
fn functions_classes_and_methods_go_by_reference() {
    let out = run("
import pickle, math
def f(x):
    return x * 2
class C:
    def m(self):
        return 'm of ' + self.name
    @staticmethod
    def s():
        return 's'
    @classmethod
    def c(cls):
        return cls.__name__
    class Inner:
        pass
obj = C()
obj.name = 'obj'
print(pickle.loads(pickle.dumps(f)) is f)
print(pickle.loads(pickle.dumps(C)) is C, pickle.loads(pickle.dumps(C.Inner)) is C.Inner)
print(pickle.loads(pickle.dumps(obj.m))())
print(pickle.loads(pickle.dumps(C.s))(), pickle.loads(pickle.dumps(C.c))())
print(pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, pickle.loads(pickle.dumps(len)) is len)
l = [1]
app = pickle.loads(pickle.dumps(l.append))
app(2)
print(app.__self__)
");
    assert_eq!(out, "True\nTrue True\nm of obj\ns C\nTrue True\n[1, 2]\n");
}

#[test]
fn instances_use_reduce_state_and_slots_as_cpython() {
    let out = run("
import pickle
class P:
    def __init__(self, x):
        print('init', x)
        self.x = x
p = pickle.loads(pickle.dumps(P(1)))
print(type(p).__name__, vars(p))
class R:
    def __reduce__(self):
        return (P, (5,), {'extra': 1})
print(vars(pickle.loads(pickle.dumps(R()))))
class RE:
    def __reduce_ex__(self, proto):
        return (P, (proto,))
print(pickle.loads(pickle.dumps(RE())).x, pickle.loads(pickle.dumps(RE(), 2)).x)
class L:
    def __reduce__(self):
        return (list, (), None, iter([1, 2]))
class D:
    def __reduce__(self):
        return (dict, (), None, None, iter([('k', 'v')]))
print(pickle.loads(pickle.dumps(L())), pickle.loads(pickle.dumps(D())))
class S:
    def __reduce__(self):
        return 'single'
single = S()
print(pickle.loads(pickle.dumps(single)) is single)
class G:
    def __init__(self):
        self.a = 1
        self.secret = 2
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
print(vars(pickle.loads(pickle.dumps(G()))))
class Slot:
    __slots__ = ('x', 'y')
s = Slot()
s.x = 3
t = pickle.loads(pickle.dumps(s))
print(t.x, hasattr(t, 'y'))
class Dct(dict):
    pass
d = Dct(a=1)
d.tag = 'T'
d2 = pickle.loads(pickle.dumps(d))
print(type(d2).__name__, d2, d2.tag)
class Lst(list):
    pass
l = Lst([1, 2])
l.append(l)
l2 = pickle.loads(pickle.dumps(l))
print(type(l2).__name__, l2[:2], l2[2] is l2)
class Tup(tuple):
    pass
class Num(int):
    pass
print(type(pickle.loads(pickle.dumps(Tup((1, 2))))).__name__, pickle.loads(pickle.dumps(Num(7))) + 1)
");
    assert_eq!(
        out,
        "init 1
P {'x': 1}
init 5
{'x': 5, 'extra': 1}
init 4
init 2
4 2
[1, 2] {'k': 'v'}
True
setstate {'a': 1}
{'a': 1}
3 False
Dct {'a': 1} T
Lst [1, 2] True
Tup 8
"
    );
}

#[test]
fn exceptions_round_trip_with_class_args_and_attributes() {
    let out = run("
import pickle
e = pickle.loads(pickle.dumps(ValueError('bad', 2)))
print(repr(e), e.args)
class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b
m = pickle.loads(pickle.dumps(MyError(1, 2)))
print(type(m).__name__, m.args, m.extra)
class Twice(Exception):
    def __init__(self, a):
        super().__init__('msg ' + a)
print(pickle.loads(pickle.dumps(Twice('x'))))
k = pickle.loads(pickle.dumps(KeyError('k')))
print(repr(k), isinstance(k, LookupError))
");
    assert_eq!(
        out,
        "ValueError('bad', 2) ('bad', 2)
MyError (1, 2) 3
msg msg x
KeyError('k') True
"
    );
}

#[test]
fn what_cannot_be_pickled_fails_as_in_cpython() {
    let out = run(&format!(
        "{CHECK}
import sys
def outer():
    def inner():
        pass
    return inner
def gen():
    yield 1
lam = lambda: 1
def f():
    pass
g = f
del f
def h():
    pass
old_h = h
def h():
    pass
class K:
    pass
OldK = K
class K:
    pass
class C:
    @staticmethod
    def s():
        pass
def local_class():
    class Loc:
        pass
    return Loc()
check(lambda: pickle.dumps(lam))
check(lambda: pickle.dumps(lambda: 2))
check(lambda: pickle.dumps(outer()))
check(lambda: pickle.dumps(g))
check(lambda: pickle.dumps(old_h))
check(lambda: pickle.dumps(OldK()))
check(lambda: pickle.dumps(local_class()))
check(lambda: pickle.dumps(gen()))
check(lambda: pickle.dumps(sys.stdout))
check(lambda: pickle.dumps(open('f.txt', 'w')))
check(lambda: pickle.dumps(sys))
check(lambda: pickle.dumps(outer.__code__))
check(lambda: pickle.dumps(super(C, C())))
check(lambda: pickle.dumps({{}}.keys()))
check(lambda: pickle.dumps(property(lambda s: 1)))
check(lambda: pickle.dumps(C.__dict__['s']))
check(lambda: pickle.dumps(1, protocol=6))
check(lambda: pickle.dumps(1, protocol='a'))
check(lambda: pickle.loads('abc'))
"
    ));
    assert_eq!(
        out,
        "_pickle.PicklingError: Can't pickle <function <lambda> at 0x?>: attribute lookup <lambda> on __main__ failed
builtins.AttributeError: Can't pickle local object '<lambda>.<locals>.<lambda>'
builtins.AttributeError: Can't pickle local object 'outer.<locals>.inner'
_pickle.PicklingError: Can't pickle <function f at 0x?>: attribute lookup f on __main__ failed
_pickle.PicklingError: Can't pickle <function h at 0x?>: it's not the same object as __main__.h
_pickle.PicklingError: Can't pickle <class '__main__.K'>: it's not the same object as __main__.K
builtins.AttributeError: Can't pickle local object 'local_class.<locals>.Loc'
builtins.TypeError: cannot pickle 'generator' object
builtins.TypeError: cannot pickle '_io.TextIOWrapper' object
builtins.TypeError: cannot pickle '_io.TextIOWrapper' object
builtins.TypeError: cannot pickle 'module' object
builtins.TypeError: cannot pickle code objects
_pickle.PicklingError: args[0] from __newobj__ args has the wrong class
builtins.TypeError: cannot pickle 'dict_keys' object
builtins.TypeError: cannot pickle 'property' object
builtins.TypeError: cannot pickle 'staticmethod' object
builtins.ValueError: pickle protocol must be <= 5
builtins.TypeError: 'str' object cannot be interpreted as an integer
builtins.TypeError: a bytes-like object is required, not 'str'
"
    );
}

#[test]
fn bad_reduce_results_fail_as_in_cpython() {
    let out = run(&format!(
        "{CHECK}
class R:
    def __init__(self, rv):
        self.rv = rv
    def __reduce__(self):
        return self.rv
class Two:
    def __init__(self, *a):
        pass
check(lambda: pickle.dumps(R(5)))
check(lambda: pickle.dumps(R((1,))))
check(lambda: pickle.dumps(R((Two, (), None, None, None, None, None))))
check(lambda: pickle.dumps(R((5, ()))))
check(lambda: pickle.dumps(R((Two, 5))))
check(lambda: pickle.dumps(R('nope')))
check(lambda: pickle.loads(pickle.dumps(R((Two, (), 5)))))
class Bad:
    def __getstate__(self):
        return 7
check(lambda: pickle.loads(pickle.dumps(Bad())))
"
    ));
    assert_eq!(
        out,
        "_pickle.PicklingError: __reduce__ must return a string or tuple
_pickle.PicklingError: tuple returned by __reduce__ must contain 2 through 6 elements
_pickle.PicklingError: tuple returned by __reduce__ must contain 2 through 6 elements
_pickle.PicklingError: first item of the tuple returned by __reduce__ must be callable
_pickle.PicklingError: second item of the tuple returned by __reduce__ must be a tuple
_pickle.PicklingError: Can't pickle <__main__.R object at 0x?>: attribute lookup nope on __main__ failed
_pickle.UnpicklingError: state is not a dictionary
_pickle.UnpicklingError: state is not a dictionary
"
    );
}

#[test]
fn pickle_errors_are_classes_of_underscore_pickle() {
    let out = run("
import pickle
print(pickle.PicklingError.__mro__)
print(pickle.UnpicklingError.__mro__)
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOFError', e)
try:
    pickle.loads(b'\\x00garbage')
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.loads(pickle.dumps([1, 2, 3])[:-2])
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
e = pickle.loads(pickle.dumps(pickle.PicklingError('again')))
print(type(e) is pickle.PicklingError, e)
");
    assert_eq!(
        out,
        "(<class '_pickle.PicklingError'>, <class '_pickle.PickleError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
(<class '_pickle.UnpicklingError'>, <class '_pickle.PickleError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
EOFError Ran out of input
UnpicklingError invalid load key, '\\x00'.
UnpicklingError pickle data was truncated
True again
"
    );
}

#[test]
fn native_iterators_round_trip_where_cpython_can() {
    let out = run("
import pickle
def rt(it):
    return list(pickle.loads(pickle.dumps(it)))
it = iter([1, 2, 3])
next(it)
print(rt(it), rt(iter(range(0, 10, 4))), rt(iter('hé!')), rt(reversed([1, 2])))
d = iter({'a': 1, 'b': 2})
next(d)
print(rt(d), rt(enumerate('ab', 5)), rt(zip([1, 2], 'xy')), rt(map(str, [1, 2])))
print(rt(filter(None, [0, 1, 2])), rt(iter(int, 0)))
");
    assert_eq!(
        out,
        "[2, 3] [0, 4, 8] ['h', 'é', '!'] [2, 1]
['b'] [(5, 'a'), (6, 'b')] [(1, 'x'), (2, 'y')] ['1', '2']
[1, 2] []
"
    );
}

#[test]
fn too_deep_nesting_is_a_recursion_error_not_a_crash() {
    // The dump runs from an explicit stack, so a small thread stack is enough. (The deep
    // values stay alive: freeing them recurses in Rust's drop, which is not pickle's concern.)
    let out = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(|| {
            run(&format!(
                "{CHECK}
class N:
    pass
chain = N()
for i in range(5000):
    node = N()
    node.child = chain
    chain = node
check(lambda: pickle.dumps(chain))
deep = []
for i in range(5000):
    deep = [deep]
check(lambda: pickle.dumps(deep))
for n in [450, 600]:
    nested = []
    for i in range(n):
        nested = [nested]
    check(lambda: len(pickle.loads(pickle.dumps(nested))))
"
            ))
        })
        .expect("a thread")
        .join()
        .expect("no crash");
    assert_eq!(
        out,
        "builtins.RecursionError: maximum recursion depth exceeded while pickling an object
builtins.RecursionError: maximum recursion depth exceeded while pickling an object
ok 1
builtins.RecursionError: maximum recursion depth exceeded while pickling an object
"
    );
}

const SHARED_SRC: &str = "
import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
def work(p):
    return p.x + p.y
";

/// The main module's global `name`.
fn global(vm: &Vm, module: &str, name: &str) -> Value {
    match vm.modules.get(module) {
        Some(Value::Module(m)) => m
            .dict
            .get_str(&mpplay_python::value::PyStr::new(name.into()))
            .expect("the global exists"),
        _ => panic!("no module {module}"),
    }
}

#[test]
fn values_cross_from_parent_to_spawned_child_and_back() {
    // The parent runs the program as __main__.
    let mut parent = Vm::new(Box::new(MemoryHost::new()));
    let src = format!("{SHARED_SRC}args = (work, Point(1, 2), [Point])\n");
    assert_eq!(run_as(&mut parent, &src, "__main__").0, 0);
    let args = global(&parent, "__main__", "args");
    let bytes = pickle::dumps(&mut parent, &args).unwrap_or_else(|_| panic!("dumps"));

    // The child runs the same program as __mp_main__, registered under both names.
    let mut child = Vm::new(Box::new(MemoryHost::new()));
    assert_eq!(run_as(&mut child, SHARED_SRC, "__mp_main__").0, 0);
    let main = child.modules["__mp_main__"].clone();
    child.modules.insert("__main__".into(), main);
    let got = pickle::loads(&mut child, &bytes).unwrap_or_else(|_| panic!("loads"));
    let Value::Tuple(t) = &got else {
        panic!("a tuple")
    };
    assert!(t.items[0].is(&global(&child, "__mp_main__", "work")));
    let point_cls = global(&child, "__mp_main__", "Point");
    let Value::List(l) = &t.items[2] else {
        panic!("a list")
    };
    assert!(l.items.borrow()[0].is(&point_cls));
    let result = child
        .call(&t.items[0], vec![t.items[1].clone()])
        .unwrap_or_else(|_| panic!("call"));
    assert!(matches!(result, Value::Int(3)));

    // A child's Point is `__mp_main__.Point`; the parent finds it in its __main__.
    let back = pickle::dumps(&mut child, &t.items[1]).unwrap_or_else(|_| panic!("dumps"));
    let p = pickle::loads(&mut parent, &back).unwrap_or_else(|_| panic!("loads"));
    let Value::Instance(i) = &p else {
        panic!("an instance")
    };
    assert!(Value::Class(i.class.clone()).is(&global(&parent, "__main__", "Point")));
}

/// A native handle class like the embedder's, made picklable by a builtin `__reduce__`
/// that returns `(rebuild, (id,))` with `rebuild` a function of a registered module.
fn install_handles(vm: &mut Vm) {
    let m = vm.new_module("_handles");
    let cls = mpplay_python::types::new_class(
        "Lock",
        vec![vm.types.object.clone()],
        Layout::Native,
        Some(mpplay_python::types::TypeId::Native),
    );
    cls.dict.set_str_key("__module__", Value::str("_handles"));
    mpplay_python::types::add_method(&cls, "__reduce__", handle_reduce);
    mpplay_python::types::add_method(&cls, "id", handle_id);
    m.dict.set_str_key("Lock", Value::Class(cls));
    m.dict.set_str_key(
        "rebuild",
        Value::Builtin(Rc::new(Builtin {
            name: "rebuild",
            func: handle_rebuild,
            this: None,
            data: None,
            method: false,
        })),
    );
    vm.modules.insert("_handles".into(), Value::Module(m));
}

fn handle_id_of(v: &Value) -> i64 {
    match v {
        Value::Instance(i) => i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<i64>())
            .copied()
            .unwrap_or(-1),
        _ => -1,
    }
}

fn handle_rebuild(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = match args.pos.first() {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    let Some(Value::Module(m)) = vm.modules.get("_handles").cloned() else {
        return Ok(Value::None);
    };
    let Some(Value::Class(cls)) = m
        .dict
        .get_str(&mpplay_python::value::PyStr::new("Lock".into()))
    else {
        return Ok(Value::None);
    };
    Ok(Value::Instance(Rc::new(Instance {
        class: cls,
        dict: None,
        base: RefCell::new(Value::None),
        exc: None,
        native: RefCell::new(Some(Box::new(id))),
    })))
}

fn handle_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let rebuild = match vm.modules.get("_handles") {
        Some(Value::Module(m)) => m
            .dict
            .get_str(&mpplay_python::value::PyStr::new("rebuild".into()))
            .unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        rebuild,
        Value::tuple(vec![Value::Int(handle_id_of(&this))]),
    ]))
}

fn handle_id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(args.pos.first().map(handle_id_of).unwrap_or(-1)))
}

#[test]
fn a_native_class_is_picklable_through_a_builtin_reduce() {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    install_handles(&mut vm);
    let (code, out, err) = run_as(
        &mut vm,
        "
import pickle, _handles
h = _handles.rebuild(42)
data = pickle.dumps([h, h])
k = pickle.loads(data)
print(type(k[0]).__name__, k[0].id(), k[0] is k[1])
",
        "__main__",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "Lock 42 True\n");
}

/// xorshift64*: deterministic, seedable, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn truncated_mutated_and_random_bytes_never_panic() {
    let mut vm = Vm::new(Box::new(MemoryHost::new()));
    let src = "
class P:
    def __init__(self):
        self.a = [1, 'x', (2.5, None)]
        self.me = self
class E(Exception):
    pass
sample = [P(), {'k': b'v', 3: {1, 2}}, range(3), slice(1, 2), E('e'), iter([1, 2]), 2**70,
          zip('ab', [1]), frozenset({1}), bytearray(b'z'), len, P]
";
    assert_eq!(run_as(&mut vm, src, "__main__").0, 0);
    let sample = global(&vm, "__main__", "sample");
    let good = pickle::dumps(&mut vm, &sample).unwrap_or_else(|_| panic!("dumps"));
    assert!(pickle::loads(&mut vm, &good).is_ok());
    let mut inputs: Vec<Vec<u8>> = (0..good.len()).map(|n| good[..n].to_vec()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let mut m = good.clone();
        for _ in 0..1 + rng.next() % 4 {
            let i = (rng.next() % m.len() as u64) as usize;
            m[i] = rng.next() as u8;
        }
        inputs.push(m);
        let len = (rng.next() % 64) as usize;
        let mut r: Vec<u8> = b"MPK\x01".to_vec();
        r.extend((0..len).map(|_| rng.next() as u8));
        inputs.push(r);
    }
    for data in inputs {
        let r = catch_unwind(AssertUnwindSafe(|| {
            let _ = pickle::loads(&mut vm, &data);
        }));
        assert!(r.is_ok(), "panicked on {data:?}");
    }
}
