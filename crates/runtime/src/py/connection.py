"""multiprocessing.connection: the Connection objects of Pipe, wait() for several of them
(and for processes' sentinels) at once, and Listener and Client.

A Listener has no socket: its address names a ring in the run's registry of named blocks,
and Client() puts there one end of a new duplex pipe, which accept() takes. Addresses,
errors and the authkey handshake's outcomes are CPython's (AF_INET and AF_UNIX)."""
import os
import time
import _mp
from multiprocessing import Pipe, Connection, AuthenticationError, _Channel, _register_exit
from threading import _Lent

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

# A process's exit state once it has exited (kernel::exit::EXITED).
_EXITED = 1


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable."""
    end = None if timeout is None else time.monotonic() + timeout
    if not object_list:
        if end is None:
            while True:
                time.sleep(3600)
        time.sleep(max(timeout, 0))
        return []
    while True:
        ready, watched = [], []
        for o in object_list:
            word = _readiness(o)
            if word is None:
                ready.append(o)
            else:
                watched.append(word)
        if ready:
            return ready
        left = None if end is None else end - time.monotonic()
        if left is not None and left <= 0:
            return []
        _mp.wait_any(watched, left, 'connection.wait')


def _readiness(o):
    """None if `o` is ready; else the shared word that changes when it may become ready,
    and the word's value now."""
    if isinstance(o, Connection):
        return o._readiness()
    if isinstance(o, int) and not isinstance(o, bool):
        # A process's sentinel: ready once the process has ended.
        word = _mp.exit_word(o)
        if word == 0:
            return None
        state = _mp.load(word)
        return None if state == _EXITED else (word, state)
    raise ValueError("Invalid file object: {!r}".format(o))


# ----- Listener and Client -----

_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'
# Room for the requests of clients not yet accepted (each about 300 bytes).
_ACCEPT_RING_BYTES = 1 << 14
# Linux's ephemeral ports, where port 0 and clients' own ends are numbered.
_EPHEMERAL = (32768, 61000)


def address_type(address):
    """'AF_INET' for a (host, port) tuple, 'AF_UNIX' for a path."""
    if type(address) == tuple:
        return 'AF_INET'
    if type(address) is str and address.startswith('\\\\'):
        return 'AF_PIPE'
    if type(address) is str:
        return 'AF_UNIX'
    raise TypeError('address type of %r unrecognized' % (address,))


def _validate_family(family):
    if family == 'AF_PIPE':
        raise ValueError('Family %s is not recognized.' % family)
    if family not in ('AF_INET', 'AF_UNIX'):
        raise AttributeError("module 'socket' has no attribute %r" % (family,))


def _check_authkey(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')


def _random_int(lo, hi):
    return lo + int.from_bytes(os.urandom(4), 'little') % (hi - lo)


def _random_name(n):
    letters = 'abcdefghijklmnopqrstuvwxyz0123456789_'
    return ''.join(letters[b % len(letters)] for b in os.urandom(n))


class _SharedHold:
    """One end's hold on a Client's two rings: they go back to the run's heap when both the
    client's and the accepting process's ends are gone, whichever process ends first."""

    def __init__(self, users, blocks):
        self.blocks = blocks
        _mp.hold_shared(self, users, blocks)

    def __reduce__(self):
        return (_Lent, self.blocks)


def _registry_name(family, address):
    # Any host reaches a port: every process of a run is on this one machine.
    return 'listener:%d' % address[1] if family == 'AF_INET' else 'listener:' + address


def _bound_address(address):
    host, port = address
    return ({'localhost': '127.0.0.1', '': '0.0.0.0'}.get(host, host), port)


class Listener(object):
    """Accepts connections at `address`: a (host, port) tuple or a path; by default a new
    path. With `authkey`, only clients that give the same key are accepted."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and address_type(address)) or 'AF_UNIX'
        _validate_family(family)
        _check_authkey(authkey)
        _register_exit()
        if address is None:
            if family == 'AF_INET':
                address = ('localhost', 0)
            else:
                address = '/tmp/pymp-%s/listener-%s' % (_random_name(8), _random_name(8))
        if family == 'AF_INET':
            address = _bound_address(address)
        # Never given back: a client may still find it in the registry as it closes.
        ring = _mp.chan_new(_ACCEPT_RING_BYTES, 'Listener', 0)
        while True:
            if family == 'AF_INET' and address[1] == 0:
                bound = (address[0], _random_int(*_EPHEMERAL))
            else:
                bound = address
            block = _mp.shm_add(_registry_name(family, bound), 8)
            if block is not None:
                break
            if bound is address:
                raise OSError(98, 'Address already in use')
        _mp.shm_write(block, 0, ring.to_bytes(8, 'little'))
        self._family = family
        self._address = bound
        self._ring = ring
        self._authkey = authkey
        self._last_accepted = None
        self._open = True

    def accept(self):
        """Waits for a client; its end of the connection."""
        if not self._open:
            raise OSError('listener is closed')
        status, request = _mp.chan_get(self._ring, True, None, 'Listener.accept')
        if status:
            raise OSError('listener is closed')
        conn, users, blocks, client_key, client_address = request
        conn._hold = _SharedHold(users, blocks)
        self._last_accepted = client_address
        if self._authkey is not None:
            if client_key != self._authkey:
                if client_key is not None:
                    conn.send_bytes(_FAILURE)
                conn.close()
                raise AuthenticationError('digest received was wrong')
            conn.send_bytes(_WELCOME)
        return conn

    def close(self):
        if self._open:
            self._open = False
            _mp.shm_remove(_registry_name(self._family, self._address))
            _mp.chan_close(self._ring)

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """Connects to the Listener at `address`; this end of the connection."""
    family = family or address_type(address)
    _validate_family(family)
    _check_authkey(authkey)
    found = _mp.shm_find(_registry_name(family, address))
    if found is None:
        if family == 'AF_INET':
            raise ConnectionRefusedError(111, 'Connection refused')
        raise FileNotFoundError(2, 'No such file or directory')
    ring = int.from_bytes(_mp.shm_read(found[0], 0, 8), 'little')
    # The two ends' _SharedHolds keep these rings, not the channels.
    to_server, to_client = _Channel(held=False), _Channel(held=False)
    blocks = (to_server.h, to_server.writers, to_client.h, to_client.writers)
    users = _mp.alloc(1)
    _mp.store(users, 2)
    mine = Connection(to_client, to_server)
    mine._hold = _SharedHold(users, blocks)
    theirs = Connection(to_server, to_client)
    me = ('127.0.0.1', _random_int(*_EPHEMERAL)) if family == 'AF_INET' else ''
    _mp.chan_put(ring, (theirs, users, blocks, authkey, me), True, None, None, 'Listener')
    theirs.close()
    if authkey is not None:
        # As CPython's handshake does, wait for the listener's verdict.
        answer = mine.recv_bytes(256)
        if answer == _FAILURE:
            raise AuthenticationError('digest sent was rejected')
        if answer != _WELCOME:
            raise AuthenticationError('Protocol error, expected challenge: %r' % (answer,))
    return mine
