# multiprocessing.managers: BaseManager.register with the docs' example (a class exposed by
# default and with `exposed`, a generator behind a custom proxy type, a module's functions);
# AutoProxy's name and `_exposed_`; proxies of registered types handed to children, which
# call the shared object; method_to_typeid; registries kept per manager class.
from multiprocessing import Process, freeze_support
from multiprocessing.managers import BaseManager, BaseProxy, SyncManager
import operator


class Foo:
    def f(self):
        print('you called Foo.f()')
    def g(self):
        print('you called Foo.g()')
    def _h(self):
        print('you called Foo._h()')


def baz():
    for i in range(10):
        yield i*i


class GeneratorProxy(BaseProxy):
    _exposed_ = ['__next__']
    def __iter__(self):
        return self
    def __next__(self):
        return self._callmethod('__next__')


def get_operator_module():
    return operator


class MyManager(BaseManager):
    pass


MyManager.register('Foo1', Foo)
MyManager.register('Foo2', Foo, exposed=('g', '_h'))
MyManager.register('baz', baz, proxytype=GeneratorProxy)
MyManager.register('operator', get_operator_module)


class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
    def value(self):
        return self.n
    def child(self):
        return Counter(self.n * 10)
    def __len__(self):
        return self.n


class CounterManager(BaseManager):
    pass


CounterManager.register('Counter', Counter, method_to_typeid={'child': 'CounterRef'})
CounterManager.register('CounterRef', create_method=False)
CounterManager.register('Sized', Counter, exposed=('inc', '__len__'))
SyncManager.register('Counter', Counter)


def bump(counter, times):
    for _ in range(times):
        counter.inc()


def test():
    manager = MyManager()
    manager.start()
    print('-' * 20)
    f1 = manager.Foo1()
    f1.f()
    f1.g()
    assert not hasattr(f1, '_h')
    assert sorted(f1._exposed_) == sorted(['f', 'g'])
    print('-' * 20)
    f2 = manager.Foo2()
    f2.g()
    f2._h()
    assert not hasattr(f2, 'f')
    assert sorted(f2._exposed_) == sorted(['g', '_h'])
    print('-' * 20)
    it = manager.baz()
    for i in it:
        print('<%d>' % i, end=' ')
    print()
    print('-' * 20)
    op = manager.operator()
    print('op.add(23, 45) =', op.add(23, 45))
    print('op.pow(2, 94) =', op.pow(2, 94))
    print('op._exposed_ =', op._exposed_)
    manager.shutdown()


if __name__ == '__main__':
    freeze_support()
    test()
    with CounterManager() as m:
        c = m.Counter(5)
        print(type(c).__name__, c._exposed_, type(c).__mro__[1].__name__)
        # One after the other: the server's threads update the count without a lock.
        for _ in range(3):
            p = Process(target=bump, args=(c, 10))
            p.start()
            p.join()
        print('after children:', c.value(), c.inc(by=5))
        child = c.child()
        print(type(child).__name__, child.value(), child.inc(), c.value())
        s = m.Sized(7)
        print(type(s).__name__, s._exposed_, len(s), s.inc(), len(s))
        try:
            len(c)
        except TypeError as e:
            print('TypeError', e)
    with SyncManager() as sm:
        sc = sm.Counter(1)
        d = sm.dict()
        d['k'] = sc.inc()
        print(type(sc).__name__, d.copy(), sc.value())
    print(hasattr(BaseManager, 'Foo1'), hasattr(MyManager, 'Counter'), hasattr(CounterManager, 'Foo1'),
          hasattr(CounterManager, 'CounterRef'))
    print(sorted(MyManager._registry), 'Counter' in SyncManager._registry, 'Counter' in BaseManager._registry)
