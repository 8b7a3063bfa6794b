# multiprocessing.connection's Listener and Client, as in the docs: a server accepts a
# client (with an authkey) and sends objects and bytes; a wrong key is refused on both
# sides; a closed end is EOF to the other; a Unix path works as an address; the errors of
# a taken address, a refused connection and bad arguments are CPython's.
from array import array
from multiprocessing import Process
from multiprocessing.connection import Client, Listener

ADDRESS = ('localhost', 6000)


def client(address, authkey, results):
    try:
        with Client(address, authkey=authkey) as conn:
            got = [conn.recv(), conn.recv_bytes()]
            arr = array('i', [0, 0, 0, 0, 0])
            got.append(conn.recv_bytes_into(arr))
            got.append(arr)
            conn.send('thanks')
            try:
                conn.recv()
            except EOFError:
                got.append('EOF after the server closed')
    except Exception as e:
        got = ['%s: %s' % (type(e).__name__, e)]
    with Client(results) as report:
        report.send(got)


def serve(listener, reports):
    with listener.accept() as conn:
        print('accepted from', listener.last_accepted[0])
        conn.send([2.25, None, 'junk', float])
        conn.send_bytes(b'hello')
        conn.send_bytes(array('i', [42, 1729]))
        print('server got', conn.recv())
    with reports.accept() as report:
        print('client got', report.recv())


if __name__ == '__main__':
    reports = Listener('/tmp/mpplay-test-reports')
    print('reports at', reports.address, reports.last_accepted)
    with Listener(ADDRESS, authkey=b'secret password') as listener:
        print('listening at', listener.address)
        try:
            Listener(ADDRESS)
        except OSError as e:
            print('second listener:', e)
        p = Process(target=client, args=(ADDRESS, b'secret password', reports.address))
        p.start()
        serve(listener, reports)
        p.join()
        print('last accepted on the path:', repr(reports.last_accepted))

        p = Process(target=client, args=(ADDRESS, b'wrong', reports.address))
        p.start()
        try:
            listener.accept()
        except Exception as e:
            print('server:', type(e).__name__, e)
        with reports.accept() as report:
            print('client got', report.recv())
        p.join()
    try:
        Client(ADDRESS)
    except ConnectionRefusedError as e:
        print('after close:', e)
    try:
        Client('/tmp/mpplay-test-nobody')
    except FileNotFoundError as e:
        print('no such path:', e)
    with Listener(('localhost', 0)) as anywhere:
        host, port = anywhere.address
        print('port 0 binds', host, 32768 <= port < 61000)
    print('default address', Listener().address.startswith('/tmp/pymp-'))
    for bad in [lambda: Listener(3), lambda: Client(3),
                lambda: Listener(('localhost', 0), authkey='text'),
                lambda: Listener(family='AF_PIPE')]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    reports.close()
