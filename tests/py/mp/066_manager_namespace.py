# Manager().Namespace(): attributes set by a child are visible to the parent
from multiprocessing import Manager, Process


def work(ns):
    ns.result = ns.x * 2
    ns.note = 'from child'


if __name__ == '__main__':
    with Manager() as m:
        ns = m.Namespace(x=21)
        p = Process(target=work, args=(ns,))
        p.start()
        p.join()
        print(ns.x, ns.result, ns.note)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError:', e)
        del ns.note
        print(hasattr(ns, 'note'))
