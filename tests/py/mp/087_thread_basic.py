# threading.Thread: target/args/kwargs/name, start/join/is_alive, default names
import threading


def work(a, b=0, out=None):
    out.append((threading.current_thread().name, a + b))


if __name__ == '__main__':
    out = []
    t1 = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'out': out})
    t2 = threading.Thread(target=work, args=(10,), kwargs={'out': out}, name='second')
    t3 = threading.Thread()
    print(t1.name, t2.name, t3.name)
    print(t1.is_alive(), t1.ident, t1.daemon)
    t1.start()
    t1.join()
    t2.start()
    t2.join()
    t3.start()
    t3.join()
    print(out)
    print(t1.is_alive(), t1.ident is not None, t1.native_id is not None)
    try:
        t1.start()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        threading.Thread().join()
    except RuntimeError as e:
        print('RuntimeError:', e)
